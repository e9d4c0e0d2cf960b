"""Text helpers the judges share: normalisation that remembers offsets, sentences, option-text matching.

Judges read a normalised copy of the trace (NFKC, markdown noise removed) so that full-width
punctuation, bold and headings never hide an answer, but report spans in the original text, because
``strip_conclusion`` cuts the original trace.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Markdown emphasis, code ticks, heading and quote markers, carriage returns: never part of an answer.
_NOISE = re.compile(r"\*+|`+|(?<!\w)_{1,2}|_{1,2}(?!\w)|^[ \t]*#{1,6}[ \t]*|^[ \t]*>[ \t]?|\r", re.M)
# A sentence ends at a newline or at . ! ? before a space, except after a lone capital ("D. Nitro").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?]+(?=\s)|\n")
_STOP_HERE = re.compile(r"[ \t]*[.!?]+(?=\s|$)")
_TOKEN = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")
# Filler words ignored when comparing option texts; single letters stay ("hepatitis A" vs "hepatitis B").
_STOP = frozenset(
    ("an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "by", "at", "is", "are", "be", "as")
    + ("from", "this", "that", "it", "its", "option", "answer", "correct", "choice", "best", "most", "which")
)


@dataclass(frozen=True)
class Normalized:
    """A normalised trace; ``origin[i]`` is the offset in the original text of normalised char ``i``."""

    text: str
    origin: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` back to the original text."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


def normalize(text: str) -> Normalized:
    """NFKC per character (full-width letters and colons become ASCII), then drop markdown noise."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for out in unicodedata.normalize("NFKC", char):
            chars.append(out)
            origin.append(index)
    keep = [True] * len(chars)
    for match in _NOISE.finditer("".join(chars)):
        keep[match.start() : match.end()] = [False] * (match.end() - match.start())
    kept = [i for i, k in enumerate(keep) if k]
    return Normalized("".join(chars[i] for i in kept), (*(origin[i] for i in kept), len(text)))


def sentence_bounds(
    text: str, start: int, end: int | None = None, reach: int | None = None
) -> tuple[int, int]:
    """The sentence around ``[start, end)``: from after the previous boundary to the next one, looking
    at most ``reach`` characters either way (a degenerate trace may be one 30,000-character sentence)."""
    end = start if end is None else end
    low = 0 if reach is None else max(0, start - reach)
    high = len(text) if reach is None else min(len(text), end + reach)
    left = low
    for match in _SENTENCE_END.finditer(text, low, start):
        left = match.end()
    right = _SENTENCE_END.search(text, end, high)
    return left, right.start() if right else high


def sentence_end(text: str, pos: int) -> int:
    """Where the sentence running at ``pos`` ends, its final punctuation included (or its line's end)."""
    if end := _STOP_HERE.match(text, pos):
        return end.end()
    boundary = _SENTENCE_END.search(text, pos)
    return len(text) if boundary is None else boundary.end() if boundary.group() != "\n" else boundary.start()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every non-blank sentence (the boundaries ``sentence_bounds`` uses)."""
    spans, start = [], 0
    for boundary in _SENTENCE_END.finditer(text):
        spans.append((start, boundary.start()))
        start = boundary.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def content_tokens(text: str) -> list[str]:
    """Lower-cased words and numbers without filler words: what two option texts are compared on."""
    return [t for t in _TOKEN.findall(text.casefold()) if t not in _STOP]


def _same(a: str, b: str) -> bool:
    return a == b or (len(a) >= 6 and len(b) >= 6 and a[:6] == b[:6])  # plural / inflection


def overlap(a: str, b: str) -> float:
    """Share of the shorter text's content words found in the longer one (0 when either has none)."""
    small, large = sorted((content_tokens(a), content_tokens(b)), key=len)
    if not small:
        return 0.0
    return sum(any(_same(t, u) for u in large) for t in small) / len(small)


def shared_words(text: str, reference: str, ignore: frozenset[str]) -> tuple[int, int]:
    """How many distinct words of ``reference`` (3+ letters, not in ``ignore``) ``text`` uses, of how many."""
    ours = set(content_tokens(text))
    theirs = {t for t in content_tokens(reference) if len(t) >= 3 and not t.isdigit() and t not in ignore}
    return sum(any(_same(t, u) for u in ours) for t in theirs), len(theirs)


def phrase_key(text: str) -> str:
    """Case-folded words joined by single spaces, for exact phrase search with word boundaries."""
    return " " + " ".join(_TOKEN.findall(text.casefold())) + " "


def options_named(text: str, options: dict[str, str]) -> list[str]:
    """Letters whose full option text appears in ``text``; an option inside a longer named one is dropped."""
    haystack = phrase_key(text)
    found = {
        k: phrase_key(v) for k, v in options.items() if phrase_key(v).strip() and phrase_key(v) in haystack
    }
    return [k for k, v in found.items() if not any(v != w and v in w for w in found.values())]


def options_mentioned(text: str, options: dict[str, str]) -> list[str]:
    """Letters whose option is at least half mentioned, counting only the words that set it apart from
    the other options: "lithium exposure during pregnancy" mentions "Lithium exposure in utero"."""
    tokens = {k: set(content_tokens(v)) for k, v in options.items()}
    words = content_tokens(text)
    mentioned = []
    for letter, own in tokens.items():
        distinct = own.difference(*(v for k, v in tokens.items() if k != letter))
        hits = sum(any(_same(t, w) for w in words) for t in distinct)
        if distinct and hits * 2 >= len(distinct):
            mentioned.append(letter)
    return mentioned
