"""A ranked list: the option a trace puts first where it says it orders the options by how well they fit.

"Ranked differential: 1. Pulmonary fibrosis — … 2. Septal defect …" followed by "Answer: B" argues for one
option and answers another: the first item of a list its own line calls ordered is a claim as plain as "A is
the most likely". Only such a list counts (the line that introduces it matches a ``rankings`` pattern), its
first item must follow that line (or its colon: "My ranking: 1. …, 2. …"), and one ordered from least to most
is left alone.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from cot_synth.judging.partial import label_option
from cot_synth.judging.phrases import AnyOf
from cot_synth.judging.terms import Terms

# the introducing line, blank lines, then the first item: "1." / "1)" / "#1:" / "①"; or the items on the
# introducing line after its colon ("My ranking: 1. Alzheimer's disease, 2. …")
_FIRST_ITEM = re.compile(
    r"^(?P<intro>[^\n]*?(?::(?=[ \t]+(?:#?1[.):]|①))|\n(?:[ \t]*\n)*))[ \t]*(?:#?1[.):]|①)[ \t]+"
    r"(?P<head>[^\n]*)",
    re.M,
)
# the item opens on its letter: "C — Disorganized …", "(B) Klebsiella", "Option D: …"
_LETTER_HEAD = re.compile(
    r"(?i:(?:option|choice)[ \t]+)?[(\[]?(?P<letter>[A-J])[)\]]?[ \t]*(?:[—–:.)]|-[ \t])"
)
# where the item's label ends and its reasons begin
_LABEL_END = re.compile(r"[ \t]+[—–-][ \t]|:[ \t]|[ \t]*\(|[.;,][ \t]|[ \t]*$")
_ASCENDING = re.compile(r"(?i)\bleast\b.*\bmost\b")


class Ranked(NamedTuple):
    """The option a ranked list puts first, and where its first item ends."""

    letter: str
    end: int


def first_ranked(
    text: str, limit: int, options: dict[str, str], question: str, rankings: AnyOf, terms: Terms
) -> Ranked | None:
    """The option the last ranked list in ``text[:limit]`` puts first, if its first item names one."""
    found = None
    for m in _FIRST_ITEM.finditer(text, 0, limit):
        intro = m.group("intro")
        if not rankings.search(intro) or _ASCENDING.search(intro):
            continue
        if letter := _head_option(m.group("head"), options, question, terms):
            found = Ranked(letter, m.end())
    return found


def _head_option(head: str, options: dict[str, str], question: str, terms: Terms) -> str | None:
    """The one option an item's label names: its letter, or else as ``label_option`` reads it."""
    if (m := _LETTER_HEAD.match(head)) and m.group("letter") in options:
        return m.group("letter")
    return label_option(head[: _LABEL_END.search(head).start()].strip("*_` \t"), options, question, terms)
