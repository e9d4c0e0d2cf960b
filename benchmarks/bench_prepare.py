"""``prepare`` on the whole real MedQA train split (10,178 rows), near-duplicates and balancing included.

Measured as a user runs it (a fresh ``python -m cot_synth prepare`` process, imports included): wall time,
and the CPU seconds of that process, which on these shared 2-core machines is the steadier figure (wall
time grows with whatever else runs). Per-stage wall times come from the report it writes.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.conftest import MEDQA

TRAIN = MEDQA / "phrases_no_exclude_train.reconstructed.jsonl"


def run() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "prepared"
        command = [
            sys.executable,
            "-m",
            "cot_synth",
            "prepare",
            "--input",
            str(TRAIN),
            "--out",
            str(out),
            "--balance",
        ]
        cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, text=True)
        wall_s = time.perf_counter() - started
        cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        report = json.loads((out / "prepare_report.json").read_text())
    counts, gold = report["counts"], report["gold"]
    return {
        "rows": counts["read"],
        "kept": counts["kept"],
        "quarantined": counts["quarantined"],
        "removed_by_reason": counts["removed_by_reason"],
        "gold_before": gold["before"],
        "gold_after": gold["after"],
        "kept_in_place": gold["kept_in_place"],
        "wall_s": round(wall_s, 2),
        "cpu_s": round(
            sum(getattr(cpu_after, f) - getattr(cpu_before, f) for f in ("ru_utime", "ru_stime")), 2
        ),
        "rows_per_s": round(counts["read"] / wall_s),
        "stages_s": report["timings_s"],
    }
