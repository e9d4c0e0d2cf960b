"""report.html: one self-contained page (inline CSS, plots as base64 PNG, no network) that opens offline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from cot_synth.plots import figures
from cot_synth.report import GOLD_SETS, TABLE_ROWS_PER_REASON, excerpt

_TEMPLATES = Path(__file__).resolve().parent / "templates"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def _table_rows(attempts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Up to TABLE_ROWS_PER_REASON attempts per reason code, each shown once, with the end of its trace."""
    taken: dict[str, int] = {}
    rows = []
    for attempt in attempts:
        wanted = [c for c in attempt["reasons"] if taken.get(c, 0) < TABLE_ROWS_PER_REASON]
        if not wanted:
            continue
        for code in attempt["reasons"]:
            taken[code] = taken.get(code, 0) + 1
        rows.append({**attempt, "tail": excerpt(attempt["text"], None, before=160, after=40)["before"]})
    return rows


def render_html(data: dict[str, Any], attempts: list[dict[str, Any]]) -> str:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_TEMPLATES)), autoescape=True, undefined=jinja2.StrictUndefined
    )
    env.filters["pct"] = _pct
    env.filters["basename"] = lambda name: Path(str(name)).name
    letters = sorted({k for d in data["gold"]["distributions"].values() for k in d["counts"]})
    return env.get_template("report.html.j2").render(
        **data,
        plots=figures(data),
        letters=letters,
        table=_table_rows(attempts),
        table_limit=TABLE_ROWS_PER_REASON,
        gold_sets=GOLD_SETS,
    )
