"""The rule judge measured on the labelled traces in tests/data/judge/, by split and by category.

The labelled set was split before the judge was tuned (tests/data/judge/README.md): ``dev`` is what the
rules were tuned on, ``heldout`` was written independently and only measures. Each labelled row carries
``expected_answer`` (the letter a careful reader says the trace concludes with, or null),
``expected_accept`` and ``expected_reasons`` (codes that must be reported). Figures per split: decision
accuracy, false accepts (a reject labelled trace accepted: it would poison a training set), false
rejects (a good, paid-for trace thrown away), the same per category, reason recall and extraction
accuracy; then throughput on one core (one pass, caches cold) and the time for one degenerate 25,000-character
trace.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from cot_synth.content import ContentDir
from cot_synth.judging.rules import RuleJudge
from cot_synth.records import MCQ, Verdict

LABELLED = Path(__file__).resolve().parent.parent / "tests" / "data" / "judge"
SPLITS = ("dev", "heldout")
# Categories where one false accept is one poisoned sample too many (the target: zero).
ZERO_FALSE_ACCEPTS = ("reject_wrong", "reject_leak", "reject_injection")


def load_labelled(split: str | None = None, folder: Path = LABELLED) -> list[dict[str, Any]]:
    """Every labelled row of one split (``dev_*.jsonl`` or ``heldout_*.jsonl``), or of both."""
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        if split is None or path.name.startswith(f"{split}_"):
            rows += [
                json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            ]
    return rows


def category(row: dict[str, Any]) -> str:
    """The row's category; the first hand-written set has none, so its rows count as accept or reject."""
    return row.get("category") or ("original_accept" if row["expected_accept"] else "original_reject")


def mcq_of(row: dict[str, Any]) -> MCQ:
    """The item a labelled row's trace answers."""
    gold = row["answer_idx"]
    return MCQ(row["id"], row["question"], row["options"], gold, row["options"][gold])


def judge_rows(judge: RuleJudge, rows: list[dict[str, Any]]) -> list[Verdict]:
    return [judge.judge(mcq_of(r), r["trace"], r["finish_reason"], r["mode"]) for r in rows]


def score(rows: list[dict[str, Any]], verdicts: list[Verdict]) -> dict[str, Any]:
    """Agreement of verdicts with the labels; ``errors`` lists every wrong decision by row id."""
    pairs = list(zip(rows, verdicts, strict=True))
    by_category: dict[str, Counter[str]] = defaultdict(Counter)
    for r, v in pairs:
        tally = by_category[category(r)]
        tally["traces"] += 1
        tally["right"] += v.accepted == r["expected_accept"]
        tally["false_accepts"] += v.accepted and not r["expected_accept"]
        tally["false_rejects"] += r["expected_accept"] and not v.accepted
    rejects = [(r, v) for r, v in pairs if not r["expected_accept"] and not v.accepted]
    right = sum(t["right"] for t in by_category.values())
    return {
        "traces": len(rows),
        "labelled_accept": sum(r["expected_accept"] for r in rows),
        "decision_accuracy": round(right / len(rows), 4) if rows else None,
        "false_accepts": sum(t["false_accepts"] for t in by_category.values()),
        "false_rejects": sum(t["false_rejects"] for t in by_category.values()),
        "accepted_not_gold": sum(v.extracted_answer != r["answer_idx"] for r, v in pairs if v.accepted),
        "reason_recall": round(
            sum(set(r["expected_reasons"]) <= set(v.reasons) for r, v in rejects) / len(rejects), 4
        )
        if rejects
        else None,
        "extraction_accuracy": round(
            sum(r["expected_answer"] == v.extracted_answer for r, v in pairs) / len(rows), 4
        )
        if rows
        else None,
        "by_category": {name: dict(tally) for name, tally in sorted(by_category.items())},
        "errors": [
            {
                "id": r["id"],
                "category": category(r),
                "expected": [r["expected_answer"], r["expected_accept"], r["expected_reasons"]],
                "got": [v.extracted_answer, v.accepted, list(v.reasons)],
            }
            for r, v in pairs
            if v.accepted != r["expected_accept"]
        ],
    }


def targets(result: dict[str, Any]) -> dict[str, bool]:
    """The issue's targets, each true or false, so a regression is visible in the JSON."""
    heldout, dev = result["heldout"], result["dev"]
    return {
        "heldout_accuracy_at_least_0.97": heldout["decision_accuracy"] >= 0.97,
        "heldout_no_false_accepts_in_wrong_leak_injection": all(
            heldout["by_category"].get(c, {}).get("false_accepts", 0) == 0 for c in ZERO_FALSE_ACCEPTS
        ),
        "dev_accuracy_1.0": dev["decision_accuracy"] == 1.0,
        "at_least_300_traces_per_s": result["traces_per_s"] >= 300,
    }


def run() -> dict:
    judge = RuleJudge.from_content(ContentDir.resolve("judges", None))
    result: dict[str, Any] = {}
    traces, seconds = 0, 0.0
    for split in SPLITS:
        split_rows = load_labelled(split)
        started = time.perf_counter()
        verdicts = judge_rows(judge, split_rows)
        seconds += time.perf_counter() - started
        traces += len(split_rows)
        result[split] = score(split_rows, verdicts)
        if split == "heldout":  # counts only: an error's id is a pointer into a set nobody tuning may read
            del result[split]["errors"]
    # one pass, as a user judges a fresh dataset: passes over the same rows again would time the per-item
    # caches instead (they hold 4,096 items, and the labelled set has about that many)
    result["traces_per_s"] = round(traces / seconds, 1)
    loop = MCQ("loop", "Which drug?", {"A": "a", "B": "b", "C": "c", "D": "d"}, "D", "d")
    started = time.perf_counter()
    judge.judge(loop, "The answer is B, " * 1500, "length")
    result["degenerate_25k_chars_s"] = round(time.perf_counter() - started, 3)
    result["targets"] = targets(result)
    return result
