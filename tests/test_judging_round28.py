"""Round 28: three writers on clean traces in unfamiliar shapes, among them PubMedQA's research abstracts,
whose options are only "yes", "no" and "maybe" (first score 88 % of the dev half). Fixed as general rules: a
form's filled bubble ("● A  yes", "(●) B") and an answer in markup ("<answer>C</answer>") are answers, and
the form's empty boxes and bubbles ("[ ] C: maybe", "○ B  no") commit to nothing and reopen nothing; an
option named in a question ("So was I right to say yes?") is no claim; in an exception question "B is not
the odd one out" rejects B as the answer."""

from __future__ import annotations

import pytest

from tests.conftest import gold_mcq

ABSTRACT = gold_mcq(
    "anastomosis",
    "Forty women had a rectal anastomosis during debulking surgery; three had a diverting stoma and one "
    "leak occurred in the whole series. Is it safe to perform a rectal anastomosis without a diverting "
    "stoma?",
    {"A": "yes", "B": "no", "C": "maybe"},
    "A",
)
APPRAISAL = (
    "One leak in forty anastomoses, almost all without diversion, is a rate at the low end of the published "
    "range; the series is small and retrospective, and stomas went to the patients judged at highest risk, "
    "so selection flatters it. Still, the data support the authors: without a routine stoma the anastomosis "
    "was safe in this population.\n\n"
)


@pytest.mark.parametrize(
    "form",
    [
        "Response for the editor's form:\n[x] A: yes\n[ ] B: no\n[ ] C: maybe",
        "Selected response:\n● A  yes\n○ B  no\n○ C  maybe",
        "<answer>A</answer>",
        "<final_answer>A — yes</final_answer>",
    ],
)
def test_a_forms_marked_option_is_the_answer_and_its_empty_ones_are_not(judge, form):
    verdict = judge.judge(ABSTRACT, APPRAISAL + form, "stop")
    assert verdict.accepted and verdict.extracted_answer == "A", verdict


def test_a_second_filled_box_is_still_a_second_answer(judge):
    verdict = judge.judge(ABSTRACT, APPRAISAL + "[x] A: yes\n[ ] B: no\n[x] C: maybe", "stop")
    assert not verdict.accepted, verdict


def test_an_option_named_in_a_question_is_no_claim(judge):
    body = (
        "The grouped comparison looked significant, so my first answer was no, B.\n\nWait. So was I right to "
        "say no? The primary analysis showed one leak in forty, and the comparison was post hoc. Correcting "
        "myself: the series supports safety.\n\nAnswer: A"
    )
    assert judge.judge(ABSTRACT, APPRAISAL + body, "stop").accepted


ANCHORAGE = gold_mcq(
    "anchorage",
    "A removable expansion plate with a midline screw is in use. Which type of anchorage is NOT being "
    "applied?",
    {"A": "Reciprocal", "B": "Stationary", "C": "Intramaxillary", "D": "Intraoral"},
    "B",
)


@pytest.mark.parametrize(("odd", "accepted"), [("C", True), ("B", False)])
def test_an_option_said_not_to_be_the_odd_one_out_is_not_the_exception(judge, odd, accepted):
    body = (
        "The two halves of the plate push against each other: reciprocal anchorage. Everything stays in the "
        "upper arch and inside the mouth. Stationary anchorage needs bodily control from a fixed appliance, "
        f"which a removable plate cannot give. So {odd} is not the odd one out.\n\nAnswer: B"
    )
    assert judge.judge(ANCHORAGE, body, "stop").accepted is accepted
