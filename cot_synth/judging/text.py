"""Text helpers the judges share: normalisation that remembers offsets, option-text comparison.

Judges read a normalised copy of the trace, so that no surface form hides an answer or an instruction
to the judge, and report spans in the original text, because ``strip_conclusion`` cuts the original:

- NFKC per character (full-width and mathematical letters become ASCII) and every format character
  (Unicode category Cf: zero-width and bidi controls, soft hyphens) and variation selector (the emoji form
  of "➡️") removed, so "gr\u200bader" is "grader";
- look-alike letters mapped to their Latin skeleton (Unicode TR39 confusables, from ``confusable_homoglyphs``)
  in words that mix scripts and in lone letters ("Тhe answer is С" reads "The answer is C"); a lone Greek
  small letter stays, because α, β and μ are medical notation;
- a letter in a black circle or square ("🅳"), which NFKC keeps, read as the letter its Unicode name ends with;
- LaTeX read as text (``$\\boxed{\\text{C}}$`` is ``\\boxed{C}``), every arrow written as "→", an ornamental
  bracket as a plain one ("❮ D ❯" is "( D )");
- markdown emphasis, code ticks, heading and quote markers, footnote marks (also a superscript one on a
  lone letter: "Final answer: E¹"), HTML emphasis tags dropped; a
  table row read as its cells separated by " — " ("| Answer | C |" is "Answer — C");
- in a question-and-answer layout ("Q: …?\nA: …"), the "A:" that marks each reply read as "Reply:";
- an option named by its place in the list read as its letter ("the third option" is "option C"), and in a
  trace with no capital letter a bracketed letter read as a capital ("(d)" is "(D)").

This is the comparison side of the one text policy (``records.comparison_key``): stored text stays as
``clean`` wrote it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from confusable_homoglyphs import confusables

from cot_synth.judging.words import _family, _same

# Markdown emphasis, code ticks, heading and quote markers, footnote marks ("[^1]"), HTML emphasis tags,
# carriage returns, hashtags closing a line ("Answer D. #hemeonc #USMLE").
_NOISE = re.compile(
    r"\*+|`+|(?<!\w)_{1,2}|_{1,2}(?!\w)|^[ \t]*#{1,6}[ \t]*|^[ \t]*>[ \t]?|\r|\[\^[\w-]{1,12}\]"
    r"|</?(?:b|strong|i|em|u|mark|span|sup|sub|p|div|br|font)\b[^<>\n]{0,80}>"
    r"|(?:[ \t]+#[^\W\d_][\w-]*)+(?=[ \t]*$)",
    re.M | re.I,
)
# A question-and-answer layout ("Q: Does the haloperidol matter?\nA: Not here."): its "A:" marks a reply, not
# option A, once the trace asks at least two such questions.
_QA_QUESTION = re.compile(r"(?:^|(?<=[.!?])[ \t])[ \t]*Q[ \t]*:", re.M)
_QA_ANSWER = re.compile(r"(^[ \t]*|(?<=\?)[ \t]+)A(?=[ \t]*:)", re.M)
_QA_MIN = 2
# LaTeX: math delimiters and spacing dropped, text macros unwrapped, arrows as "→".
_LATEX_DROP = re.compile(r"\$+|\\[()\[\],;!]|\\(?:quad|qquad|displaystyle|left|right)\b")
_LATEX_TEXT = re.compile(r"\\(?:text(?:bf|it|rm|sf)?|math(?:rm|bf|it|sf)|mbox|operatorname)\{([^{}\n]*)\}")
_LATEX_ARROW = re.compile(
    r"\\(?:Rightarrow|rightarrow|Longrightarrow|longrightarrow|implies|to|mapsto|therefore)\b|=>|->|-->"
)
# An ornamental or CJK bracket ("❮ D ❯", "【C】") as a plain one: Unicode's open and close punctuation
# (Ps, Pe) in the blocks that hold them, quotation marks aside (NFKC has made full-width ones ASCII).
_BRACKETS = {
    c: "(" if unicodedata.category(c) == "Ps" else ")"
    for c in map(chr, range(0x2000, 0x3020))
    if unicodedata.category(c) in ("Ps", "Pe")
    and ("QUOTATION" not in unicodedata.name(c) or "ORNAMENT" in unicodedata.name(c))
}
# every arrow (and "∴", therefore) as "→", the typographic apostrophe as the plain one ("Crohn’s": "Crohn's"),
# and the brackets above
_ARROW_CHARS = "⇒⟹⟶➔➜➡⇨↦⇾⟾⇉↠↣▸▶►➤➢⮕∴⇢⇛⟼➙➛➝➞➟➠➥➦➧➨➩➪➫➬➭➮➯➱➲➳➵➸➺➻➼➽☞☛👉"  # pointing hands too
_ARROWS = str.maketrans({**dict.fromkeys(_ARROW_CHARS, "→"), "’": "'", **_BRACKETS})
# A markdown table: separator rows dropped (an ASCII table's "+----+----+" edges too), the outer pipes of a
# row dropped, inner pipes read as " — ".
TABLE_SEPARATOR = re.compile(
    r"^[ \t]*[|+]?[ \t]*:?-{2,}:?[ \t]*(?:[|+][ \t]*:?-{2,}:?[ \t]*)*[|+]?[ \t]*\n?", re.M
)
TABLE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.M)
# A word with at least one letter outside ASCII: the only ones a look-alike can hide in. Its matches start
# where a word starts; the lookbehind says so, so a word of ASCII letters is tried once, not at each letter.
_NON_ASCII_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]*[^\W\d_a-zA-Z][^\W\d_]*")
# A letter in a black circle or square ("🅳", "🅓"), which NFKC leaves as it is (it maps the plain circled and
# squared ones): read as the letter its Unicode name ends with
_ENCLOSED = re.compile("[\U0001f150-\U0001f169\U0001f170-\U0001f189]")
# An option named by its place in the list read as its letter ("the third option" is "option C", and "the
# 2nd one listed", "the fourth choice down"), so every reader sees a letter. "Choice" and "one" need the
# list said outright: "the drug of first choice" and "the second one" (a daughter) name no option.
_LISTED = r"\s+(?:down|listed|on\s+the\s+list|in\s+the\s+list|from\s+the\s+top)\b"
_PLACE_LETTER = {
    **dict(zip(("first", "second", "third", "fourth", "fifth"), "ABCDE", strict=True)),
    **dict(zip(("1st", "2nd", "3rd", "4th", "5th"), "ABCDE", strict=True)),
}
_PLACE = re.compile(
    rf"(?i)\bthe\s+({'|'.join(_PLACE_LETTER)})\s+"
    rf"(?:option\b(?!\s+for\b)(?:{_LISTED})?|(?:choice|one){_LISTED})"
    r"(?![ \t]*[,:(—–-]?[ \t]*\(?[A-E]\b)"  # "the third option, C" says its letter already
)
# A trace written all in lower case writes its option letters so too: "(d)" there is "(D)".
_LOWER_LETTER = re.compile(r"(?<=[(\[])[a-j](?=[)\]])")
_UPPER = re.compile(r"[A-Z]")
_TOKEN = re.compile(r"[^\W_]+(?:[.'][^\W_]+)*|[↑↓]")  # arrows: lab-pattern options ("↑ ↓ normal")
# Filler words ignored when comparing option texts; single letters stay ("hepatitis A" vs "hepatitis B"),
# except "a" when option keys are compared: an article, or a letter written either case ("vitamin a
# deficiency"); "hepatitis A" then keys as "hepatitis", inside "hepatitis b", and the longer one wins.
_ARTICLE = re.compile(r"\ba\b", re.IGNORECASE)
# "45,XO" and "45XO" are one karyotype
_NUMBER_COMMA = re.compile(r"(?<=\d),(?=[A-Za-z])")
_STOP = frozenset(
    ("an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "by", "at", "is", "are", "be", "as")
    + ("from", "this", "that", "it", "its", "option", "answer", "correct", "choice", "best", "most", "which")
    + ("plus",)  # "aspirin plus heparin" is "Aspirin and heparin"
)


_FOOTNOTE_MARKS = frozenset("¹²³⁴⁵⁶⁷⁸⁹⁰†‡")  # dropped after a lone letter, before NFKC makes "E¹" "E1"


@dataclass(frozen=True)
class Normalized:
    """A normalised trace; ``origin[i]`` is the offset in the original text of normalised char ``i``."""

    text: str
    origin: tuple[int, ...]

    def normalized_span(self, start: int, end: int) -> tuple[int, int]:
        """The normalised span that an original ``[start, end)`` became."""
        return bisect_left(self.origin, start), bisect_left(self.origin, end)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` back to the original text."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


def normalize(text: str) -> Normalized:
    """The judges' reading of ``text`` (see the module docstring), with every offset remembered."""
    unusual = [c for c in set(text) if not c.isascii()]
    if unicodedata.is_normalized("NFKC", text) and not any(map(_ignorable, unusual)):
        norm = Normalized(text.translate(_ARROWS), tuple(range(len(text) + 1)))
    else:
        chars: list[str] = []
        origin: list[int] = []
        for index, char in enumerate(text):
            if char in _FOOTNOTE_MARKS and _lone_letter(chars):
                continue  # a footnote mark on an answer's letter: "Final answer: E¹"
            for out in char if char.isascii() else unicodedata.normalize("NFKC", char):
                if out.isascii() or not _ignorable(out):
                    chars.append(out)
                    origin.append(index)
        norm = Normalized("".join(chars).translate(_ARROWS), (*origin, len(text)))
    # each pass runs only where its trigger characters occur (the same result, fewer scans)
    if not norm.text.isascii():
        norm = _sub(norm, _ENCLOSED, lambda m: unicodedata.name(m.group())[-1])
        norm = _sub(norm, _NON_ASCII_WORD, _latin_skeleton)
    if "\\" in norm.text:
        norm = _sub(norm, _LATEX_TEXT, lambda m: 1)
    if "\\" in norm.text or "$" in norm.text:
        norm = _sub(norm, _LATEX_DROP, lambda m: "")
    if "\\" in norm.text or ">" in norm.text:
        norm = _sub(norm, _LATEX_ARROW, lambda m: "→")
    if "--" in norm.text:
        norm = _sub(norm, TABLE_SEPARATOR, lambda m: "")
    if "|" in norm.text:
        norm = _sub(norm, TABLE_ROW, _table_row)
    if not _UPPER.search(norm.text):
        norm = _sub(norm, _LOWER_LETTER, lambda m: m.group().upper())
    norm = _sub(norm, _PLACE, lambda m: f"option {_PLACE_LETTER[m.group(1).lower()]}")
    norm = _sub(norm, _NOISE, lambda m: "")
    if len(_QA_QUESTION.findall(norm.text)) >= _QA_MIN:
        norm = _sub(norm, _QA_ANSWER, lambda m: m.group(1) + "Reply")
    return norm


