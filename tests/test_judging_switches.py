"""Answers changed out loud, read from the dev half of ``probes/switches.jsonl`` (an independent writer's set,
split by style before any measuring): more revision markers ("That was hasty.", "Update: changing this
answer.", "Correction to the line above:", a line "CORRECTION", "I'm re-ranking", "my top pick was wrong",
"Revised impression:", "that finding changes my answer"), a marker opening a list item ("- Actually, no:"),
and an answer struck through in markdown ("~~Answer: C~~"). The set keeps its counts
(``tests/test_judging_conclusions.py``)."""

from __future__ import annotations

import pytest

from tests.probe_sets import probe_items

REASONS = (
    " No fever is reported and nothing predisposes her to endocarditis; the echo shows a mass on the atrial "
    "septum, and the positional dyspnoea and syncope fit a tumour that intermittently obstructs the valve."
)


@pytest.mark.parametrize(
    "marker",
    [
        "That was hasty.",
        "Update: changing this answer.",
        "Correction to the line above: endocarditis does not fit.",
        "CORRECTION\n",
        "I'm re-ranking.",
        "My top pick was wrong.",
        "Revised impression:",
        "That finding changes my answer:",
    ],
)
def test_a_revision_marker_lets_the_answer_change(judge, marker):
    mcq, case = probe_items("switches")["item2"]
    first = "Answer so far: C (subacute infective endocarditis)\n\n"
    verdict = judge.judge(mcq, case + first + marker + REASONS + "\n\nAnswer: E", "stop")
    assert verdict.accepted, verdict
    # the same change with no marker is two answers
    verdict = judge.judge(mcq, case + first + REASONS.strip() + "\n\nAnswer: E", "stop")
    assert not verdict.accepted and "multiple_answers" in verdict.reasons, verdict


def test_a_revision_marker_may_open_a_list_item(judge):
    mcq, case = probe_items("switches")["item3"]
    lines = [
        "- Poor feeding, lethargy, hypothermia → sepsis? Pick A.",
        "- {}the defining finding is diffuse petechiae and bruising with abuse excluded.",
        "- Home delivery, no postnatal care → no vitamin K injection at birth.",
        "- Final pick: **D**.",
    ]
    revised = case + "\n".join(lines).format("Actually, no: ")
    assert judge.judge(mcq, revised, "stop").accepted
    unrevised = judge.judge(mcq, case + "\n".join(lines).format("But "), "stop")
    assert not unrevised.accepted and "multiple_answers" in unrevised.reasons, unrevised


@pytest.mark.parametrize(("struck", "accepted"), [("~~Final answer: C~~", True), ("Final answer: C", False)])
def test_an_answer_struck_through_is_no_answer(judge, struck, accepted):
    mcq, case = probe_items("switches")["item1"]
    body = (
        f"{struck}\n\nAnaplasmosis puts morulae in granulocytes, and this smear has organisms inside the red "
        "cells, extracellular rings and tetrads. Final answer: B."
    )
    assert judge.judge(mcq, case + body, "stop").accepted is accepted
