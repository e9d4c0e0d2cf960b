"""Long walks of every option, read from the dev halves of ``probes/longs.jsonl`` and ``longs2.jsonl`` (two
independent writers' sets, split by style before any measuring): another option held equal to the answer in
the paragraphs that lead into an answer line of its own ("I'd regard D and E as equally valid answers.\n\n
Answer: E", "C is no worse an answer than B", "either could be the answer") is a hedge; "i." opening a line of
an outline is no letter; an option "would be expected to show …", a drug "of choice for akathisia", "the row
that needs the most thought" and "the closest competitor" are no picks. The sets keep their counts
(``tests/test_judging_conclusions.py``)."""

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


HYPERTHERMIA = (
    "Rigidity, a surge in end-tidal CO2 to 85 mm Hg, tachycardia and a rising temperature minutes into a "
    "general anaesthetic are malignant hyperthermia."
)


@pytest.mark.parametrize(
    "lead",
    [
        "Then again, bromocriptine could equally be argued; C is no worse an answer than B.",
        "I can't separate B from D: cyproheptadine fits about as well, and either could be the answer.",
    ],
)
@pytest.mark.parametrize("answer", ["Answer: B", "Final answer: $\\boxed{\\text{B}}$"])
def test_more_ways_to_hold_another_option_equal_before_the_answer(judge, lead, answer):
    mcq, case = probe_items("longs2")["item1"]
    verdict = judge.judge(mcq, case + HYPERTHERMIA + " " + lead + "\n\n" + answer, "stop")
    assert not verdict.accepted and "multiple_answers" in verdict.reasons, verdict
    verdict = judge.judge(mcq, case + HYPERTHERMIA + "\n\n" + answer, "stop")
    assert verdict.accepted, verdict


@pytest.mark.parametrize(
    "aside",
    [
        "The row that needs the most thought is Bromocriptine (C).",
        "The closest competitor is cyproheptadine (D).",
    ],
)
def test_an_option_singled_out_for_discussion_is_no_pick(judge, aside):
    mcq, case = probe_items("longs2")["item1"]
    body = f"{HYPERTHERMIA} {aside} Neither fits minutes into an anaesthetic.\n\nAnswer: B"
    verdict = judge.judge(mcq, case + body, "stop")
    assert verdict.accepted, verdict


@pytest.mark.parametrize(
    ("closing", "accepted"),
    [
        ("This is almost certainly malignant hyperthermia.", True),
        # what the question asks, said of another option, still contradicts the letter
        ("The most appropriate treatment is bromocriptine.", False),
    ],
)
def test_what_the_question_only_qualifies_is_not_what_it_asks(judge, closing, accepted):
    mcq, case = probe_items("longs2")[
        "item1"
    ]  # "… the most appropriate treatment for this patient's condition?"
    verdict = judge.judge(mcq, case + HYPERTHERMIA + "\n\n" + closing + "\n\nAnswer: B", "stop")
    assert verdict.accepted is accepted, verdict
