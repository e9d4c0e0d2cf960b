"""A finished run rebuilt from its cache: how long, versus the run that paid for the calls."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.timing import timed_generate
from cot_synth.config import GenerateConfig


def run() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        config = GenerateConfig(out=Path(tmp) / "run", limit=20, max_tokens=256)
        first, paid_s = timed_generate(config)
        second, cached_s = timed_generate(config)
    return {
        "items": first.read,
        "model_calls_first": first.model_calls,
        "model_calls_rerun": second.model_calls,
        "first_run_s": round(paid_s, 2),
        "cached_rerun_s": round(cached_s, 2),
        "speedup": round(paid_s / cached_s, 1),
    }