def _lone_letter(chars: list[str]) -> bool:
    """Whether ``chars`` end on an option's letter standing alone (no letter or digit before it)."""
    return bool(chars) and "A" <= chars[-1] <= "J" and (len(chars) < 2 or not chars[-2].isalnum())


def _ignorable(char: str) -> bool:
    """A format character or a variation selector: it changes how a character looks, not what it says."""
    return (
        unicodedata.category(char) == "Cf"
        or "\ufe00" <= char <= "\ufe0f"
        or "\U000e0100" <= char <= "\U000e01ef"
    )


def _sub(
    norm: Normalized, regex: re.Pattern[str], replace: Callable[[re.Match[str]], str | int]
) -> Normalized:
    """``re.sub`` that keeps offsets. ``replace`` returns new text (its characters take the match's
    first offset, its last character the match's last) or the number of a group to keep as it is."""
    text, origin = norm.text, norm.origin
    chars: list[str] = []
    offsets: list[int] = []
    cursor = 0
    for match in regex.finditer(text):
        chars.append(text[cursor : match.start()])
        offsets.extend(origin[cursor : match.start()])
        new = replace(match)
        if isinstance(new, int):
            chars.append(match.group(new))
            offsets.extend(origin[match.start(new) : match.end(new)])
        elif new:
            chars.append(new)
            offsets.extend([origin[match.start()]] * (len(new) - 1) + [origin[match.end() - 1]])
        cursor = match.end()
    if not cursor:
        return norm
    chars.append(text[cursor:])
    offsets.extend(origin[cursor:])
    return Normalized("".join(chars), tuple(offsets))


