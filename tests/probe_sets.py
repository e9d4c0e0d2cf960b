"""The probe sets of ``data/judge/probes/``: an independent writer's items, each with a case (a reasoning
body that decides nothing) and snippets appended to it, labelled and split by style before any tuning."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
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
    return _items(probe_rows(name))


def _items(rows: list[dict]) -> dict[str, tuple[MCQ, str]]:
    return {
        r["id"]: (
            MCQ(r["id"], r["question"], r["options"], r["answer_idx"], r["options"][r["answer_idx"]]),
            r["case"],
        )
        for r in rows
        if r["kind"] == "item"
    }


def right_decisions(
    judge: RuleJudge,
    name: str,
    expected_accept: Callable[[dict], bool] = lambda row: row["expected_accept"],
) -> Counter[tuple[str, str]]:
    """Right decisions by (split, kind): a reject rejected, an accept accepted with the gold letter. A
    snippet's label is its ``expected_accept`` field unless the set says it by kind (``expected_accept``)."""
    rows = probe_rows(name)
    items, right = _items(rows), Counter[tuple[str, str]]()
    for row in (r for r in rows if r["kind"] != "item"):
        mcq, case = items[row["item"]]
        verdict = judge.judge(mcq, case + row["snippet"], "stop")
        if expected_accept(row):
            right[row["split"], row["kind"]] += (
                verdict.accepted and verdict.extracted_answer == mcq.answer_idx
            )
        else:
            right[row["split"], row["kind"]] += not verdict.accepted
    return right
