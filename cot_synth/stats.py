"""Summary statistics of a list of counts (words, tokens), one formula for every report that shows them."""

from __future__ import annotations

import statistics


def p95(ordered: list[int]) -> int:
    """The 95th percentile of sorted values, as the nearest value at or below it (no interpolation)."""
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def describe(values: list[int]) -> dict[str, float] | None:
    """min, median, mean, p95 and max; ``None`` for no values."""
    if not values:
        return None
    ordered = sorted(values)
    return {
        "min": ordered[0],
        "median": statistics.median(ordered),
        "mean": round(statistics.fmean(ordered), 1),
        "p95": p95(ordered),
        "max": ordered[-1],
    }