def _table_row(match: re.Match[str]) -> str:
    cells = [cell.strip() for cell in match.group(1).split("|")]
    return " — ".join(cell for cell in cells if cell)


@lru_cache(maxsize=4096)
def _ascii_lookalike(char: str) -> str | None:
    """The ASCII letter ``char`` is confusable with (Unicode TR39), if any."""
    for entry in confusables.is_confusable(char, greedy=True, preferred_aliases=["latin"]) or ():
        for glyph in entry["homoglyphs"]:
            if len(glyph["c"]) == 1 and glyph["c"].isascii() and glyph["c"].isalpha():
                return glyph["c"]
    return None


def _latin_skeleton(match: re.Match[str]) -> str | int:
    """A word written with look-alike letters, as the Latin word it imitates; other words as they are."""
    word = match.group()
    mapped = "".join(c if c.isascii() else (_ascii_lookalike(c) or c) for c in word)
    if not mapped.isascii():
        return 0
    mixed = any(c.isascii() for c in word)
    greek_notation = any(unicodedata.name(c, "").startswith("GREEK SMALL") for c in word)
    return mapped if mixed or not greek_notation else 0


def content_tokens(text: str) -> list[str]:
    """Lower-cased words and numbers without filler words, in one spelling (``american``): what two
    option texts are compared on."""
    return [t for t in _TOKEN.findall(american(text.casefold())) if t not in _STOP]


