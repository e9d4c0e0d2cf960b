"""Answer extraction: find the letter a trace concludes with, or say explicitly that there is none.

The shape follows lm-evaluation-harness's extraction filters (a cascade of patterns with an explicit
"invalid" instead of a guess), with what those filters lack: every pattern's matches are collected as
*commitments*; hypothetical or negated ones ("one might pick B", "not B", "option C can be excluded")
are discarded; and the last commitment in the text (the conclusion) wins over letters named while
reasoning. Patterns, hedges and cues live in ``judges/rules.yaml``; this module only runs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from cot_synth.errors import UserError
from cot_synth.judging.ballot import Ballot
from cot_synth.judging.computed import is_step
from cot_synth.judging.first_char import guard
from cot_synth.judging.lone import lone
from cot_synth.judging.named import HOLE, NAMED_REACH, cut_remark_on_another, ends_with_option, named_text
from cot_synth.judging.option_keys import headline, opening_option, option_of, predicate
from cot_synth.judging.options import option_pattern, options_named
from cot_synth.judging.partial import clause_start, options_mentioned
from cot_synth.judging.phrases import AnyOf, compile_list, compile_one, read_fragments
from cot_synth.judging.prefilter import Prefilters, fold
from cot_synth.judging.sentences import sentence_bounds, sentence_end, sentence_spans
from cot_synth.judging.text import Normalized, content_key, phrase_key, shared_words

HEDGE_REACH = 240  # hedges are local: characters of the sentence looked at on either side of the letter

# What may precede a bare answer statement: punctuation, a label or connective, "the correct".
_BARE_LEFTOVER = re.compile(
    r"(?i)\W*(?:(?:final\s+)?answer|conclusion|therefore|thus|hence|so)?\W*"
    r"(?:(?:the|my)\s+(?:(?:most\s+)?(?:correct|right|best|likely|final)\s+)?)?\W*"
)
# A line of an option list ("D. Known liver neoplasm"), which names an option without choosing it.
_OPTION_LINE = re.compile(r"[ \t]*(?:[-•][ \t]*)?\(?[A-J][.:)\]]")
_BARE_OPTION_WORDS = 3  # words besides the option's own a conclusion without a cue may hold ("X it is.")
_CONCEDED = re.compile(r"(?i)\b(?:but|however|whereas|although|though|yet)\b")
# a label the option follows ("Not the answer: amitriptyline"): its words are said of the option
_LABEL_END = re.compile(r"[:\u2013\u2014]\s*$|\s-\s*$")
# a remark that sets an option aside: negated, or right only elsewhere
_ASIDE = re.compile(
    r"(?i)\b(?:not|n't|no|never|unlike|rather\s+than|instead\s+of|if|unless|different|another|distractor)\b"
)


@dataclass(frozen=True)
class Commitment:
    """One place where the trace commits to a letter. Offsets are in the normalised text."""

    letter: str
    pattern: str
    start: int
    letter_start: int
    end: int
    named_text: str = ""

    def stop(self, text: str) -> int:
        """Where the statement ends in ``text``: after the letter and the option text it names."""
        if (
            self.named_text
            and (at := text.find(self.named_text, self.end, self.end + len(self.named_text) + 4)) >= 0
        ):
            return at + len(self.named_text)
        return self.end


@dataclass(frozen=True)
class Extraction:
    """The concluded letter, or ``None`` with a status saying why there is none (never a guess).

    ``status``: ``ok``, ``none`` (no conclusion found), ``invalid_letter`` (a letter the item does not
    have) or ``multiple`` (the conclusion names two letters). ``conclusion`` is the original-text span
    ``[start, end]`` of the concluding sentence, through the option text it names; ``restatements`` are the
    spans of earlier sentences that say nothing but the same answer (cut from a sample with it).
    """

    letter: str | None
    status: str
    final: Commitment | None = None
    commitments: tuple[Commitment, ...] = ()
    conclusion: tuple[int, int] | None = None
    restatements: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class _Pattern:
    name: str
    regex: re.Pattern[str]
    lone_line: bool  # a line that says nothing but the letter (and its option text)
    text_match: bool  # counts only where its "text" group ends with the letter's own option text
    fallback: bool  # counts only where no other pattern and no option's text states an answer


class Extractor:
    """Runs the extraction cascade configured in ``rules.yaml``."""

    def __init__(self, rules: dict[str, Any], source: str) -> None:
        try:
            fragments = read_fragments(rules["fragments"])
            self.ballot = Ballot(fragments, source)
            compiled = [
                (p, compile_one(p["pattern"], f"{source}: {p['name']}", fragments=fragments))
                for p in rules["extraction"]
            ]
            self.patterns = tuple(
                _Pattern(
                    p["name"],
                    guard(regex),
                    p.get("lone_line", False),
                    p.get("text_match", False),
                    p.get("fallback", False),
                )
                for p, regex in compiled
            )
            self._prefilters = Prefilters([regex for _, regex in compiled])
            self.negations = AnyOf(compile_list(rules["hedges"]["negations"], f"{source}: hedges.negations"))
            self.hypotheticals = AnyOf(
                compile_list(rules["hedges"]["hypotheticals"], f"{source}: hedges.hypotheticals")
            )
            self.multiple_after = compile_list(
                rules["multiple"]["after"],
                f"{source}: multiple.after",
                ignore_case=False,
                fragments=fragments,
            )
            self.text_cues = AnyOf(compile_list(rules["option_text"]["cues"], f"{source}: option_text.cues"))
            self.labelled = compile_one(
                rules["option_text"]["labelled"], f"{source}: option_text.labelled", ignore_case=True
            )
            self.opening = compile_one(
                rules["option_text"]["opening"], f"{source}: option_text.opening", ignore_case=True
            )
            self.exception_questions = AnyOf(
                compile_list(
                    rules["option_text"]["exception_questions"], f"{source}: option_text.exception_questions"
                )
            )
            self.text_negations = AnyOf(
                compile_list(rules["option_text"]["negations"], f"{source}: option_text.negations")
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise UserError(f"{source}: invalid judge rules (missing or malformed {exc})") from exc
        self._anywhere = frozenset(p.name for p in self.patterns if not p.lone_line)
        self._fallback = frozenset(p.name for p in self.patterns if p.fallback)
        for pattern in self.patterns:
            if "letter" not in pattern.regex.groupindex:
                raise UserError(f"{source}: pattern '{pattern.name}' has no (?P<letter>…) group")
            if pattern.text_match and "text" not in pattern.regex.groupindex:
                raise UserError(f"{source}: pattern '{pattern.name}' has text_match but no (?P<text>…) group")

    def extract(self, norm: Normalized, options: dict[str, str], question: str = "") -> Extraction:
        """The concluded letter of a normalised trace (see ``text.normalize``); ``question`` lets a conclusion
        echo the question's own negation ("Which drug should NOT be given?")."""
        every = self._commitments(norm.text, options)
        unhedged = [c for c in every if not self.is_hedged(norm.text, c, options)]
        found = [c for c in unhedged if c.pattern not in self._fallback]
        if not found:  # every letter commitment, if any, is hedged or a fallback's
            hedged = [c for c in every if c.pattern not in self._fallback]
            found = self.option_text(norm.text, options, question, hedged=hedged) or unhedged
        if not found:
            return Extraction(None, "none")
        final = found[-1]
        conclusion = self._conclusion_span(norm, final)
        if final.letter not in options:
            status = "invalid_letter"
        elif any(r.match(norm.text, final.end) for r in self.multiple_after):
            status = "multiple"
        else:
            restatements = tuple(
                self._conclusion_span(norm, c)
                for c in found[:-1]
                if c.letter == final.letter and _bare_statement(norm.text, c, options)
            )
            return Extraction(final.letter, "ok", final, tuple(found), conclusion, restatements)
        return Extraction(None, status, final, tuple(found), conclusion)

    def _commitments(self, text: str, options: dict[str, str] | None = None) -> list[Commitment]:
        """Every pattern's matches, one per letter position (the earlier pattern in the cascade names it).

        Lone-line and text-match patterns need the options, so they only run when ``options`` is given."""
        by_letter: dict[int, Commitment] = {}
        for pattern in map(self.patterns.__getitem__, self._prefilters.admitted(fold(text))):
            if options is None and (pattern.text_match or pattern.lone_line):
                continue
            matches = list(pattern.regex.finditer(text))
            if pattern.text_match:
                matches = [m for m in matches if ends_with_option(m, options)]
            if pattern.lone_line:
                matches = lone(matches, options or {})
            for m in matches:
                if m.start("letter") in by_letter or self.ballot.unticked(text, m.start("letter")):
                    continue
                named = m.group("text") if "text" in pattern.regex.groupindex else None
                by_letter[m.start("letter")] = Commitment(
                    m.group("letter").upper(),
                    pattern.name,
                    m.start(),
                    m.start("letter"),
                    m.end(),
                    named_text(text, m.end(), options) if named is None else named.strip(" \t:.)]-–—,"),
                )
        return [by_letter[k] for k in sorted(by_letter)]

    def without_answers(self, text: str) -> tuple[str, bool]:
        """``text`` with its answer statements ("The correct answer is D: Nitrofurantoin") cut out,
        and whether there were any: what is left is the reasoning a reader gets."""
        kept, cursor = [], 0
        for c in self._commitments(text):
            if c.pattern in self._anywhere and c.start >= cursor and not self.is_hedged(text, c):
                kept.append(text[cursor : c.start])
                cursor = c.stop(text)
        return "".join(kept) + text[cursor:], cursor > 0

    def asks_for_exception(self, question: str) -> bool:
        """Whether what the question asks (its last sentence) is negative ("NOT", "EXCEPT")."""
        return self.exception_questions.search(asked(question))

    def is_hedged(self, text: str, commitment: Commitment, options: dict[str, str] | None = None) -> bool:
        """A hypothetical, negated or eliminated mention ("one might pick B", "C can be excluded"); its own
        option text with it ("do not resuscitate (B)") or a dash's remark on another option hedges nothing."""
        window, named = _window(text, commitment), commitment.named_text
        own = options.get(commitment.letter) if options else None  # None: a letter the item lacks ("J")
        if named and own is not None and content_key(named) == content_key(own):
            window = option_pattern(own).sub("X", window, count=1)
        elif options:
            window = cut_remark_on_another(window, commitment.letter, options)
        return self.rejects(window) or self.entertains(window)

    def rejects(self, window: str) -> bool:
        """Whether a sentence with its option marked § rejects that option."""
        return self.negations.search(window)

    def entertains(self, window: str) -> bool:
        """Whether a sentence with its option marked § only entertains it (hypothetical, question)."""
        return self.hypotheticals.search(window)

    def option_text(
        self, text: str, options: dict[str, str], question: str, hedged: list[Commitment]
    ) -> list[Commitment]:
        """Fallback: the last sentence that names an option concludes with it if ``worded`` says so; a
        remark after it that sets another option aside ("Unlike X, which does not fit.") is passed over.

        ``hedged`` are the letter commitments set aside: an option whose letter the sentence hedges is
        hedged with it, even where the question's own negation excuses its text ("The correct answer is not
        A: Active pelvic inflammatory disease." to "Which history contraindicates …?"). A labelled line that
        is one option's text and nothing else ("Bottom line: glycopyrrolate.") concludes wherever it stands:
        an answer stated first is followed by reasoning that names the other options. Failing all that, a
        trace that opens on one option's text alone states it first (``option_keys.opening_option``)."""
        for m in reversed(list(self.labelled.finditer(text))):
            letter = option_of(m.group("text"), options)
            window = marked(text, m.start("text"), m.end("text"))
            label = m.groupdict().get("label") or ""
            if (
                letter
                and (not self.text_negations.search(label) or self.asks_for_exception(question))
                and not any(c.letter == letter for c in hedged)
                and not (self.rejects(window) or self.entertains(window))
            ):
                return [
                    Commitment(letter, "option_text", m.start(), m.start("text"), m.end(), options[letter])
                ]
        for start, end in reversed(sentence_spans(text)):
            if (named := options_named(text[start:end], options)) and not self.ballot.unticked(text, end - 1):
                letter = self.worded(text, start, end, options, question)
                if letter and not any(c.letter == letter and start <= c.letter_start < end for c in hedged):
                    return [Commitment(letter, "option_text", start, start, end, options[letter])]
                if len(named) > 1 or not _ASIDE.search(text, start, end) or self.asks_for_exception(question):
                    break
        opening = opening_option(self.opening, text, options)  # the answer stated first
        if not opening or any(c.letter == opening[0] for c in hedged):
            return []
        letter, m = opening
        return [Commitment(letter, "option_text", 0, m.start("text"), m.end(), options[letter])]

    def worded(
        self, text: str, start: int, end: int, options: dict[str, str], question: str, bare: bool = True
    ) -> str | None:
        """The option the sentence ``text[start:end]`` concludes with by its text alone, or ``None``: it
        must name exactly that one option, mention no other, not be negated (from its clause on), and hold
        a cue ("The treatment of choice is nitrofurantoin.", "The hormone is cortisol.") or, where ``bare``,
        say little else ("**Nitrofurantoin**") or open it set off by a dash or colon; no "but" after it.

        Another option counts as mentioned only by words outside the named option's text and outside the
        question ("rectus abdominis" does not mention "Transverse abdominal", nor does the question's
        "hormone" in "The hormone is cortisol." mention "Parathyroid hormone")."""
        sentence = text[start:end]
        named = options_named(sentence, options)
        if _OPTION_LINE.match(text, start) or len(named) != 1:
            return None
        own = option_pattern(options[named[0]])
        match, exception = own.search(sentence), self.asks_for_exception(question)
        at = start + clause_start(sentence, match.start() if match else None)
        if not exception and self.text_negations.search(own.sub(" ", text[at:end])):
            return None  # negated in the clause that names it or after ("…, so X is not indicated"), not in X
        head = sentence[: match.start()] if match else ""
        if not exception and _LABEL_END.search(head) and self.text_negations.search(head):
            return None  # "Not the answer: amitriptyline."
        if set(options_mentioned(own.sub(" ", sentence), options, question)) - set(named):
            return None
        if match and _CONCEDED.search(sentence, match.end()):
            return None  # "Diltiazem would be an option …, but …": what comes after the "but" concludes
        if match and is_step(sentence, match.start(), match.end()):
            return None  # "… = 225 mL, so about 255 mL …": a value on the way to another
        cued = (
            self.text_cues.search(sentence)  # "^" cues open the sentence
            or answers_question(sentence, question)
            or predicate(sentence, own)
            or (bare and headline(sentence, own))
        )
        if cued or (bare and len(content_key(own.sub(" ", sentence, count=1)).split()) <= _BARE_OPTION_WORDS):
            return named[0]
        return None

    @staticmethod
    def _conclusion_span(norm: Normalized, final: Commitment) -> tuple[int, int]:
        """The concluding sentence (through the option text it names), plus a bare header line above it."""
        text = norm.text
        # a commitment that opens its sentence ("Right coronary artery occlusion explains it.") starts it: the
        # sentence before is reasoning (the boundary that ends at ``final.start`` is not cut)
        start, _ = sentence_bounds(text, min(final.start + 1, len(text)))
        end = sentence_end(text, final.stop(text))
        header_start, header_end = _last_line(text[:start])
        if header_end and re.fullmatch(
            r"(?i)\W*(?:final\s+)?(?:conclusion|answer|summary)\W*", text[header_start:header_end]
        ):
            start = header_start
        original_start, original_end = norm.original_span(start, end)
        # markdown around a whole-line conclusion ("**…**") was dropped from ``text``: cut it too
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if not text[line_start:start].strip():
            original_start = norm.origin[line_start - 1] + 1 if line_start else 0
        if not text[end:line_end].strip():
            original_end = norm.origin[line_end]
        return original_start, original_end


