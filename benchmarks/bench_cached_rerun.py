"""A finished run again, versus the run that paid for the calls: rebuilt from its cache (the manifest
deleted first, as a user forces it), and kept as it is (the same command on the finished folder)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.timing import timed_generate
from cot_synth import runfolder
from cot_synth.config import GenerateConfig


def run() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        config = GenerateConfig(out=Path(tmp) / "run", limit=20, max_tokens=256)
        first, paid_s = timed_generate(config)
        (config.out / runfolder.MANIFEST).unlink()
        rebuilt, rebuild_s = timed_generate(config)
        kept, kept_s = timed_generate(config)
    return {
        "items": first.read,
        "model_calls_first": first.model_calls,
        "model_calls_rebuild": rebuilt.model_calls,
        "first_run_s": round(paid_s, 2),
        "rebuild_s": round(rebuild_s, 2),
        "rebuild_speedup": round(paid_s / rebuild_s, 1),
        "current_s": round(kept_s, 3),
        "current_kept": kept.current,
    }
