"""A finished 10k-row job run again: the whole MedQA train split, seconds not minutes.

The cache is filled through a local OpenAI-compatible server that answers at once (tests/fault_server.py,
no faults), with the default attempt schedule; the server then stops, so a single miss would fail its
calls. Two reruns a user meets, each as the whole ``python -m cot_synth generate`` command (imports
included): the same command on the finished folder, whose outputs are current and kept (``uptodate``),
and a rebuild of every output from the cache (prepared set, responses, verdicts; the report only if what
it shows changed), forced by deleting the manifest; the rebuild also in this process, per item.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.timing import timed_generate
from cot_synth import runfolder
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
        manifest = config.out / runfolder.MANIFEST
        manifest.unlink()
        rebuilt, rebuild_s = timed_generate(config)
        manifest.unlink()
        rebuild_process_s = _timed_command(config)
        current_process_s = _timed_command(config)
        current = "outputs already current" in (config.out / runfolder.RUN_LOG).read_text().splitlines()[-1]
    return {
        "rows": first.read,
        "generated_items": first.generated,
        "model_calls_fill": first.model_calls,
        "model_calls_rebuild": rebuilt.model_calls,
        "fill_s": round(fill_s, 1),
        "rebuild_s": round(rebuild_s, 1),
        "rebuild_ms_per_item": round(1000 * rebuild_s / max(rebuilt.generated, 1), 2),
        "rebuild_process_s": round(rebuild_process_s, 2),
        "current_process_s": round(current_process_s, 2),
        "current_kept": current,
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
