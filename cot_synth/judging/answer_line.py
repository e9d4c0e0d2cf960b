"""Where a trace's answer stands and what is said next to it: an answer on a line of its own (what leads into
it is reasoning that has weighed the options), and a question answered at once with a no ("Could it be C?
Not with no murmur."), which reopens nothing."""

from __future__ import annotations

import re

# what may stand before an answer on its line and leave it a line of its own ("**Final answer:** ")
LABEL_REACH = 40
_SENTENCE_END = re.compile(r"[.!?][ \t]")
_ANSWERED_NO = re.compile(r"\?[ \t\n]*(?:No|Not|Nope|Never)\b")
_ANSWER_REACH = 12  # past the sentence's end, where its answer begins


def own_line(text: str, start: int) -> int | None:
    """The offset of the line break before an answer that starts at ``start`` on a line of its own, a short
    label before it allowed ("Final answer: $\\boxed{E}$"); ``None`` if a sentence runs into it."""
    line = text.rfind("\n", 0, start)
    label = text[line + 1 : start]
    if line < 0 or len(label) > LABEL_REACH or _SENTENCE_END.search(label):
        return None
    return line


def answered_no(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` asks a question it answers at once with a no ("Could it be C?
    Not with no murmur.", "Is glucose first just as valid? No, it must follow.")."""
    return bool(_ANSWERED_NO.search(text, start, min(len(text), end + _ANSWER_REACH)))
