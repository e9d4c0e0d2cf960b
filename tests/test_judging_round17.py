"""The round-17 mechanisms on short traces written for this file: the final option declined as having no part
to play or as not needed, or waved off by a pointer in its own sentence, beside innocent look-alikes (another
option declined so, the final one said to be needed)."""

from __future__ import annotations

import pytest

from cot_synth.records import MCQ
from tests.test_judging_round15 import CASE, MCQ_HEADACHE


def _judge(judge, middle: str):
    return judge.judge(MCQ_HEADACHE, CASE + middle + "\n\nAnswer: B", "stop")


@pytest.mark.parametrize(
    "middle",
    [
        "- Sumatriptan: has no role here, since the pain is too severe.",
        "Sumatriptan plays no useful role in an attack this long.",
        "Giving sumatriptan to this patient is unnecessary.",
        "Sumatriptan would be overkill for a headache that ibuprofen should have settled.",
        "Sumatriptan — I'd steer clear of that one as the answer.",
    ],
)
def test_the_final_option_declined_before_it_is_answered_contradicts(judge, middle):
    verdict = _judge(judge, middle)
    assert "contradiction" in verdict.reasons, verdict


@pytest.mark.parametrize(
    "middle",
    [
        "- Propranolol: has no role here, since it is a preventive.",
        "Oxygen is unnecessary outside cluster headache.",
        "Amitriptyline — I'd steer clear of that one for an acute attack.",
        "Sumatriptan is necessary here, and no other drug has a role.",
    ],
)
def test_other_options_declined_so_leave_the_answer_standing(judge, middle):
    verdict = _judge(judge, middle)
    assert verdict.accepted, verdict


def test_a_claim_revised_within_its_own_sentence_is_no_contradiction(judge):
    """The revision marker follows the claimed option inside one sentence ("… — scratch that, …")."""
    claim = "So propranolol is the drug of choice here"
    revised = _judge(judge, f"{claim} — scratch that, it only prevents attacks. A triptan aborts this one.")
    assert revised.accepted, revised
    unrevised = _judge(judge, f"{claim}, since it prevents attacks. A triptan aborts this one.")
    assert "contradiction" in unrevised.reasons, unrevised


VALVES = {
    "A": "Mitral regurgitation",
    "B": "Mitral valve prolapse",
    "C": "Aortic stenosis",
    "D": "Pulmonary stenosis",
}
MCQ_VALVES = MCQ(
    "valves", "In heart patient the worst prognosis during pregnancy is seen in:", VALVES, "C", VALVES["C"]
)


@pytest.mark.parametrize("aside", ["seldom problematic", "usually well tolerated", "benign"])
def test_an_option_said_to_be_of_little_account_is_not_claimed(judge, aside):
    """A sentence that answers the question in its own words claims the one option it leaves standing, not
    one it calls harmless."""
    trace = (
        "In pregnancy, cardiac output rises 30–50%, SVR falls and heart rate rises. Regurgitant lesions and "
        f"mitral valve prolapse are usually well tolerated; pulmonary stenosis is right-sided and {aside}. "
        "Fixed outflow obstruction — severe aortic stenosis — cannot augment output, and hypotension at "
        "delivery can cause syncope and sudden death.\n\nFinal answer: C"
    )
    verdict = judge.judge(MCQ_VALVES, trace, "stop")
    assert verdict.accepted, verdict


@pytest.mark.parametrize(
    ("middle", "rejected"),
    [
        ("Sumatriptan is a triptan. That one can be set aside.", True),
        ("Sumatriptan is a triptan. This option is not the answer.", True),
        ("Sumatriptan is a triptan. That one aborts attacks.", False),  # nothing said against it
        ("Sumatriptan is a triptan. It can be set aside.", False),  # a bare pronoun stays in its sentence
    ],
)
def test_a_demonstrative_opening_the_next_sentence_points_back_to_the_option(judge, middle, rejected):
    verdict = _judge(judge, middle)
    assert ("contradiction" in verdict.reasons) is rejected, verdict
