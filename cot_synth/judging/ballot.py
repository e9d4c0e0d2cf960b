"""Option lines a trace marks as a form does: "[x] A: yes", "(●) B", "● A", "(c) ●"; the empty "[ ] C", "○ B".

A form lists every option with a box or a bubble; only the ticked or filled one is an answer. The empty
ones name an option, its letter and its text, yet commit to nothing and reopen nothing. A row puts each
mark before its letter ("○ A   ● B") or after it ("(a) ○  (b) ●"): whichever the line opens with.
"""

from __future__ import annotations

import re

# a box or a bubble; a group "box", "round" or "solid" matched when it is ticked or filled
_MARK = re.compile(
    r"\[[ \t]*(?P<box>[xX✓✔])?[ \t]*\]|\([ \t]*(?P<round>[xX✓✔●◉⦿■▪])?[ \t]*\)"
    r"|(?P<solid>[●◉⦿☑☒✅])|[○◯☐□⚪]"
)
_LETTER = re.compile(r"(?<![\w'’])\(?(?:(?i:option|choice)[ \t]+)?[A-Ja-j]\)?(?![\w'’])")
_LABEL = re.compile(r"[^\n:○◯●◉⦿☑☒✅☐□⚪\[(]{1,30}:")  # "Bubble sheet:" before the row


def unticked(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands on a form's line whose mark for it is an empty box or bubble."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    end = len(text) if end < 0 else end
    start = label.end() if (label := _LABEL.match(text, start, end)) else start
    marks = list(_MARK.finditer(text, start, end))
    if not marks:
        return False
    first_letter = _LETTER.search(text, start, end)
    if first_letter and first_letter.start() < marks[0].start():  # each mark after its letter
        mark = next((m for m in marks if m.start() >= at), None)
    else:
        mark = next((m for m in reversed(marks) if m.start() < at), None)
    return mark is not None and not (mark.group("box") or mark.group("round") or mark.group("solid"))
