"""Round 34: three writers on every way a trace states its final answer, and on answers negated in passing
(first score 111 of 126 on the dev half, 44 of 54 on the held-out half). Fixed as general rules: double
quotes bracket a letter ('my answer is "C"'); "I'm sticking with B" commits; an emoji's variation selector is
dropped and pointing hands are arrows ("➡️ B", "☞ A"); "…, which is option B; …" and "…, i.e. option A." are
answers; a list of verdicts, one per option ("D. yes - …"), answers with its "yes"; a trace that opens "A —
<why>" states its answer first; an option word with "oe" ("Does not accumulate …") is found as written."""

from __future__ import annotations

import pytest

from cot_synth.judging.options import options_named
from tests.conftest import gold_mcq
from tests.test_judging_round32 import CASE, PYELO


@pytest.mark.parametrize(
    "closing",
    [
        'So my answer is "{}".',
        'I\'m sticking with "{}".',
        "➡️ {}",
        "☞ {}",
        "The organism is the usual gut commensal, which is option {}; she needs blood cultures first.",
        "The culprit is the usual gut commensal, i.e. option {}.",
    ],
)
@pytest.mark.parametrize("letter, accepted", [("A", True), ("C", False)])
def test_unusual_final_answers_are_read(judge, closing, letter, accepted):
    verdict = judge.judge(PYELO, CASE + "\n\n" + closing.format(letter), "stop")
    assert verdict.accepted is accepted and verdict.extracted_answer == letter, verdict


@pytest.mark.parametrize("yes, accepted", [("A", True), ("C", False)])
def test_a_list_of_verdicts_answers_with_its_yes(judge, yes, accepted):
    verdicts = {
        k: f"{k}. {'yes' if k == yes else 'no'} - {'fits' if k == yes else 'does not fit'} the casts"
        for k in PYELO.options
    }
    verdict = judge.judge(PYELO, CASE + "\n\n" + "\n".join(verdicts.values()), "stop")
    assert verdict.accepted is accepted and verdict.extracted_answer == yes, verdict


def test_a_q_and_a_yes_is_no_verdict_on_option_a(judge):
    trace = CASE + "\n\nQ: Is this an ascending infection?\nA: Yes. It started in the bladder.\n\nAnswer: A"
    verdict = judge.judge(PYELO, trace, "stop")
    assert verdict.accepted and verdict.details["commitments"] == ["A"], verdict


@pytest.mark.parametrize("letter, accepted", [("A", True), ("C", False)])
def test_a_trace_that_opens_on_its_letter_and_a_dash_states_its_answer_first(judge, letter, accepted):
    trace = f"{letter} — the usual organism of ascending urinary infection.\n\n" + CASE
    verdict = judge.judge(PYELO, trace, "stop")
    assert verdict.accepted is accepted and verdict.extracted_answer == letter, verdict


VD = gold_mcq(
    "vd",
    "A drug has a volume of distribution of 4 L in a 70-kg man, close to his plasma volume. Which of the "
    "following is true of this drug?",
    {
        "A": "Low bioavailability",
        "B": "Does not accumulate in tissues",
        "C": "Low absorption",
        "D": "Not metabolized in the body",
    },
    "B",
)


def test_an_option_word_with_oe_is_found_as_written(judge):
    assert options_named("So it does not accumulate in tissues.", VD.options) == ["B"]
    trace = (
        "A volume of distribution of 4 L, about the plasma volume, means the drug stays in the plasma: it is "
        "highly protein bound or too large to leave the vessels. Bioavailability and absorption describe how "
        "much of a dose reaches the circulation, and metabolism is part of clearance, not of distribution."
        "\n\nDoes not accumulate in tissues"
    )
    verdict = judge.judge(VD, trace, "stop")
    assert verdict.accepted and verdict.extracted_answer == "B", verdict
