"""Rejections of an option as the answer, not of what it is.

A question that asks for the exception ("Which … is NOT expected?", "… would make placement
contraindicated?") is answered by saying what its option is not, so there most rejections argue for the
answer. Rejecting the option as the answer ("so C is wrong", "Diarrhea would not be the right pick", "D
doesn't qualify as 'not caused by UPD'") contradicts it all the same.
"""

from __future__ import annotations

import re

_AS_ANSWER = re.compile(
    r"(?i)§[^.;\n§]{0,60}?\b(?:is|are|was|would\s+be)\s+(?:therefore\s+|thus\s+|also\s+|clearly\s+)?"
    r"(?:the\s+|a\s+)?(?:wrong|incorrect)\b"
    r"|§[^.;\n§]{0,60}?\b(?:is|are|was|would|should)(?:\s+not|n't)\s+(?:be\s+)?(?:the\s+)?"
    r"(?:right|correct|best|intended)\s+(?:answer|pick|choice|option)\b"
    r"|§[^.;\n§]{0,40}?\b(?:does|would|do)(?:\s+not|n't)\s+qualify\b"
    # struck off the answer sheet: "I'd knock C out", "cross B off"
    r"|\b(?:knock|cross|strike|struck)(?:s|ed|ing)?\s+§\s+(?:out|off)\b"
    # not the exception the question asks for: "So B is not the odd one out", "…, and therefore not the odd
    # one out"
    r"|§[^.;\n§]{0,80}?(?:\b(?:is|was)(?:\s+not|n't)|\bnot)\s+the\s+odd\s+one\s+out\b"
    # not what the question asks for: "C is not the one we are looking for", "… isn't what the question
    # wants", "BTK — not the one we want"
    r"|§[^.;\n§]{0,40}?(?:\b(?:is|are|was|were)(?:\s+not|n't)|[—–:]\s*not)\s+(?:the\s+ones?|what)\s+"
    r"(?:we|I|you|the\s+question)(?:'re|'m|\s+(?:are|am|is|was|were))?\s+"
    r"(?:looking\s+for|asking\s+for|asked\s+for|after|wants?|needs?)\b"
    # ruled out as the answer in so many words: "it cannot be the answer here", "B can't be the right choice"
    r"|§[^.;\n§]{0,60}?\b(?:cannot|can't|can\s+not|could\s+not|couldn't)\s+(?:possibly\s+)?be\s+(?:the\s+)?"
    r"(?:(?:right|correct|best|intended)\s+)?(?:answer|pick|choice|option)\b"
)


def as_answer(window: str) -> bool:
    """Whether ``window`` (a sentence with the option marked §) rejects that option as the answer."""
    return bool(_AS_ANSWER.search(window))