def _bare_statement(text: str, commitment: Commitment, options: dict[str, str]) -> bool:
    """Whether the sentence around a commitment says nothing but its letter and that option's text
    ("So, the correct answer is C: Cholesterol embolization."); a reason given with it keeps it."""
    start, _ = sentence_bounds(text, commitment.start, reach=NAMED_REACH)
    end = sentence_end(text, commitment.end, NAMED_REACH + 1)
    if end - commitment.end > NAMED_REACH:
        return False  # no option text runs that long: the sentence says more than the answer
    named = phrase_key(text[commitment.end : end])
    if named.strip() and named != phrase_key(options.get(commitment.letter, "")):
        return False
    return bool(_BARE_LEFTOVER.fullmatch(text[start : commitment.start]))


def _last_line(text: str) -> tuple[int, int]:
    """Bounds of the last line that is not blank (``(0, 0)`` if none)."""
    end = len(text.rstrip())
    return (text.rfind("\n", 0, end) + 1, end) if end else (0, 0)


def answers_question(sentence: str, question: str) -> bool:
    """A sentence that restates the question around its answer ("The drug not belonging to the amide
    group is procaine."): half the words of the question's last sentence (what it asks) are in it."""
    found, total = shared_words(sentence, asked(question), frozenset())
    return total >= 3 and found * 2 >= total


