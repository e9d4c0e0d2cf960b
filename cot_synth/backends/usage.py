"""The HTTP client's counters (the manifest's ``api``): what one run paid for, however many clients it had.

A local run has one client; a Ray run has one per actor and a merged run one per shard. Counts add up;
the concurrency figures are per client, so the combined record keeps the highest configured and current
limit and the lowest limit any client fell to after HTTP 429s. Costs add up like the tokens they price.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from cot_synth.backends.base import Backend
from cot_synth.backends.pricing import Price, estimate_cost

SUMMED = (
    "succeeded", "failed", "retries", "rate_limited", "prompt_tokens", "completion_tokens", "probe_calls",
    "hedged", "hedges_won",
)  # fmt: skip
HIGHEST = ("concurrency", "concurrency_limit")
LOWEST = ("lowest_concurrency_limit",)


def read_counters(backend: Backend) -> dict[str, Any] | None:
    """The HTTP client's counters now; vLLM in-process has none, the embedded one none before it started."""
    stats = getattr(backend, "stats", None)
    return stats() if stats else None


def since(before: dict[str, Any] | None, after: dict[str, Any] | None) -> dict[str, Any] | None:
    """What a client did between two readings of its counters (a Ray actor's batch); a client that had not
    started at the first reading had done nothing yet."""
    if after is None:
        return None
    return {**after, **{k: after[k] - (before or {}).get(k, 0) for k in SUMMED if k in after}}


def combine(parts: Iterable[dict[str, Any] | None]) -> dict[str, Any] | None:
    """Several clients' counters as one record; ``None`` when none of them is an HTTP client."""
    given = [p for p in parts if p]
    if not given:
        return None
    combined: dict[str, Any] = {k: sum(p.get(k, 0) for p in given) for k in SUMMED}  # older runs lack some
    combined |= {k: max(p[k] for p in given) for k in HIGHEST}
    combined |= {k: min(p[k] for p in given) for k in LOWEST}
    if any("stopped" in p for p in given):
        combined["stopped"] = next((p["stopped"] for p in given if p.get("stopped")), None)
    costs = [p.get("cost_usd") for p in given]
    if "cost_usd" in given[0]:
        combined["cost_usd"] = None if None in costs else sum(costs)
    return combined


def with_cost(
    usage: dict[str, Any] | None, prices: dict[str, Price] | None, model: str
) -> dict[str, Any] | None:
    """The counters with ``cost_usd`` when prices are given (``None`` if the table lacks ``model``)."""
    if usage is None or prices is None:
        return usage
    tokens = usage["prompt_tokens"], usage["completion_tokens"]
    return {**usage, "cost_usd": estimate_cost(prices, model, *tokens)}


LOCAL_BACKENDS = ("embedded", "vllm")


def cost_line(manifest: dict[str, Any]) -> str:
    """The report's one line on cost, saying why there is no figure when there is none, and what earlier
    runs of the job (a killed one included) paid for the attempts this one found cached."""
    api, model = manifest.get("api"), manifest.get("model")
    price_table = (manifest.get("config") or {}).get("price_table")
    if manifest.get("backend") in LOCAL_BACKENDS or api is None:
        return "local model: free"
    return _paid_line(api, "paid this run", price_table, model) + _earlier(manifest, price_table, model)


def _paid_line(usage: dict[str, Any], what: str, price_table: str | None, model: str | None) -> str:
    paid = f"{usage['prompt_tokens']} prompt + {usage['completion_tokens']} completion tokens {what}"
    if not price_table:
        return f"{paid}; no price table given (--price-table)"
    if usage.get("cost_usd") is None:
        return f"{paid}; {price_table} has no price for model {model}"
    return f"≈ ${usage['cost_usd']:.4f}: {paid} (prices from {price_table})"


def _earlier(manifest: dict[str, Any], price_table: str | None, model: str | None) -> str:
    earlier = manifest.get("earlier_runs")
    if not earlier or not earlier["attempts"]:
        return ""
    what = f"paid by earlier runs for the {earlier['attempts']} cached attempts"
    return "; " + _paid_line(earlier, what, price_table, model)


def calls_line(api: dict[str, Any] | None) -> str:
    """The report's line on the HTTP calls: retries, 429s and how far the concurrency limit shrank."""
    if api is None:
        return "no HTTP calls"
    stopped = f"; the circuit breaker {api['stopped']}" if api.get("stopped") else ""
    return (
        f"{api['succeeded']} answered, {api['failed']} failed after retries, {api['retries']} retries, "
        f"{api['rate_limited']} HTTP 429; concurrency {api['concurrency']}, its limit fell to "
        f"{api['lowest_concurrency_limit']} at lowest{stopped}"
    )
