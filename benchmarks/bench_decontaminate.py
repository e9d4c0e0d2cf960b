"""Decontamination: MedQA train against the usual medical benchmarks, and its precision and recall on pairs
labelled by reading them (``tests/data/decontamination/pairs.jsonl``).

Speed is measured in this process as ``prepare`` does it: read and clean the four benchmark files, build the
index, match every one of the 10,178 train items (the target: ≤ 10 s on 2 cores). Wall and CPU seconds are
both given: on these shared machines CPU seconds are the steadier figure.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from cot_synth.clean.decontaminate import BenchmarkIndex, thresholds
from cot_synth.clean.validate import clean
from cot_synth.ingest.readers import load_source
from cot_synth.records import MCQ
from tests.conftest import MEDQA

PAIRS = Path(__file__).resolve().parent.parent / "tests" / "data" / "decontamination" / "pairs.jsonl"
TRAIN = "phrases_no_exclude_train.reconstructed.jsonl"
BENCHMARKS = (
    "phrases_no_exclude_test.jsonl",  # MedQA test, 4 options
    "us_5options/test.jsonl",  # MedQA test, 5 options
    "medmcqa/test.jsonl",  # MedMCQA dev
    "pubmedqa/test.jsonl",  # PubMedQA test
)


def load_items(name: str) -> list[MCQ]:
    return clean(load_source(str(MEDQA / name))).mcqs


def load_pairs() -> list[dict[str, Any]]:
    return [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_pairs(index: BenchmarkIndex, train: dict[int, MCQ], pairs: list[dict[str, Any]]) -> dict[str, Any]:
    """Precision and recall of the decision on labelled (train row, benchmark row) pairs."""
    outcome: Counter[str] = Counter()
    for pair in pairs:
        flagged = index.match(train[pair["train_row"]]) is not None
        same = pair["label"] == "same"
        outcome["tp" if flagged and same else "fp" if flagged else "fn" if same else "tn"] += 1
    flagged, same = outcome["tp"] + outcome["fp"], outcome["tp"] + outcome["fn"]
    return {
        "pairs": len(pairs),
        "precision": round(outcome["tp"] / flagged, 3) if flagged else None,
        "recall": round(outcome["tp"] / same, 3) if same else None,
        **{k: outcome[k] for k in ("tp", "fp", "fn", "tn")},
    }


def run() -> dict[str, Any]:
    train_items = load_items(TRAIN)
    wall, cpu = time.perf_counter(), time.process_time()
    index = BenchmarkIndex((name, load_items(name)) for name in BENCHMARKS)
    indexed = time.perf_counter() - wall
    found = Counter(m.benchmark for m in map(index.match, train_items) if m is not None)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    train = {m.meta["row"]: m for m in train_items}
    pairs = load_pairs()
    return {
        "train_items": len(train_items),
        "benchmark_items": index.sizes,
        "index_shingles": len(index.index),
        "contaminated_by_benchmark": dict(found),
        "seconds": {"index": round(indexed, 2), "wall": round(wall, 2), "cpu": round(cpu, 2)},
        "thresholds": thresholds(),
        "labelled": {
            split: score_pairs(index, train, [p for p in pairs if p["split"] == split])
            for split in ("dev", "heldout")
        },  # fmt: skip
        "targets": {"at_most_10_s": wall <= 10.0},
    }
