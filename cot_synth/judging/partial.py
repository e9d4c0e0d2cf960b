"""Options named in part: by the words that pick them out from the others, or by their initials.

A trace that rejects its final option seldom writes that option's whole text: "Zidovudine is wrong for
this infant" rejects "Administer zidovudine", "Small cell lung cancer can be put aside" rejects
"Paraneoplastic syndrome from small cell carcinoma of the lung", "Umbilical vein? That's not the ideal
choice" rejects "Through umbilical vein", "Elevated CK? Unlikely" rejects "Elevated serum creatine kinase".

A clause (a sentence cut at punctuation and at the words that open a subordinate clause) names an option
in part when it holds at least half of that option's words (beside filler words and the question's own
words, unless those are all that set it apart) and, for every other option, one of them that the other
option lacks; an option whose words found are all among another's found ("normal FVC" inside "normal
FEV1/FVC ratio") yields to it. An abbreviation made of the initials of consecutive words of one option
("CK", "TTP") names that option, and so does a key phrase of a long option (a statement; ``key_phrases``):
two words it writes side by side that no other option and not the question does ("the seizure-threshold
statement" for "Bupropion lowers the seizure threshold and should not be taken by patients with a seizure
disorder").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from cot_synth.judging.key_phrases import KeyPhrases, key_phrases
from cot_synth.judging.options import options_named
from cot_synth.judging.terms import Names, Terms
from cot_synth.judging.text import american, content_tokens
from cot_synth.judging.words import FILLER, WORD, _same

_INITIALS = re.compile(r"[A-Z]{2,5}s?")  # "CK", "TTP", "EBV", "ACEIs"
# where a clause ends: punctuation, or a word that opens a subordinate clause ("…, since Takotsubo is a
# diagnosis made after a coronary lesion is ruled out": "ruled out" is not said of Takotsubo)
# a discourse word set off by commas ("Anti-GBM antibodies, however, are not the best answer", "Pseudomonas,
# incidentally, can be ignored") does not end its clause
_ASIDES = ("however", "though", "then", "therefore", "thus", "in fact", "of course", "too", "also", "again")
_ASIDE = re.compile(
    r",\s*(?:" + "|".join(a.replace(" ", r"\s+") for a in _ASIDES) + r"|[^\W\d_]+ly)\s*,", re.IGNORECASE
)
_CLAUSE_END = re.compile(
    r",|[;:—–()\[\]]|\s-\s|\b(?:after|before|since|because|although|though|while|whereas|when|"
    r"once|until|unless|which|who|where|but|so)\b",
    re.IGNORECASE,
)
# one word for each thing written in several: a change by its direction ("raise his insulin" for
# "Increasing daily insulin dose"), an organ by its adjective ("fusion of the lower renal poles" for
# "Central fusion of the inferior poles of the kidneys")
_SYNONYMS = {
    **dict.fromkeys(
        ("increase", "increased", "increases", "increasing", "raise", "raised", "raises", "raising")
        + ("elevate", "elevated", "elevates", "elevating", "elevation", "boost", "boosted", "boosting")
        + ("higher", "rise", "rises", "rising", "rose", "risen"),
        "increase",
    ),
    **dict.fromkeys(
        ("decrease", "decreased", "decreases", "decreasing", "reduce", "reduced", "reduces", "reducing")
        + ("reduction", "diminish", "diminished", "diminishes", "diminishing", "lessen", "lessened")
        + ("lowered", "lowers", "lowering", "falls", "falling", "fell", "drops", "dropped", "dropping"),
        "decrease",
    ),
    **dict.fromkeys(("kidney", "kidneys", "renal"), "kidney"),
    **dict.fromkeys(("liver", "hepatic"), "liver"),
    **dict.fromkeys(("heart", "cardiac"), "heart"),
    **dict.fromkeys(("lung", "lungs", "pulmonary"), "lung"),
    **dict.fromkeys(("stomach", "gastric"), "stomach"),
    **dict.fromkeys(("brain", "cerebral"), "brain"),
    **dict.fromkeys(("skin", "cutaneous", "dermal"), "skin"),
    **dict.fromkeys(("lower", "inferior"), "lower"),
    **dict.fromkeys(("upper", "superior"), "upper"),
}
# what ``_may_name`` looks for when an option's word stands for several
_SIGNALS = {
    canon: re.compile(r"\b(?:" + "|".join(w for w, c in _SYNONYMS.items() if c == canon) + r")\b")
    for canon in set(_SYNONYMS.values())
}
_BRACKETED = re.compile(r"\(([A-Z]{2,5})\)")  # an option's own abbreviation, given in brackets
_SPAN_GAP = 40  # characters at most between two words of one mention


Words = dict[str, frozenset[str]]


@lru_cache(maxsize=1 << 12)
def _words(options: tuple[tuple[str, str], ...], question: str) -> tuple[Words, dict[str, str]]:
    """Per letter, the option's words that can pick it out; and the options' initials (two to five
    consecutive words: "creatine kinase" → "ck"), or the abbreviation it gives in brackets, that no two
    options share."""
    asked = set(content_tokens(question))
    own = {
        k: frozenset(_SYNONYMS.get(w, w) for w in content_tokens(v) if len(w) > 1 and w not in FILLER)
        for k, v in options
    }
    words = _unasked(own, asked)
    found: dict[str, set[str]] = {}
    for letter, option in options:
        for abbreviation in _BRACKETED.findall(option):  # "Membranous glomerulonephritis (MGN)"
            found.setdefault(abbreviation.casefold(), set()).update(
                k for k, v in options if k == letter or abbreviation.casefold() in content_tokens(v)
            )
        alpha = [w for w in content_tokens(option) if w.isalpha() and w != "a"]
        for size in range(2, 6):
            for i in range(len(alpha) - size + 1):
                found.setdefault("".join(w[0] for w in alpha[i : i + size]), set()).add(letter)
    return words, {initials: letters.pop() for initials, letters in found.items() if len(letters) == 1}


@lru_cache(maxsize=1 << 12)
def _matched(options: tuple[tuple[str, str], ...], question: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """Per item, a memo filled as clauses are read: a trace word -> the (letter, option word) pairs it is
    (``_same``). An item's traces repeat their words from clause to clause, and each word was compared
    with every option word each time."""
    return {}


def clauses(sentence: str) -> Iterator[tuple[int, int]]:
    """``[start, end)`` of every clause of ``sentence``, the word that opens it included ("when …")."""
    start, asides = 0, {at for m in _ASIDE.finditer(sentence) for at in (m.start(), m.end() - 1)}
    for boundary in _CLAUSE_END.finditer(sentence):
        if boundary.start() in asides:
            continue
        if boundary.start() > start:
            yield start, boundary.start()
        start = boundary.start() if boundary.group()[0].isalpha() else boundary.end()  # "when … ", kept
    if start < len(sentence):
        yield start, len(sentence)


def clause_start(sentence: str, at: int | None) -> int:
    """Where the clause holding ``sentence[at]`` starts: a negation in an earlier clause ("… a hypoplastic
    lung cannot take part in this exchange, so pulmonary hypoplasia is …") is not said of what it holds."""
    if at is None:
        return 0
    return max((low for low, _ in clauses(sentence) if low <= at), default=0)


def may_be_named(
    text: str, letter: str, options: dict[str, str], question: str, terms: Terms | None = None
) -> bool:
    """Whether a clause of ``text`` may name option ``letter`` in part: none holds more of its words or
    initials than the whole text, so a sentence without them needs none of its clauses read."""
    return _namer(tuple(sorted(options.items())), question, letter, terms).may_name(text)


class _Namer(NamedTuple):
    """What ``may_be_named`` looks for of one option, gathered once per item: a trace has a few dozen
    sentences, and each looked its item's words, initials and other names up again."""

    words: tuple[tuple[str, re.Pattern[str] | None], ...]  # each word's stem, and its synonyms' pattern
    initials: tuple[str, ...]
    alias: Names | None
    phrase: KeyPhrases | None

    def may_name(self, text: str) -> bool:
        return (
            _may_name(text, self.words, self.initials)
            or bool(self.alias and self.alias.search(text))
            or bool(self.phrase and self.phrase.search(text))
        )


@lru_cache(maxsize=1 << 12)
def _namer(options: tuple[tuple[str, str], ...], question: str, letter: str, terms: Terms | None) -> _Namer:
    words, acronyms = _words(options, question)
    return _Namer(
        _looked_for(words[letter]),
        _initials_of(acronyms, letter),
        terms.aliases(options, question).get(letter) if terms else None,
        key_phrases(options, question).get(letter),
    )


def partial_mention(
    clause: str, letter: str, options: dict[str, str], question: str, terms: Terms | None = None
) -> tuple[int, int] | None:
    """Where ``clause`` names option ``letter`` in part and no other option: the span from the first to
    the last of its words found (they must stand close together), or ``None``."""
    found = named_in_part(clause, options, question, only=letter, terms=terms)
    return found[1:] if found and found[0] == letter else None


def named_in_part(
    clause: str, options: dict[str, str], question: str, only: str | None = None, terms: Terms | None = None
) -> tuple[str, int, int] | None:
    """The one option ``clause`` names in part (``only``: that option or none), with the span from the
    first to the last of its words found (they must stand close together), or ``None``."""
    key = tuple(sorted(options.items()))
    words, acronyms = _words(key, question)
    named_by: dict[str, list[tuple[int, int]]] = {}  # by another name, or by a key phrase
    for names in (terms.aliases(key, question) if terms else {}, key_phrases(key, question)):
        for k, rx in names.items():
            named_by.setdefault(k, []).extend(m.span() for m in rx.finditer(clause))
    named_by = {k: spans for k, spans in named_by.items() if spans}
    if not named_by and not any(
        _may_name(clause, (n := _namer(key, question, k, terms)).words, n.initials)
        for k in ((only,) if only else options)
    ):
        return None
    hits: dict[str, dict[str, list[tuple[int, int]]]] = {k: {} for k in options}
    matched = _matched(key, question)
    for k, spans in named_by.items():
        hits[k][""] = spans
    for match in WORD.finditer(clause):
        token = match.group()
        if _INITIALS.fullmatch(token) and (owner := acronyms.get(token.rstrip("s").casefold())):
            hits[owner].setdefault("", []).append(match.span())
            continue
        folded = token.casefold()
        if "ae" in folded or "oe" in folded:  # British digraphs (``american``), checked inline: a hot loop
            folded = american(folded)
        folded = _SYNONYMS.get(folded, folded)
        if (owned := matched.get(folded)) is None:
            owned = matched[folded] = tuple(
                (k, w) for k, own in words.items() for w in own if _same(w, folded)
            )
        for k, w in owned:
            hits[k].setdefault(w, []).append(match.span())
    named = [k for k in options if _picks_out(k, hits[k], words)]
    named = [k for k in named if not any(o != k and set(hits[k]) < set(hits[o]) for o in named)]
    if len(named) != 1 or (only and named != [only]):
        return None
    spans = sorted(span for found in hits[named[0]].values() for span in found)
    if any(b[0] - a[1] > _SPAN_GAP for a, b in zip(spans, spans[1:], strict=False)):
        return None
    return named[0], spans[0][0], spans[-1][1]


def _may_name(
    clause: str, words: tuple[tuple[str, re.Pattern[str] | None], ...], initials: tuple[str, ...]
) -> bool:
    """A quick look: the clause holds the stems of half the option's ``words`` (``_looked_for``), or one of
    its ``initials``."""
    if words:
        folded, needed = american(clause.casefold()), (len(words) + 1) // 2
        for stem, signal in words:
            if stem in folded or (signal is not None and signal.search(folded)):
                needed -= 1
                if not needed:
                    return True
    return any(i in clause for i in initials)


def _looked_for(own: frozenset[str]) -> tuple[tuple[str, re.Pattern[str] | None], ...]:
    """An option's words as ``_may_name`` looks for them: each word's stem, and the pattern of the words
    it stands for (``_SIGNALS``); sorted, so the order a set iterates in changes nothing."""
    return tuple((_stem(w), _SIGNALS.get(w)) for w in sorted(own))


def _initials_of(acronyms: dict[str, str], letter: str) -> tuple[str, ...]:
    return tuple(i.upper() for i, k in acronyms.items() if k == letter)


def _stem(word: str) -> str:
    """What nearly every word ``_same`` accepts as ``word`` holds (all but a vowel misspelt early on)."""
    return word if len(word) < 5 else word[: len(word) - 3]


def _picks_out(letter: str, found: dict[str, list[tuple[int, int]]], words: Words) -> bool:
    """An abbreviation of the option; or half its words, and for each other option one it lacks."""
    if "" in found:
        return True
    own = words[letter]
    if not own or len(found) * 2 < len(own):
        return False
    return all(
        any(not any(_same(w, x) for x in other) for w in found) for k, other in words.items() if k != letter
    )


def options_mentioned(
    text: str, options: dict[str, str], question: str = "", terms: Terms | None = None
) -> list[str]:
    """Letters whose option is at least half mentioned, counting only the words that set it apart from
    the other options (and from ``question``, whose words a sentence may use for what it asks about):
    "lithium exposure during pregnancy" mentions "Lithium exposure in utero"."""
    words = content_tokens(text)
    aliases = terms.aliases(tuple(sorted(options.items())), question) if terms else {}
    mentioned = [k for k, alias in aliases.items() if alias.search(text)]  # by another name
    for letter, distinct in distinct_words(options, question).items():
        hits = sum(any(_same(t, w) for w in words) for t in distinct)
        if distinct and hits * 2 >= len(distinct) and letter not in mentioned:
            mentioned.append(letter)
    return sorted(mentioned)


def distinct_words(options: dict[str, str], question: str) -> dict[str, set[str]]:
    """Each option's content words that no other option and not ``question`` has: what picks it out."""
    tokens = {k: frozenset(content_tokens(v)) for k, v in options.items()}
    unasked = _unasked(tokens, set(content_tokens(question)))
    return {k: set(unasked[k]).difference(*(v for o, v in tokens.items() if o != k)) for k in tokens}


def _unasked(words: Words, asked: set[str]) -> Words:
    """Each option's words less the question's (those say what the question is about), unless that leaves
    an option no word of its own: "Lateral aspect of the shoulder" beside "Lateral aspect of forearm" keeps
    "shoulder", though the question names the shoulder."""
    less = {k: own - asked for k, own in words.items()}
    return {
        k: words[k] if any(o != k and less[k] <= words[o] for o in words) else own for k, own in less.items()
    }


def label_option(
    label: str, options: dict[str, str], question: str, terms: Terms, in_part: bool = False
) -> str | None:
    """The one option a label (a table row's first cell, a list item's head) names: by its whole text, by
    another of its names and nothing more ("ACE inhibitor" for lisinopril, "IV antibiotics and
    observation"), or, ``in_part``, by the words that pick it out (``options_mentioned``)."""
    named = options_named(label, options)
    if not named:
        aliases = terms.aliases(tuple(options.items()), question)
        named = [k for k, alias in aliases.items() if alias.fullmatch(label)]
    if not named:
        named = [k for k, v in options.items() if (p := terms.respelled(v)) and p.fullmatch(label.strip())]
    if not named and in_part:
        named = options_mentioned(label, options, question, terms)
    return named[0] if len(named) == 1 else None


def part_of(text: str, option: str) -> bool:
    """Whether every content word of ``text`` is one of ``option``'s ("release of TNF" of "Release of tumor
    necrosis factor (TNF)")."""
    own, theirs = content_tokens(text), content_tokens(option)
    return bool(own) and all(any(_same(w, t) for t in theirs) for w in own)