def american(folded: str) -> str:
    """Case-folded text with the British digraphs of medical words read as their American "e"
    ("hypernatraemia", "oedema", "diarrhoea", "paediatric"): one word either way. Both sides of every
    comparison are read so, so a word it merges with another ("toe") merges on both."""
    return folded.replace("ae", "e").replace("oe", "e") if "ae" in folded or "oe" in folded else folded


def overlap(a: str, b: str) -> float:
    """Share of the shorter text's content words found in the longer one (0 when either has none)."""
    small, large = sorted((content_tokens(a), content_tokens(b)), key=len)
    if not small:
        return 0.0
    return sum(any(_same(t, u) for u in large) for t in small) / len(small)


def shared_word_count(a: str, b: str) -> int:
    """How many of ``b``'s content words ``a`` has, or one of their family (the article "a" is none)."""
    ours = content_tokens(a)
    return sum(
        any(_same(x, y) or _family(x) == _family(y) for x in ours) for y in set(content_tokens(b)) - {"a"}
    )


def share_a_word(a: str, b: str) -> bool:
    """Whether two texts have a content word in common, or two of one family: the least a statement
    must share with an option to be about it."""
    return shared_word_count(a, b) > 0


# a word joined by hyphens; matches start where a word starts (the lookbehind: tried once per word, not
# at each of its letters)
_HYPHENATED = re.compile(r"(?<!\w)\w+(?:-\w+)+")


def shared_words(text: str, reference: str, ignore: frozenset[str]) -> tuple[int, int]:
    """How many distinct words of ``reference`` (3+ letters, or numbers of 2+ digits: a stem's values are
    its most specific findings; not in ``ignore``) ``text`` uses, of how many."""
    ours, families = _words_and_families(text)
    theirs = {t for t in content_tokens(reference) if len(t) >= (2 if t.isdigit() else 3) and t not in ignore}
    return sum(t in ours or _family(t) in families for t in theirs), len(theirs)


@lru_cache(maxsize=4)
def _words_and_families(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """``shared_words``' side of ``text``, read once: the form check measures one trace's reasoning
    against its stem, then against the stem with its options."""
    ours = set(content_tokens(text))
    ours.update(w.replace("-", "") for w in _HYPHENATED.findall(american(text.casefold())))  # "5-HT4": "5ht4"
    return frozenset(ours), frozenset(_family(t) for t in ours)


def phrase_key(text: str) -> str:
    """Case-folded words joined by single spaces, for exact phrase search with word boundaries."""
    return " " + " ".join(_TOKEN.findall(text.casefold())) + " "


def content_key(text: str) -> str:
    """``text``'s content words joined by single spaces, a plural "s" dropped: "Carcinoma head of
    pancreas" and "carcinoma of the head of the pancreas" have the same key, "desmosome" and "Desmosomes"."""
    text = _NUMBER_COMMA.sub("", _ARTICLE.sub(" ", text))
    return " " + " ".join(_singular(t) for t in content_tokens(text)) + " "


def _singular(word: str) -> str:
    return (
        word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word
    )
