"""The round-20 mechanisms on an item written for this file (a "which statement" item with long options),
each beside innocent look-alikes: a statement option named by a key phrase ("the muscle-injury statement")
and rejected, and an option named by "Option B" before a lower-case word ("Option B says …"), which the letter
reader took for an article, then set aside in the next sentence."""

from __future__ import annotations

import pytest

from cot_synth.judging.partial import named_in_part
from tests.conftest import gold_mcq

STATIN = gold_mcq(
    "statin",
    "A 58-year-old woman with hypercholesterolaemia is started on simvastatin and asks what to expect from "
    "it. Which of the following statements is correct?",
    {
        "A": "It raises serum triglyceride levels in most patients.",
        "B": "It can cause muscle injury, especially when taken with gemfibrozil.",
        "C": "It must be stopped before every dental procedure.",
        "D": "It acts by binding bile acids in the intestine.",
    },
    "B",
)
CASE = (
    "Simvastatin is an HMG-CoA reductase inhibitor. It lowers LDL and modestly lowers triglycerides; it "
    "does not bind bile acids, which is what cholestyramine does, and there is no need to stop it for "
    "dental work.\n\n"
)


def _judge(judge, middle: str):
    return judge.judge(STATIN, CASE + middle + "\n\nAnswer: B", "stop")


@pytest.mark.parametrize(
    "middle",
    [
        "The muscle-injury statement doesn't hold up for her: myopathy is rare at this dose.",
        "The claim of muscle injury is incorrect for her; myopathy is rare at this dose.",
        "Option B says myopathy can happen. That one can be set aside.",
        "Choice (B) claims myopathy, which is wrong for her dose.",
    ],
)
def test_the_final_option_rejected_by_a_key_phrase_or_as_option_x_contradicts(judge, middle):
    verdict = _judge(judge, middle)
    assert verdict.reasons == ("contradiction",), verdict


@pytest.mark.parametrize(
    "middle",
    [
        "The muscle injury warning is the one that holds: myopathy risk rises with gemfibrozil.",
        "Option B says myopathy can happen. That one is right, especially with gemfibrozil.",
        "A statin can cause myopathy, and that is the point of option B.",
        # a pair of words two options share, or the question's own, names neither
        "It is correct that dental work does not require stopping it; the bile acids statement is wrong.",
    ],
)
def test_the_same_words_affirming_the_final_option_accept(judge, middle):
    verdict = _judge(judge, middle)
    assert verdict.accepted, verdict


def test_a_key_phrase_is_two_words_one_long_option_writes_side_by_side_and_no_other(judge):
    terms = judge.consistency.terms
    options, question = STATIN.options, STATIN.question
    assert named_in_part("the muscle-injury claim", options, question, terms=terms)[0] == "B"
    assert named_in_part("the binding of bile acids", options, question, terms=terms)[0] == "D"
    # linking words make no key phrase ("especially when"), nor words the question writes side by side
    assert named_in_part("especially when tired", options, question, terms=terms) is None
    assert named_in_part("which statement is correct", options, question, terms=terms) is None
    short = {"A": "Biliary colic", "B": "Renal colic", "C": "Cancer pain", "D": "Ischemic pain"}
    # a short option is named by half its words as before, not by a key phrase ("colic" is two options')
    assert (
        named_in_part("the renal colic idea", short, "Morphine should not be used in:", terms=terms)[0] == "B"
    )


IUD = gold_mcq(
    "iud",
    "A 27-year-old woman asks for a copper IUD. Which history contraindicates a copper IUD in this woman?",
    {
        "A": "Active or recurrent pelvic inflammatory disease (PID)",
        "B": "Known liver neoplasm",
        "C": "Past medical history of breast cancer",
        "D": "A history of stroke or venous thromboembolism",
    },
    "A",
)
IUD_CASE = (
    "Current pelvic infection is a category 4 condition for copper IUD insertion, because the device can "
    "carry the infection upward. Liver tumours, breast cancer and thromboembolism matter for hormonal "
    "methods, not for a copper device.\n"
)
PID = "Active or recurrent pelvic inflammatory disease (PID)"


@pytest.mark.parametrize(
    "final", [f"The correct answer is not A: {PID}.", f"The answer is not (A) — {PID}.", f"Not A: {PID}."]
)
@pytest.mark.parametrize("mode", ["blind", "hinted"])
def test_a_negated_letter_negates_its_own_option_text_even_in_a_not_question(judge, final, mode):
    """The embedded model wrote "The correct answer is not A: <A's text>." with A the gold: the letter is
    negated, and its text, excused by the question's "contraindicates", was read as the conclusion."""
    verdict = judge.judge(IUD, IUD_CASE + final, "stop", mode)
    assert not verdict.accepted and verdict.extracted_answer is None, verdict


@pytest.mark.parametrize(
    "final",
    [f"The correct answer is A: {PID}.", f"The history that contraindicates it is {PID}.", f"A: {PID}."],
)
def test_the_same_conclusions_unnegated_accept(judge, final):
    verdict = judge.judge(IUD, IUD_CASE + final, "stop")
    assert verdict.accepted and verdict.extracted_answer == "A", verdict
