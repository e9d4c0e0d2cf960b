"""In-process vLLM on CPUs: the engine core in its own process (vLLM's default) vs in this one (cot_synth's
default on CPUs, and what ``--reproducible`` asks for everywhere).

The same ``generate`` job runs as a user runs it, in a subprocess, with ``VLLM_ENABLE_V1_MULTIPROCESSING``
set each way; the arms alternate. Reported: the job's generate time (engine start included, as a user
waits for it), output tokens per second of it, and whether the in-process runs wrote the same bytes.
Needs vLLM (``make test`` installs its CPU build).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from cot_synth import runfolder
from cot_synth.backends.vllm_backend import MULTIPROCESSING_ENV

ITEMS, MAX_TOKENS, REPEATS = 16, 128, 2
ARMS = {"engine_process": "1", "in_process": "0"}


def _generate(out: Path, multiprocessing: str) -> dict:
    job = [
        sys.executable, "-m", "cot_synth", "generate", "--backend", "vllm", "--enforce-eager",
        "--limit", str(ITEMS), "--max-tokens", str(MAX_TOKENS), "--blind-attempts", "1",
        "--hinted-attempts", "0", "--no-progress", "--out", str(out),
    ]  # fmt: skip
    env = {**os.environ, MULTIPROCESSING_ENV: multiprocessing}
    env.setdefault("VLLM_CPU_KVCACHE_SPACE", "2")  # GiB: on CPUs vLLM otherwise reserves 92 % of memory
    subprocess.run(job, env=env, check=True, capture_output=True, timeout=1800)
    manifest = json.loads((out / runfolder.MANIFEST).read_text())
    seconds = manifest["timings_s"]["generate"]
    return {"generate_s": seconds, "tokens_per_s": manifest["attempts"]["completion_tokens"] / seconds}


def run() -> dict:
    runs: dict[str, list[dict]] = {arm: [] for arm in ARMS}
    outputs: list[bytes] = []
    with tempfile.TemporaryDirectory() as tmp:
        for repeat in range(REPEATS):
            for arm, multiprocessing in ARMS.items():
                out = Path(tmp) / f"{arm}{repeat}"
                runs[arm].append(_generate(out, multiprocessing))
                if arm == "in_process":
                    outputs.append(b"".join((out / name).read_bytes() for name in runfolder.RECORD_FILES))
    tps = {arm: statistics.median(r["tokens_per_s"] for r in results) for arm, results in runs.items()}
    return {
        "items": ITEMS,
        "max_tokens": MAX_TOKENS,
        "generate_s": {arm: [round(r["generate_s"], 1) for r in results] for arm, results in runs.items()},
        "tokens_per_s": {arm: round(t, 1) for arm, t in tps.items()},
        "in_process_vs_engine_process": round(tps["in_process"] / tps["engine_process"], 2),
        "in_process_runs_identical": len(set(outputs)) == 1,
    }
