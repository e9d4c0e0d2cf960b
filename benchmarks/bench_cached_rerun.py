"""A finished run rebuilt from its cache: how long, versus the run that paid for the calls."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from cot_synth.config import GenerateConfig
from cot_synth.pipeline import run_generate


def run() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        config = GenerateConfig(out=Path(tmp) / "run", limit=20, max_tokens=256)
        started = time.perf_counter()
        first = run_generate(config)
        paid_s = time.perf_counter() - started
        started = time.perf_counter()
        second = run_generate(config)
        cached_s = time.perf_counter() - started
    return {
        "items": first.read,
        "model_calls_first": first.model_calls,
        "model_calls_rerun": second.model_calls,
        "first_run_s": round(paid_s, 2),
        "cached_rerun_s": round(cached_s, 2),
        "speedup": round(paid_s / cached_s, 1),
    }
