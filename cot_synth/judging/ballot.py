"""Option lines a trace marks as a form does: "[x] A: yes", "(●) B", "● A", "(c) ●"; the empty "[ ] C", "○ B".

A form lists every option with a box or a bubble; only the ticked or filled one is an answer. The empty
ones name an option, its letter and its text, yet commit to nothing and reopen nothing. A row puts each
mark before its letter ("○ A   ● B") or after it ("(a) ○  (b) ●"): whichever the line opens with.
"""

from __future__ import annotations

import re

from cot_synth.errors import UserError
from cot_synth.judging.phrases import compile_one

# a box or a bubble (the marks are fragments of rules.yaml); "box", "round" or "solid" matched when ticked
_MARK = (
    r"\[[ \t]*(?P<box><TICK>)?[ \t]*\]|\([ \t]*(?P<round><FILL>)?[ \t]*\)"
    r"|(?P<solid><FILLED>|<TICKED>)|<EMPTY>|<EMPTY_BOX>"
)
_NEEDS = ("TICK", "FILL", "FILLED", "TICKED", "EMPTY", "EMPTY_BOX")
_LETTER = re.compile(r"(?<![\w'’])\(?(?:(?i:option|choice)[ \t]+)?[A-Ja-j]\)?(?![\w'’])")
_LABEL = r"(?:(?!<FILLED>|<TICKED>|<EMPTY>|<EMPTY_BOX>)[^\n:\[(]){1,30}:"  # "Bubble sheet:" before the row


class Ballot:
    """Reads a form's lines; ``fragments`` are the extraction rules' (``TICK``, ``FILLED``, …)."""

    def __init__(self, fragments: dict[str, str], where: str) -> None:
        if missing := [name for name in _NEEDS if name not in fragments]:
            raise UserError(f"{where}: fragments lack the form marks {', '.join(missing)}")
        self._mark = compile_one(_MARK, f"{where}: ballot mark", fragments=fragments)
        self._label = compile_one(_LABEL, f"{where}: ballot label", fragments=fragments)

    def unticked(self, text: str, at: int) -> bool:
        """Whether ``text[at]`` stands on a form's line whose mark for it is an empty box or bubble."""
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        end = len(text) if end < 0 else end
        start = label.end() if (label := self._label.match(text, start, end)) else start
        marks = list(self._mark.finditer(text, start, end))
        if not marks:
            return False
        first_letter = _LETTER.search(text, start, end)
        if first_letter and first_letter.start() < marks[0].start():  # each mark after its letter
            mark = next((m for m in marks if m.start() >= at), None)
        else:
            mark = next((m for m in reversed(marks) if m.start() < at), None)
        return mark is not None and not (mark.group("box") or mark.group("round") or mark.group("solid"))
