"""Where a trace's answer stands and what is said next to it: an answer on a line of its own (what leads into
it is reasoning that has weighed the options), a question answered at once with a no ("Could it be C?
Not with no murmur."), which reopens nothing, and one that asks for the answer, answered with an option
alone ("What treats it? Cyproheptadine."), which claims it."""

from __future__ import annotations

import re

from cot_synth.judging.sentences import LIST_MARK, sentence_bounds

# what may stand before an answer on its line and leave it a line of its own ("**Final answer:** ")
LABEL_REACH = 40
_SENTENCE_END = re.compile(r"[.!?][ \t]")
_LIST_ITEM = re.compile(rf"^[ \t]*{LIST_MARK}[ \t]+")
_ANSWERED_NO = re.compile(r"\?[ \t\n]*(?:No|Not|Nope|Never)\b")
_ANSWER_REACH = 12  # past the sentence's end, where its answer begins
_ASKED_REACH = 160  # before a reply, where the question it answers begins
# a question for the answer itself (not for what else it could be), then maybe a speaker's label: "What treats
# it?", "So what is it?", "Which option explains that?", "what do you push?\" Resident: \"", "Q: What is the
# diagnosis?\nA: "
_ASKS_FOR_ANSWER = re.compile(
    r"(?i)\b(?:what|which)\b(?![^?\n]*\b(?:else|could|might|other|another|differential|not|n't)\b)[^?\n]{0,60}?"
    r"\b(?:is\s+it|'s\s+it|treats?\s+(?:it|this|him|her)|(?:do|would|should)\s+(?:you|we|I)\s+(?:give|push|start|use"
    r"|order|choose|pick)|is\s+the\s+(?:\w+\s+)?(?:diagnosis|answer|cause|culprit|drug|treatment|agent|organism)"
    r"|(?:he|she|they)\s+needs?|(?:best\s+)?(?:explains?|accounts?\s+for|fits?)|is\s+(?:most\s+likely|likeliest|responsible))"
    r"\b[^?\n]{0,40}\?[\"”]?\s*(?:[^\W\d_]+[ \t]*:[ \t]*)?[\"“]?\Z"
)
# an option, marked §, that opens its sentence alone, maybe after a speaker's label ("Resident: \"§.\""),
# maybe with its reason after a colon or comma ("Frontotemporal dementia: the lack of insight says so.")
_ALONE = re.compile(r"[\W_]*(?:[^\W\d_]+[ \t]*:)?[\W_]*§(?:[\W_]*|[ \t]*[:,—–][ \t].*)", re.S)


def own_line(text: str, start: int) -> int | None:
    """The offset of the line break before an answer that starts at ``start`` on a line of its own, a short
    label before it allowed ("Final answer: $\\boxed{E}$"); ``None`` if a sentence runs into it."""
    line = text.rfind("\n", 0, start)
    label = _LIST_ITEM.sub("", text[line + 1 : start], count=1)  # "4. Answer: A" closes a numbered walk
    if line < 0 or len(label) > LABEL_REACH or _SENTENCE_END.search(label):
        return None
    return line


def lead_start(text: str, start: int, end: int) -> int | None:
    """Where what leads into an answer at ``[start, end)`` ends: the line break before it on a line of its own
    (``own_line``), or, where it closes the trace ("…; …. Answer: A."), the start of its sentence."""
    line = own_line(text, start)
    if line is None and not text[end:].strip(" \t\n.!*_"):
        line = sentence_bounds(text, start)[0]
    return line


def answered_no(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` asks a question it answers at once with a no ("Could it be C?
    Not with no murmur.", "Is glucose first just as valid? No, it must follow.")."""
    return bool(_ANSWERED_NO.search(text, start, min(len(text), end + _ANSWER_REACH)))


def answers_asked(text: str, start: int, window: str) -> bool:
    """Whether the sentence at ``start`` (``window``: its option marked §) opens on that option alone,
    replying to a question for the answer right before it ("What treats it? Cyproheptadine.", "So what is
    it? Frontotemporal dementia: …")."""
    return bool(_ALONE.fullmatch(window)) and bool(
        _ASKS_FOR_ANSWER.search(text[max(0, start - _ASKED_REACH) : start])
    )
