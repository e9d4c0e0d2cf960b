"""Wall time of one ``run_generate``: the measurement most benchmarks share."""

from __future__ import annotations

import time

from cot_synth.config import GenerateConfig
from cot_synth.pipeline import RunSummary, run_generate


def timed_generate(config: GenerateConfig) -> tuple[RunSummary, float]:
    """The run's summary and its seconds, start to finish (prepare, calls, judging, outputs)."""
    started = time.perf_counter()
    summary = run_generate(config)
    return summary, time.perf_counter() - started
