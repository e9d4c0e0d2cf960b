"""Options misspelt in the data are read as the trace spells them (``judging/spelling.py``): a trace that
writes the drug right names the option, for a switch as for a denial; words a typo apart that are other words
(another drug, a salt, another form of the word) are left as the data has them."""

from __future__ import annotations

import pytest

from cot_synth.judging.rules import RuleJudge
from cot_synth.judging.spelling import respelled
from tests.conftest import gold_mcq

CALCIUM = {"A": "Chloroquine", "B": "Hydroxycholoquine", "C": "Dexamethasone", "D": "Ketoconazole"}
MCQ_CALCIUM = gold_mcq(
    "vitd",
    "A man taking large doses of vitamin D has a serum calcium of 13.9 mg/dL. Which drug lowers it?",
    CALCIUM,
    "C",
)
REASONING = (
    "Vitamin D intoxication raises the serum calcium through increased intestinal absorption and bone "
    "resorption, and a level near 14 mg/dL needs treatment beyond stopping the supplement. Intravenous "
    "saline restores the volume lost to hypercalcaemic diuresis. Glucocorticoids then lower the calcium "
    "by reducing the activation of vitamin D by macrophages and the absorption of calcium from the gut; "
    "dexamethasone is the glucocorticoid among the choices. Chloroquine and ketoconazole also reduce "
    "calcitriol production, but they are second-line agents reserved for granulomatous disease or steroid"
    " failure."
)


def test_a_summary_naming_a_misspelt_option_rightly_spelt_is_a_second_answer(judge: RuleJudge) -> None:
    switched = judge.judge(MCQ_CALCIUM, REASONING + "\nAnswer: C\nTL;DR — hydroxychloroquine.", "stop")
    assert "multiple_answers" in switched.reasons, switched
    assert judge.judge(MCQ_CALCIUM, REASONING + "\nAnswer: C\nTL;DR — dexamethasone.", "stop").accepted


def test_a_long_word_a_typo_away_takes_the_traces_spelling() -> None:
    options = {"A": "Hepheastin", "B": "Mineralocoicoids", "C": "Ferroportin", "D": "Propanolol toxicity"}
    text = (
        "Hephaestin is a ferroxidase, mineralocorticoids act on the kidney, propranolol is beside the point."
    )
    assert respelled(options, text) == {
        "A": "Hephaestin",  # a transposition: one edit
        "B": "Mineralocorticoids",  # sixteen letters: two edits
        "C": "Ferroportin",
        "D": "Propranolol toxicity",
    }


@pytest.mark.parametrize(
    ("option", "written"),
    [
        ("Prednisone", "prednisolone"),  # another drug: two edits in ten letters
        ("Nitrates", "nitrites"),  # another salt: the edit is in the last four letters
        ("Hypothalamic lesion", "hypothalamus"),  # another form of the word
        ("Hypokalemia", "hyperkalemia"),  # the fourth letters differ
        ("Propanolol", "propranolol and proparnolol"),  # two words could be it
        ("Cerruloplasmin", "ceruloplasmin"),  # a typo in the first four letters: not read
    ],
)
def test_other_words_a_typo_apart_are_left_alone(option: str, written: str) -> None:
    options = {"A": option, "B": "Observation"}
    assert respelled(options, f"The {written} matters here.") == options


def test_a_word_another_option_holds_is_not_taken() -> None:
    options = {"A": "Propanolol", "B": "Propranolol"}  # the data's own two spellings: two options
    assert respelled(options, "Propranolol is the beta blocker.") == options


LUNG = {
    "A": "L:S ratio",
    "B": "Lecithin-cephalin ratio",
    "C": "Phosphatidyl choline",
    "D": "Phosphatidyl glycerol",
}


def test_two_option_words_the_trace_writes_as_one_are_joined() -> None:
    options = LUNG
    text = "Phosphatidylglycerol appears late; phosphatidyl choline and lecithin-cephalin ratios mislead."
    assert respelled(options, text) == {**options, "D": "Phosphatidylglycerol"}  # C is written apart too


def test_a_pair_joined_by_the_trace_names_the_option_for_the_judge(judge) -> None:
    options = LUNG
    item = gold_mcq("lung", "Which test best shows fetal lung maturity in a diabetic mother?", options, "D")
    trace = (
        "Fetal hyperinsulinemia delays surfactant maturation, so an L:S ratio of 2 may be falsely "
        "reassuring in a diabetic mother. Phosphatidylglycerol appears late and is the most reliable "
        "marker of lung maturity here; it is not affected by blood or meconium.\n\nAnswer: D"
    )
    assert judge.judge(item, trace, "stop").accepted
