"""The rule judge on hand-written traces: the conclusion wins, never a guess."""

from __future__ import annotations

import pytest

from cot_synth.content import ContentDir
from cot_synth.errors import UserError
from cot_synth.judging import RuleJudge, strip_conclusion
from cot_synth.records import MCQ

OPTIONS = {"A": "Ampicillin", "B": "Ceftriaxone", "C": "Doxycycline", "D": "Nitrofurantoin"}
MCQ_D = MCQ("x", "Which drug?", OPTIONS, "D", "Nitrofurantoin")
REASONING = (
    "The patient is pregnant with an uncomplicated lower urinary tract infection, so we need a safe drug. "
)


@pytest.fixture(scope="module")
def judge() -> RuleJudge:
    return RuleJudge.from_content(ContentDir.resolve("judges", None))


@pytest.mark.parametrize(
    ("trace", "letter"),
    [
        (REASONING + "\nThe correct answer is D: Nitrofurantoin", "D"),
        (REASONING + "\nThe correct answer is (D).", "D"),
        (REASONING + "\n**Answer: D**", "D"),
        (REASONING + "B is tempting, but the best answer is D.", "D"),
        (REASONING + "The correct answer is B. On reflection, the correct answer is D: Nitrofurantoin", "D"),
        (REASONING + "Vitamin D levels are normal; hepatitis B is unlikely.", None),
        (REASONING + "The correct answer is E: Something", None),  # not one of the item's letters
        (REASONING, None),
    ],
)
def test_extraction(judge, trace, letter):
    assert judge.extract(trace, "ABCD").letter == letter


def test_verdict_codes(judge):
    assert judge.judge(MCQ_D, REASONING + "\nThe correct answer is D: Nitrofurantoin", "stop").accepted
    assert judge.judge(MCQ_D, REASONING + "\nThe correct answer is A: Ampicillin", "stop").reasons == (
        "wrong_answer",
    )
    assert judge.judge(MCQ_D, REASONING + "\nThe correct answer is D", "length").reasons == ("truncated",)
    assert judge.judge(MCQ_D, "The correct answer is D.", "stop").reasons == ("too_short",)
    assert judge.judge(MCQ_D, REASONING, "stop").reasons == ("no_final_answer",)


def test_strip_conclusion_keeps_the_reasoning(judge):
    trace = REASONING + "\nThe correct answer is D: Nitrofurantoin\n"
    verdict = judge.judge(MCQ_D, trace, "stop")
    assert strip_conclusion(trace, verdict.details["conclusion_line"]) == REASONING.strip()


def test_bad_rules_are_a_user_error():
    with pytest.raises(UserError, match="no \\(\\?P<letter>"):
        RuleJudge({"extraction": [{"name": "x", "pattern": "answer is ([A-E])"}]})
