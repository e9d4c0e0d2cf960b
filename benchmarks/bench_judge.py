"""The rule judge measured on the labelled traces in tests/data/judge_traces.jsonl.

Each labelled row carries ``expected_answer`` (the letter a careful reader says the trace concludes
with, or null), ``expected_accept`` and ``expected_reasons`` (codes that must be reported). Figures:
precision and recall of acceptance, extraction accuracy, accepted traces whose conclusion is not the
gold answer (target 0), reason recall, throughput on the set, and the time for one degenerate
25,000-character trace (a looping generator with a large token limit), which must stay well under a second.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from cot_synth.content import ContentDir
from cot_synth.judging import RuleJudge
from cot_synth.records import MCQ, Verdict

LABELLED = Path(__file__).resolve().parent.parent / "tests" / "data" / "judge_traces.jsonl"


def load_labelled(path: Path = LABELLED) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def judge_rows(judge: RuleJudge, rows: list[dict[str, Any]]) -> list[Verdict]:
    return [
        judge.judge(
            MCQ(r["id"], r["question"], r["options"], r["answer_idx"], r["options"][r["answer_idx"]]),
            r["trace"],
            r["finish_reason"],
            r["mode"],
        )
        for r in rows
    ]


def score(rows: list[dict[str, Any]], verdicts: list[Verdict]) -> dict[str, Any]:
    """Agreement of verdicts with the labels; ``errors`` lists every disagreement by row id."""
    pairs = list(zip(rows, verdicts, strict=True))
    accepted = [(r, v) for r, v in pairs if v.accepted]
    true_accepts = sum(r["expected_accept"] for r, v in accepted)
    should_accept = sum(r["expected_accept"] for r in rows)
    extraction_ok = [r["expected_answer"] == v.extracted_answer for r, v in pairs]
    reasons_ok = [set(r["expected_reasons"]) <= set(v.reasons) for r, v in pairs if not r["expected_accept"]]
    errors = [
        {
            "id": r["id"],
            "expected": [r["expected_answer"], r["expected_accept"], r["expected_reasons"]],
            "got": [v.extracted_answer, v.accepted, list(v.reasons)],
        }  # fmt: skip
        for (r, v), ok in zip(pairs, extraction_ok, strict=True)
        if not ok or r["expected_accept"] != v.accepted or not set(r["expected_reasons"]) <= set(v.reasons)
    ]
    return {
        "traces": len(rows),
        "labelled_accept": should_accept,
        "accepted": len(accepted),
        "acceptance_precision": round(true_accepts / len(accepted), 4) if accepted else None,
        "acceptance_recall": round(true_accepts / should_accept, 4) if should_accept else None,
        "extraction_accuracy": round(sum(extraction_ok) / len(rows), 4),
        "accepted_not_gold": sum(r["expected_answer"] != r["answer_idx"] for r, _ in accepted),
        "reason_recall": round(sum(reasons_ok) / len(reasons_ok), 4) if reasons_ok else None,
        "by_source": dict(Counter(r["source"] for r in rows)),
        "errors": errors,
    }


def run() -> dict:
    judge = RuleJudge.from_content(ContentDir.resolve("judges", None))
    rows = load_labelled()
    started = time.perf_counter()
    rounds = 5
    for _ in range(rounds):
        verdicts = judge_rows(judge, rows)
    elapsed = time.perf_counter() - started
    loop = MCQ("loop", "Which drug?", {"A": "a", "B": "b", "C": "c", "D": "d"}, "D", "d")
    started = time.perf_counter()
    judge.judge(loop, "The answer is B, " * 1500, "length")
    degenerate_s = time.perf_counter() - started
    return {
        **score(rows, verdicts),
        "traces_per_s": round(rounds * len(rows) / elapsed, 1),
        "degenerate_25k_chars_s": round(degenerate_s, 3),
    }
