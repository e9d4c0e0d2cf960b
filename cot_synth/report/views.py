"""report.md and report.html: two templates drawing the same ``analyse`` dict.

report.html is one self-contained page (inline CSS, plots as base64 PNG, no network) that opens offline.
"""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from cot_synth.clean.balance import ENTROPY_FLOOR
from cot_synth.report.analyse import GOLD_SETS, TABLE_ROWS_PER_REASON, excerpt
from cot_synth.report.plots import figures

_TEMPLATES = Path(__file__).resolve().parent / "templates"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def _per_call(tokens_per_s: float | None) -> str:
    """The median speed of the calls this run made; a rerun answered from the cache made none."""
    return "– (no model call this run)" if tokens_per_s is None else f"{tokens_per_s} tokens/s"


def _md(text: str) -> str:
    """Trace text inside Markdown: no HTML, no table pipes."""
    return html.escape(text, quote=False).replace("|", "\\|")


@cache
def _environment(autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_TEMPLATES)),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(pct=_pct, md=_md, per_call=_per_call, basename=lambda name: Path(str(name)).name)
    return env


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


def _markdown_rows(data: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """The markdown tables' cells, formatted (the template only lays them out)."""
    rej, lengths = data["rejections"], data["lengths"]

    def gold_row(name: str, dist: dict[str, Any]) -> tuple[Any, ...]:
        counts = dist["counts"]
        flag = " ⚠" if sum(counts.values()) and dist["normalized_entropy"] < ENTROPY_FLOOR else ""
        letters = " · ".join(f"{k} {v}" for k, v in counts.items())
        return (name, letters, f"{dist['normalized_entropy']:.4f}{flag}")

    return {
        "funnel_rows": [
            (
                "&nbsp;" * 4 * f["level"] + (f"`{f['stage']}`" if f["reason"] else f["stage"]),
                f["items"],
                _pct(f["share_of_read"]),
                _pct(f["share_of_parent"]) if f["level"] else "",
            )
            for f in data["funnel"]
        ],
        "reason_rows": [
            (f"`{r['reason']}`", r["items"], _pct(r["share_of_rejected"]), r["attempts"])
            for r in rej["by_reason"]
        ],
        "step_rows": [
            (s["mode"], s["index"], s["attempts"], s["accepted"], _pct(s["rate"])) for s in rej["by_step"]
        ],
        "gold_rows": [gold_row(k, d) for k, d in data["gold"]["distributions"].items()],
        "difficulty_rows": [
            (
                name,
                b["items"],
                b["accepted"],
                _pct(b["acceptance"]),
                b["majority_is_gold"],
                gold_row(name, b["gold"])[1],
            )
            for name, b in data["difficulty"]["bands"].items()
        ],
        "length_rows": [
            (title, group, s["min"], s["median"], s["mean"], s["p95"], s["max"])
            for title, key in (("trace words", "trace_words"), ("completion tokens", "completion_tokens"))
            for group, s in lengths[key].items()
            if s
        ],
    }


def render_markdown(data: dict[str, Any]) -> str:
    template = _environment(False).get_template("report.md.j2")
    return template.render(**data, **_markdown_rows(data), gold_sets=GOLD_SETS).rstrip("\n") + "\n"


def render_html(data: dict[str, Any], attempts: list[dict[str, Any]]) -> str:
    letters = sorted({k for d in data["gold"]["distributions"].values() for k in d["counts"]})
    return (
        _environment(True)
        .get_template("report.html.j2")
        .render(
            **data,
            plots=figures(data),
            letters=letters,
            table=_table_rows(attempts),
            table_limit=TABLE_ROWS_PER_REASON,
            gold_sets=GOLD_SETS,
        )
    )
