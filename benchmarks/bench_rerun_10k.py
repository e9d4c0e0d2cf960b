"""A finished 10k-row job rebuilt from its cache: the whole MedQA train split, seconds not minutes.

The cache is filled through a local OpenAI-compatible server that answers at once (tests/fault_server.py,
no faults), with the default attempt schedule, then the same command runs again: every output is rebuilt
from the cache (prepare, cache reads, judging, rendering, report) with zero model calls.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.timing import timed_generate
from cot_synth.config import GenerateConfig
from tests.conftest import MEDQA
from tests.fault_server import FaultServer


def run() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        with FaultServer(Path(tmp) / "arrivals.jsonl") as server:
            config = GenerateConfig(
                input=str(MEDQA / "phrases_no_exclude_train.reconstructed.jsonl"), out=Path(tmp) / "run",
                backend="openai", model="m", base_url=server.base_url,
                api_key_env="COT_SYNTH_BENCH_NO_SUCH_KEY", concurrency=64,
            )  # fmt: skip
            first, fill_s = timed_generate(config)
        rerun, rerun_s = timed_generate(config)  # the server is gone: a single miss would fail its calls
    return {
        "rows": first.read,
        "generated_items": first.generated,
        "model_calls_fill": first.model_calls,
        "model_calls_rerun": rerun.model_calls,
        "fill_s": round(fill_s, 1),
        "rerun_s": round(rerun_s, 1),
        "rerun_ms_per_item": round(1000 * rerun_s / max(rerun.generated, 1), 2),
    }
