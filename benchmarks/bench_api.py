"""API path throughput: requests/s against a server that answers after a fixed delay, vs concurrency ÷ delay.

The server (``tests/fault_server.py``: aiohttp, in its own process, no faults) answers every call after
``DELAY_S``; a client keeping ``CONCURRENCY`` calls in flight can at best finish ``CONCURRENCY / DELAY_S``
calls a second, so the ratio measures what the client side loses. Measured for the bare backend
(``OpenAIBackend.generate``) and for the whole ``generate`` pipeline (cache lookups and writes, judging,
outputs) on real MedQA rows with ``--backend openai`` pointed at the same server. Target: ratio ≥ 0.9.

Both sides' CPU time per request is recorded too: at 320 calls/s they need a fraction of one core, so a
ratio well below 1 with low CPU per call means the machine was busy with other work, not a slow client.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cot_synth.backends.base import Request
from cot_synth.backends.openai_backend import OpenAIBackend
from cot_synth.config import GenerateConfig
from cot_synth.pipeline import run_generate
from tests.conftest import MEDQA
from tests.fault_server import FaultServer

CONCURRENCY = 64
DELAY_S = 0.2
REQUESTS = 3000  # ~47 rounds of 64: the first connections and the last part-full round cost little


def _backend(base_url: str, out: Path) -> tuple[int, float]:
    """Requests answered and seconds taken by the bare backend."""
    backend = OpenAIBackend("m", base_url, "EMPTY", concurrency=CONCURRENCY, timeout_s=30)
    requests = [
        Request.build("openai", "m", [{"role": "user", "content": f"question {i} " * 50}], seed=i)
        for i in range(REQUESTS)
    ]

    async def drain() -> int:
        return sum(
            [1 async for _, outcome in backend.generate(requests) if not isinstance(outcome, Exception)]
        )

    started = time.perf_counter()
    answered = asyncio.run(drain())
    return answered, time.perf_counter() - started


def _pipeline(base_url: str, out: Path) -> tuple[int, float]:
    """Requests answered and seconds of the generate stage, through ``run_generate`` on MedQA rows."""
    config = GenerateConfig(
        input=str(MEDQA / "phrases_no_exclude_train.reconstructed.jsonl"),
        limit=REQUESTS,
        out=out,
        backend="openai",
        model="m",
        base_url=base_url,
        api_key_env="COT_SYNTH_BENCH_NO_SUCH_KEY",
        blind_attempts=1,
        concurrency=CONCURRENCY,
        request_timeout_s=30,
    )
    run_generate(config)
    manifest = json.loads((out / "manifest.json").read_text())
    answered = manifest["attempts"]["model_calls"] - manifest["attempts"]["failed_calls"]
    return answered, manifest["timings_s"]["generate"]


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _measure(path: Callable[[str, Path], tuple[int, float]]) -> dict:
    """One path against a fresh server; CPU seconds of both sides tell a slow client from a busy machine
    (the client's include its rule judge's process, which has ended and been waited for when ``path``
    returns; the server's are counted once it has been killed and waited for)."""
    with tempfile.TemporaryDirectory() as tmp:
        children_cpu = _children_cpu_s()
        with FaultServer(Path(tmp) / "arrivals.jsonl", delay_s=DELAY_S) as server:
            client_cpu = time.process_time()
            answered, seconds = path(server.base_url, Path(tmp) / "run")
            client_cpu = time.process_time() - client_cpu + _children_cpu_s() - children_cpu
            children_cpu = _children_cpu_s()
        server_cpu = _children_cpu_s() - children_cpu
    rate = answered / seconds
    return {
        "answered": answered,
        "seconds": round(seconds, 3),
        "requests_per_s": round(rate, 1),
        "ratio": round(rate / (CONCURRENCY / DELAY_S), 3),
        "client_cpu_ms_per_request": round(1000 * client_cpu / answered, 3),
        "server_cpu_ms_per_request": round(1000 * server_cpu / answered, 3),
    }


def run() -> dict:
    return {
        "concurrency": CONCURRENCY,
        "delay_s": DELAY_S,
        "requests": REQUESTS,
        "ideal_requests_per_s": CONCURRENCY / DELAY_S,
        "cpus": os.cpu_count(),
        "load_average_1m_before": round(os.getloadavg()[0], 2),
        "backend": _measure(_backend),
        "pipeline": _measure(_pipeline),
    }
