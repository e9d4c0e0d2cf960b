"""A value a calculation passes through, not the one it ends on.

A numeric option ("225 mL", "0.6") is often worked out on the way to another: "Anatomic dead space alone is
100 + 125 = 225 mL, so about 255 mL of alveolar dead space is added". Read as a conclusion, that step
would contradict the final letter; what marks it as a step is the "=" after a number or a closing bracket
and the sentence going on after the value.
"""

from __future__ import annotations

import re

# an "=" after a number or a bracket that closes a sum, right before the value (maybe a space or two)
_WORKED_OUT = re.compile(r"[\d)\]][ \t]*=[ \t]*$")


def is_step(sentence: str, start: int, end: int) -> bool:
    """Whether the value at ``sentence[start:end]`` is worked out by an "=" and the sentence goes on after
    it (a comma or more words, not only a full stop)."""
    return bool(_WORKED_OUT.search(sentence, 0, start)) and bool(sentence[end:].strip(" \t.!"))
