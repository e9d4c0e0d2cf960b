"""Rate limits: throughput against a server that refuses a steady 10 % of calls with HTTP 429, and how many
calls go out while a ``Retry-After`` runs.

The server (``tests/fault_server.py``, its own process) answers every call after ``DELAY_S`` and draws a
429 for each arrival with probability ``REFUSED`` (no ``Retry-After``: random refusals, not a capacity
signal). ``CONCURRENCY / DELAY_S`` calls a second is what it allows. Measured for the backend as shipped
(the limit halves at most once per cool-down window) and with the window set to zero (it halves on every
fresh 429, as before), next to the same server without refusals. Then one 429 with ``Retry-After: 2``:
calls that arrive before it has passed should be none.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from cot_synth.backends.base import Request
from cot_synth.backends.openai_backend import OpenAIBackend
from tests.fault_server import FaultServer

CONCURRENCY = 16
DELAY_S = 0.2
REFUSED = 0.1
REQUESTS = 800
RETRY_AFTER_S = 2


def _requests(count: int, tag: str) -> list[Request]:
    return [
        Request.build("openai", "m", [{"role": "user", "content": f"{tag} {i}"}], seed=i)
        for i in range(count)
    ]


def _drive(backend: OpenAIBackend, requests: list[Request]) -> dict[str, Any]:
    """Run the requests; sample the concurrency limit every 50 ms."""

    async def scenario() -> tuple[int, list[int]]:
        limits: list[int] = []
        done = asyncio.Event()

        async def sample() -> None:
            while not done.is_set():
                limits.append(backend.concurrency_limit)
                await asyncio.sleep(0.05)

        sampler = asyncio.create_task(sample())
        answered = sum([1 async for _, o in backend.generate(requests) if not isinstance(o, Exception)])
        done.set()
        await sampler
        return answered, limits

    started = time.perf_counter()
    answered, limits = asyncio.run(scenario())
    seconds = time.perf_counter() - started
    return {
        "answered": answered,
        "seconds": round(seconds, 2),
        "calls_per_s": round(answered / seconds, 1),
        "share_of_allowed": round(answered / seconds / (CONCURRENCY / DELAY_S), 3),
        "limit_mean": round(statistics.fmean(limits), 2),
        "limit_lowest": backend.limiter.lowest_limit,
        "rate_limited": backend.rate_limited,
    }


def _throughput(folder: Path, name: str, refused: float, **limiter: float) -> dict[str, Any]:
    rules = [{"fault": "status", "status": 429, "chance": refused}] if refused else []
    with FaultServer(folder / f"{name}.jsonl", delay_s=DELAY_S, rules=rules, seed=1) as server:
        backend = OpenAIBackend("m", server.base_url, "EMPTY", concurrency=CONCURRENCY, max_attempts=20)
        for key, value in limiter.items():
            setattr(backend.limiter, key, value)
        return _drive(backend, _requests(REQUESTS, name))


def _retry_after(folder: Path) -> dict[str, Any]:
    rule = {"fault": "status", "status": 429, "headers": {"Retry-After": str(RETRY_AFTER_S)}, "first": 1}
    with FaultServer(folder / "retry_after.jsonl", delay_s=DELAY_S, rules=[rule]) as server:
        backend = OpenAIBackend("m", server.base_url, "EMPTY", concurrency=CONCURRENCY)
        _drive(backend, _requests(4 * CONCURRENCY, "pause"))
        arrivals = server.arrivals()
    told = next(a["t"] for a in arrivals if a["outcome"] == "429") + DELAY_S  # the 429 left after the delay
    during = [a for a in arrivals if told < a["t"] < told + RETRY_AFTER_S - 0.05]
    return {"retry_after_s": RETRY_AFTER_S, "calls_sent_during_it": len(during)}


def run() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        return {
            "concurrency": CONCURRENCY,
            "delay_s": DELAY_S,
            "allowed_calls_per_s": CONCURRENCY / DELAY_S,
            "requests": REQUESTS,
            "no_429": _throughput(folder, "clean", 0.0),
            "random_429_cooldown_window": _throughput(folder, "window", REFUSED),
            "random_429_halve_on_each": _throughput(
                folder, "each", REFUSED, min_cooldown_s=0.0, cooldown_latencies=0.0
            ),
            "retry_after": _retry_after(folder),
        }
