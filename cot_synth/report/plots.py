"""The report's plots: matplotlib figures drawn from report.json's numbers, returned as base64 PNG.

``Figure`` objects are used directly (no pyplot): no global state, no display needed, the Agg renderer.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from typing import Any

from matplotlib.axes import Axes
from matplotlib.figure import Figure

ACCEPTED, REJECTED, NEUTRAL = "#2e7d32", "#c62828", "#546e7a"


def _png(draw: Callable[[Axes], None], height: float = 3.0) -> str:
    figure = Figure(figsize=(6.4, height), dpi=96, layout="constrained")
    draw(figure.add_subplot())
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _bars(
    names: list[str], values: list[int], colours: list[str], title: str, xlabel: str
) -> Callable[[Axes], None]:
    """Horizontal bars, first name on top, each labelled with its value."""

    def draw(ax: Axes) -> None:
        bars = ax.barh(names[::-1], values[::-1], color=colours[::-1])
        ax.bar_label(bars, padding=3)
        ax.set_xlabel(xlabel)
        ax.set_title(title)
        ax.margins(x=0.15)

    return draw


def _funnel(data: dict[str, Any]) -> Callable[[Axes], None]:
    stages = [f for f in data["funnel"] if f["level"] <= 2 and not f["reason"]]
    colours = {"accepted": ACCEPTED, "rejected": REJECTED}
    names = [f["stage"] for f in stages]
    return _bars(
        names, [f["items"] for f in stages], [colours.get(n, NEUTRAL) for n in names], "Funnel", "items"
    )


def _reasons(data: dict[str, Any]) -> Callable[[Axes], None]:
    rows = data["rejections"]["by_reason"]
    return _bars([r["reason"] for r in rows], [r["items"] for r in rows], [REJECTED] * len(rows),
                 "Rejection reasons", "rejected items with this reason")  # fmt: skip


def _steps(data: dict[str, Any]) -> Callable[[Axes], None]:
    steps = data["rejections"]["by_step"]

    def draw(ax: Axes) -> None:
        labels = [f"{s['mode']} #{s['index']}" for s in steps]
        x = range(len(steps))
        ax.bar([i - 0.2 for i in x], [s["attempts"] for s in steps], 0.4, label="attempts", color=NEUTRAL)
        ax.bar([i + 0.2 for i in x], [s["accepted"] for s in steps], 0.4, label="accepted", color=ACCEPTED)
        ax.set_xticks(list(x), labels)
        ax.set_title("Acceptance by attempt")
        ax.legend()

    return draw


def _gold(data: dict[str, Any]) -> Callable[[Axes], None]:
    dists = data["gold"]["distributions"]

    def draw(ax: Axes) -> None:
        letters = sorted({k for d in dists.values() for k in d["counts"]})
        width = 0.8 / max(1, len(dists))
        for n, (name, dist) in enumerate(dists.items()):
            total = sum(dist["counts"].values()) or 1
            shares = [dist["counts"].get(k, 0) / total for k in letters]
            offsets = [i + (n - (len(dists) - 1) / 2) * width for i in range(len(letters))]
            ax.bar(offsets, shares, width, label=f"{name} (H={dist['normalized_entropy']:.3f})")
        if letters:
            ax.axhline(1 / len(letters), color="black", linestyle=":", linewidth=1, label="uniform")
        ax.set_xticks(range(len(letters)), letters)
        ax.set_ylabel("share")
        ax.set_title("Gold letters (normalised entropy H)")
        ax.legend(fontsize="small")

    return draw


def _histogram(
    hist: dict[str, Any], title: str, xlabel: str, limit: int | None = None, ylabel: str = "attempts"
) -> Callable[[Axes], None]:
    def draw(ax: Axes) -> None:
        edges = hist["edges"]
        for group, colour in (("rejected", REJECTED), ("accepted", ACCEPTED)):
            counts = hist["counts"].get(group)
            if counts and any(counts):
                ax.stairs(counts, edges, fill=True, alpha=0.45, color=colour, label=group)
        if limit:
            ax.axvline(limit, color="black", linestyle=":", linewidth=1, label=f"limit {limit}")
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        ax.set_title(title)
        ax.legend()

    return draw


def figures(data: dict[str, Any]) -> dict[str, str]:
    """Every plot the report has data for, as base64 PNG, in display order."""
    plots = {"funnel": _png(_funnel(data), 2.8)}
    if data["rejections"]["by_reason"]:
        plots["reasons"] = _png(_reasons(data), 1.2 + 0.35 * len(data["rejections"]["by_reason"]))
    if data["rejections"]["by_step"]:
        plots["steps"] = _png(_steps(data))
    plots["gold"] = _png(_gold(data))
    lengths = data["lengths"]
    if lengths["trace_words_hist"]:
        plots["trace_words"] = _png(_histogram(lengths["trace_words_hist"], "Trace length", "words"))
    if lengths["completion_tokens_hist"]:
        plots["completion_tokens"] = _png(
            _histogram(
                lengths["completion_tokens_hist"], "Completion tokens", "tokens", lengths["max_tokens"]
            )
        )
    if data["difficulty"]["items"]:
        hist = data["difficulty"]["pass_rate_hist"]
        plots["difficulty"] = _png(_histogram(hist, "Difficulty", "blind pass rate", ylabel="items"))
    return plots