@lru_cache(maxsize=1 << 14)  # per item: its traces may come thousands of items apart
def asked(question: str) -> str:
    """What a question asks: its last sentence."""
    spans = sentence_spans(question)
    return question[spans[-1][0] : spans[-1][1]] if spans else ""


def marked(text: str, start: int, end: int, around: tuple[int, int] | None = None) -> str:
    """The sentence around ``around`` (default: the span itself; within ``HEDGE_REACH``) with
    ``text[start:end]`` replaced by ``HOLE``: what hedge, rejection and claim patterns read."""
    low, high = sentence_bounds(text, *(around or (start, end)), HEDGE_REACH)
    asked = _ASKED.match(text, high)  # with its question mark: "Is it §?" only asks
    after = _ANOTHERS_CLAUSE.sub("", _ANOTHERS_ASIDE.sub("()", text[end : asked.end()]), count=1)
    return text[low:start].lstrip() + HOLE + after  # "^": where the sentence's words start


_ASKED = re.compile(r"\?*")
# an aside on another option says its words of that one: "The answer is § (A, sepsis, is a distractor)"
_ANOTHERS_ASIDE = re.compile(r"\([ \t]*(?:(?i:option|choice)[ \t]+)?[A-HJ]\b(?![-–])[^()\n]*\)")
# … or a clause that opens on another option's letter: "going with §, A isn't really in the running"
_ANOTHERS_CLAUSE = re.compile(
    r"[,;—–][ \t]*(?:(?:but|and|though|although|while|whereas)[ \t]+)?(?:(?i:option|choice)[ \t]+)?"
    r"\(?[A-HJ]\)?[ \t]+(?:is|isn't|was|wasn't|can|cannot|can't|could|would|might|may|should|does|doesn't"
    r"|has|fits|seems|looks|remains|stays)\b.*",
    re.S,
)


def _window(text: str, commitment: Commitment) -> str:
    """The sentence around a commitment, its letter marked."""
    letter = commitment.letter_start
    return marked(text, letter, letter + 1, (commitment.start, commitment.end))
