"""Sentences: where they end, read once per text.

The judges ask for the sentence around a position hundreds of times per trace, each time over a window of
the same text. Scanning the window with ``_SENTENCE_END`` each time dominated; instead the whole text is
scanned once (``_boundaries``) and every window's answer is read off that scan. A window scan differs from
the whole scan only at the window's edges, because a scan bounded at ``endpos`` cannot see the white space
after a final ". " there, and one started at ``pos`` inside a run of "..." starts its match there (its
lookbehinds pass: they see the "." before ``pos``); ``_in_window`` applies exactly those two rules.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

# A sentence ends at a newline or at . ! ? before a space, except after a lone capital ("D. Nitro") or
# inside an abbreviation that runs on ("i.e. option A", "e.g. if she", "vs. C"). The leading lookahead
# changes no match: it spares the five lookbehinds at every character that is no punctuation.
_SENTENCE_END = re.compile(
    r"(?=[.!?])(?<!\b[A-Z])(?<!\b[iI]\.e)(?<!\b[eE]\.g)(?<!\bvs)(?<!\bcf)[.!?]+(?=\s)|\n"
)
# What opens a list item: a bullet or a number with its stop ("- ", "2) ").
LIST_MARK = r"(?:[-*•]|\d+[.)])"
# a stop, then a new sentence: "… A. That said, …"
_STOP_AFTER = re.compile(r"[)\]*_]*[.!][ \t]+(?=[A-Z\"“(*])")
_STOP_HERE = re.compile(r"[ \t]*[.!?]+(?=\s|$)")


class _Boundaries(NamedTuple):
    """Every ``_SENTENCE_END`` match of a whole text, in order."""

    starts: list[int]
    ends: list[int]
    newline: list[bool]


@lru_cache(maxsize=16)
def _boundaries(text: str) -> _Boundaries:
    found = _Boundaries([], [], [])
    for match in _SENTENCE_END.finditer(text):
        found.starts.append(match.start())
        found.ends.append(match.end())
        found.newline.append(match.group() == "\n")
    return found


def _in_window(found: _Boundaries, i: int, pos: int, endpos: int) -> tuple[int, int] | None:
    """The match ``_SENTENCE_END.finditer(text, pos, endpos)`` makes of whole-text match ``i``, if any:
    a newline inside the window; a punctuation run that ends after ``pos`` and before ``endpos`` (its
    lookahead needs the character after it), cut at ``pos``."""
    start, end = found.starts[i], found.ends[i]
    if found.newline[i]:
        return (start, end) if pos <= start and end <= endpos else None
    return (max(start, pos), end) if pos < end < endpos else None


def _first(text: str, pos: int, endpos: int) -> tuple[int, int, bool] | None:
    """``_SENTENCE_END.search(text, pos, endpos)``: its span and whether it is a newline."""
    found = _boundaries(text)
    i = bisect_right(found.ends, pos)  # later matches start after this one ends: only it can be cut
    span = _in_window(found, i, pos, endpos) if i < len(found.ends) else None
    return (*span, found.newline[i]) if span else None


def sentence_bounds(
    text: str, start: int, end: int | None = None, reach: int | None = None
) -> tuple[int, int]:
    """The sentence around ``[start, end)``: from after the previous boundary to the next one, looking
    at most ``reach`` characters either way (a degenerate trace may be one 30,000-character sentence)."""
    end = start if end is None else end
    low = 0 if reach is None else max(0, start - reach)
    high = len(text) if reach is None else min(len(text), end + reach)
    found, left = _boundaries(text), low
    i = bisect_right(found.ends, start) - 1
    while i >= 0 and found.ends[i] > low:  # the last match in [low, start); one ending at ``start`` is cut
        if span := _in_window(found, i, low, start):
            left = span[1]
            break
        i -= 1
    right = _first(text, end, high)
    return left, right[0] if right else high


def sentence_end(text: str, pos: int, reach: int | None = None) -> int:
    """Where the sentence running at ``pos`` ends, its final punctuation included (or its line's end),
    looking at most ``reach`` characters ahead."""
    if end := _STOP_HERE.match(text, pos):
        return end.end()
    high = len(text) if reach is None else min(len(text), pos + reach)
    boundary = _first(text, pos, high)
    return high if boundary is None else boundary[0] if boundary[2] else boundary[1]


def sentence_spans(text: str, limit: int | None = None) -> tuple[tuple[int, int], ...]:
    """``[start, end)`` of every non-blank sentence (the boundaries ``sentence_bounds`` uses) of
    ``text[:limit]``, read off the whole text's scan."""
    return _spans(text) if limit is None or limit >= len(text) else _spans_before(text, max(0, limit))


def spans_after(text: str, start: int, end: int, reach: int) -> list[tuple[int, int]]:
    """The sentences of ``text`` from the one holding an answer at ``[start, end)`` on (looked for within
    ``reach``), each with its "?"; the answer's own is cut at a stop right after it ("So the correct choice
    is A. That said, …": a lone capital and a stop end no sentence elsewhere, "D. Nitrofurantoin"), the stop
    kept with what follows (a cue may need it: "… C. Could also be …")."""
    after, spans = sentence_bounds(text, start, reach=reach)[0], []
    for low, high in sentence_spans(text[after:]):
        low, high = low + after, min(len(text), high + after + 1)
        if low < end < high and (stop := _STOP_AFTER.match(text, end, high)):
            spans.append((low, stop.start()))
            low = stop.start()
        spans.append((low, high))
    return spans


def statement_spans(text: str, limit: int | None = None) -> tuple[tuple[int, int], ...]:
    """``sentence_spans`` less the questions: a question ("So was I right to say yes?") states nothing."""
    return tuple(s for s in sentence_spans(text, limit) if not text.startswith("?", s[1]))


@lru_cache(maxsize=256)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    return _spans_before(text, len(text))


def _spans_before(text: str, limit: int) -> tuple[tuple[int, int], ...]:
    found, spans, start = _boundaries(text), [], 0
    for i in range(bisect_right(found.ends, limit)):
        if boundary := _in_window(found, i, 0, limit):
            spans.append((start, boundary[0]))
            start = boundary[1]
    spans.append((start, limit))
    return tuple((a, b) for a, b in spans if text[a:b].strip())


def with_its_question(
    text: str, span: tuple[int, int], asks: Callable[[str, int, int], object]
) -> tuple[int, int]:
    """``span`` widened to the question it answers, when the sentence before it is a question ``asks``
    finds in ``text[pos:endpos]`` ("So what is the most likely cause?" then "An inflamed Meckel
    diverticulum."): a Socratic trace puts its conclusion's cue in the question."""
    before = sentence_spans(text, span[0])
    if before and "?" in text[before[-1][1] : span[0]] and asks(text, *before[-1]):
        return before[-1][0], span[1]
    return span
