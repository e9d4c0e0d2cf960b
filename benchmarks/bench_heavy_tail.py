"""The default attempt schedule against a heavy-tailed server: how close the generate stage comes to the
ideal, total call time ÷ concurrency.

The server (``tests/fault_server.py``) draws each call's latency from a log-normal with median
``MEDIAN_S`` and 99th percentile ``P99_S``; its replies conclude nothing, so every item makes all its
attempts (2 blind + 1 hinted). Run in rounds, every round would wait for its slowest call while the other
slots idle; each item on its own (the HTTP schedule) keeps every slot busy. Both are measured on the same
server: the round schedule by telling the backend it batches. Target: ratio ≥ 0.9 for the HTTP schedule.
"""

from __future__ import annotations

import json
import math
import statistics
import tempfile
from pathlib import Path

from cot_synth import runfolder
from cot_synth.backends.openai_backend import OpenAIBackend
from cot_synth.config import GenerateConfig
from cot_synth.pipeline import run_generate
from tests.conftest import MEDQA
from tests.fault_server import FaultServer

CONCURRENCY = 64
ITEMS = 3000  # enough work that the last calls' tail (p99.9 ≈ 7 s) is a small part of the run
MEDIAN_S = 0.2
P99_S = 3.0
SIGMA = math.log(P99_S / MEDIAN_S) / statistics.NormalDist().inv_cdf(0.99)


def _measure(batches: bool) -> dict:
    """One run of the whole job; the ideal comes from the latencies the server really drew."""
    OpenAIBackend.batches = batches
    with tempfile.TemporaryDirectory() as tmp:
        with FaultServer(Path(tmp) / "arrivals.jsonl", delay_s=MEDIAN_S, spread=SIGMA) as server:
            config = GenerateConfig(
                input=str(MEDQA / "phrases_no_exclude_train.reconstructed.jsonl"), limit=ITEMS,
                out=Path(tmp) / "run", backend="openai", model="m", base_url=server.base_url,
                api_key_env="COT_SYNTH_BENCH_NO_SUCH_KEY", concurrency=CONCURRENCY, request_timeout_s=60,
            )  # fmt: skip
            run_generate(config)
            arrivals = server.arrivals()
        manifest = json.loads((Path(tmp) / "run" / runfolder.MANIFEST).read_text())
    seconds = manifest["timings_s"]["generate"]
    ideal = sum(a["delay"] for a in arrivals) / CONCURRENCY
    return {
        "calls": len(arrivals),
        "seconds": seconds,
        "ideal_s": round(ideal, 2),
        "ratio": round(ideal / seconds, 3),
    }


def run() -> dict:
    original = OpenAIBackend.batches
    try:
        items_on_their_own = _measure(batches=False)
        rounds = _measure(batches=True)
    finally:
        OpenAIBackend.batches = original
    return {
        "concurrency": CONCURRENCY,
        "items": ITEMS,
        "latency": {"median_s": MEDIAN_S, "p99_s": P99_S, "sigma": round(SIGMA, 3)},
        "items_on_their_own": items_on_their_own,
        "rounds": rounds,
        "speedup": round(rounds["seconds"] / items_on_their_own["seconds"], 2),
    }
