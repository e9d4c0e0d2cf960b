"""A finished 10k-row job rebuilt from its cache: the whole MedQA train split, seconds not minutes.

The cache is filled through a local OpenAI-compatible server that answers at once (tests/fault_server.py,
no faults), with the default attempt schedule, then the same job runs again: every output is rebuilt from
the cache (prepared set, responses, verdicts; the report only if what it shows changed) with zero model
calls, first in this process, then as the whole ``python -m cot_synth generate`` command (imports included).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
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
        process_s = _timed_command(config)
    return {
        "rows": first.read,
        "generated_items": first.generated,
        "model_calls_fill": first.model_calls,
        "model_calls_rerun": rerun.model_calls,
        "fill_s": round(fill_s, 1),
        "rerun_s": round(rerun_s, 1),
        "rerun_ms_per_item": round(1000 * rerun_s / max(rerun.generated, 1), 2),
        "rerun_process_s": round(process_s, 1),
    }


def _timed_command(config: GenerateConfig) -> float:
    """Seconds of the same job as a user runs it: a fresh interpreter, imports and all."""
    command = [
        sys.executable, "-m", "cot_synth", "generate", "--input", str(config.input), "--out", str(config.out),
        "--backend", "openai", "--model", str(config.model), "--base-url", str(config.base_url),
        "--api-key-env", config.api_key_env, "--concurrency", str(config.concurrency), "--no-progress",
    ]  # fmt: skip
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started
