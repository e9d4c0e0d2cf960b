"""The reasoning a sample keeps: a trace without the sentences that state its conclusion.

Apart from the judge itself, so rendering accepted samples (in the run's own process) does not import
the judge's few thousand patterns, which only the judge's process needs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any


def cut(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the ``[start, end)`` spans (they may overlap)."""
    kept, cursor = [], 0
    for start, end in sorted(spans):
        kept.append(text[cursor : max(cursor, start)])
        cursor = max(cursor, end)
    return "".join(kept) + text[cursor:]


def strip_conclusion(text: str, details: Mapping[str, Any]) -> str:
    """The trace without the sentence that states its conclusion, nor earlier sentences that only restate
    it (``details``: a rule verdict's): the reasoning a sample keeps, before its one canonical answer line."""
    spans = [
        tuple(span) for span in (details.get("conclusion_line"), *details.get("restatements", ())) if span
    ]
    return re.sub(r"\n{3,}", "\n\n", cut(text, spans)).strip()
