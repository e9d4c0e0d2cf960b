"""Long walks of every option, read from the dev half of ``probes/longs.jsonl`` (an independent writer's set,
split by style before any measuring): another option held equal to the answer in the paragraphs that lead
into an answer line of its own ("I'd regard D and E as equally valid answers.\\n\\nAnswer: E") is a hedge;
"i." opening a line of an outline is no letter; an option "would be expected to show …" and a drug "of
choice for akathisia" are no picks. The set keeps its counts (``tests/test_judging_conclusions.py``)."""

from __future__ import annotations

import pytest

from tests.probe_sets import probe_items

ZINC = (
    "Zinc gives the periorificial rash, the alopecia and the taste change, and her resections explain the "
    "loss; iron deficiency is more common in Crohn disease and explains the hair loss too."
)


@pytest.mark.parametrize(
    "lead, accepted",
    [
        ("I'd regard D and E as equally valid answers.", False),
        ("I'll write zinc, but iron is just as good in my book.", False),
        ("Iron and zinc are equally good explanations, and either would be a fair answer.", False),
        # no equal standing, or revised after it
        ("Zinc explains all three findings; iron explains only the hair.", True),
        ("I first thought iron was just as good. On reflection, zinc explains all three findings.", True),
    ],
)
def test_another_option_held_equal_before_the_answer_line_is_a_hedge(judge, lead, accepted):
    mcq, case = probe_items("longs")["item1"]
    verdict = judge.judge(mcq, case + ZINC + "\n\n" + lead + "\n\nAnswer: E", "stop")
    assert verdict.accepted is accepted, verdict
    assert accepted or "multiple_answers" in verdict.reasons, verdict


def test_a_hedge_two_paragraphs_before_the_answer_still_counts(judge):
    mcq, case = probe_items("longs")["item1"]
    body = (
        ZINC
        + " Iron and zinc are equally good explanations.\n\nWe will check ferritin and zinc.\n\nAnswer: E"
    )
    assert not judge.judge(mcq, case + body, "stop").accepted
    body = ZINC + " Zinc explains more.\n\nWe will check ferritin and zinc.\n\nAnswer: E"
    assert judge.judge(mcq, case + body, "stop").accepted


def test_an_outline_numeral_is_no_letter(judge):
    mcq, case = probe_items("longs")["item1"]
    body = (
        ZINC
        + "\n\nIV. Conclusion\n   i. Answer: E — zinc deficiency\n   ii. Management: oral zinc replacement"
    )
    verdict = judge.judge(mcq, case + body, "stop")
    assert verdict.accepted and verdict.extracted_answer == "E", verdict


@pytest.mark.parametrize(
    "remark",
    [
        'Losartan (A): an ARB would be expected to show up as "hyperkalemia", and the labs are normal.',
        "(E) propranolol is the drug of choice for akathisia, which he does not have.",
    ],
)
def test_an_option_expected_to_show_something_or_of_choice_for_another_condition_is_no_pick(judge, remark):
    item = "item3" if remark.startswith("Losartan") else "item2"
    mcq, case = probe_items("longs")[item]
    verdict = judge.judge(mcq, case + remark + f"\n\nAnswer: {mcq.answer_idx}", "stop")
    assert verdict.accepted, verdict
