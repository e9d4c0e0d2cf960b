"""Option lines a trace marks as a form does: "[x] A: yes", "(●) B", "● A"; the empty "[ ] C: maybe", "○ B".

A form lists every option with a box or a bubble; only the ticked or filled one is an answer. The empty
ones name an option, its letter and its text, yet commit to nothing and reopen nothing.
"""

from __future__ import annotations

import re

# a box or a bubble before an option's letter; a group "box", "round" or "solid" matched when it is ticked
_MARK = re.compile(
    r"(?:\[[ \t]*(?P<box>[xX✓✔])?[ \t]*\]|\([ \t]*(?P<round>[xX✓✔●◉⦿■▪])?[ \t]*\)"
    r"|(?P<solid>[●◉⦿☑✅])|[○◯☐□⚪])"
    r"(?=[ \t]*(?:(?i:option|choice)[ \t]+)?\(?[A-Ja-j]\b)"
)


def unticked(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands on a form's line after an empty box or bubble, with no mark between."""
    end = text.find("\n", at)
    marks = [m for m in _MARK.finditer(text, text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end)]
    last = next((m for m in reversed(marks) if m.start() < at), None)
    return last is not None and not (last.group("box") or last.group("round") or last.group("solid"))
