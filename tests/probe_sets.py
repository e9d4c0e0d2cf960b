"""The probe sets of ``data/judge/probes/``: an independent writer's items, each with a case (a reasoning
body that decides nothing) and snippets appended to it, labelled and split by style before any tuning."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from cot_synth.judging.rules import RuleJudge
from cot_synth.records import MCQ

PROBES = Path(__file__).parent / "data" / "judge" / "probes"


def probe_rows(name: str) -> list[dict]:
    """Every row of ``probes/<name>.jsonl``: items first, then snippets."""
    text = (PROBES / f"{name}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def probe_items(name: str) -> dict[str, tuple[MCQ, str]]:
    """The set's items by id: the item and its case."""
    return {
        r["id"]: (
            MCQ(r["id"], r["question"], r["options"], r["answer_idx"], r["options"][r["answer_idx"]]),
            r["case"],
        )
        for r in probe_rows(name)
        if r["kind"] == "item"
    }


def right_decisions(judge: RuleJudge, name: str) -> Counter[tuple[str, str]]:
    """Right decisions by (split, kind) on a set whose snippets carry ``expected_accept``: a reject rejected,
    an accept accepted with the gold letter."""
    items, right = probe_items(name), Counter[tuple[str, str]]()
    for row in (r for r in probe_rows(name) if r["kind"] != "item"):
        mcq, case = items[row["item"]]
        verdict = judge.judge(mcq, case + row["snippet"], "stop")
        if row["expected_accept"]:
            right[row["split"], row["kind"]] += (
                verdict.accepted and verdict.extracted_answer == mcq.answer_idx
            )
        else:
            right[row["split"], row["kind"]] += not verdict.accepted
    return right
