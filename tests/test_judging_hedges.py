"""Hedges and decided answers, read from the dev half of ``probes/hedges.jsonl`` (an independent writer's set,
split by style before any measuring, each hedge paired with a decided twin): another option held equal to
the answer reopens it after the answer as well as before ("Answer: C, with D basically tied.", "I'm still
split between this and Takotsubo", "C ≈ D"); a question answered at once with a no ("Could it be C? Not with
no murmur.") reopens nothing; "B, and C is wrong" is no second answer; "my second choice" is no choice; a
footnote mark after the answer is no option text. The set keeps its counts
(``tests/test_judging_conclusions.py``)."""

from __future__ import annotations

import pytest

from tests.probe_sets import probe_items

HCM = (
    "Exertional collapse in a 23-year-old pitcher with an S4 and a double apical impulse: a thick, stiff LV."
)


@pytest.mark.parametrize(
    ("tail", "accepted"),
    [
        ("Answer: B, with C basically tied.", False),
        ("Answer: B\n\nP.S. I'm still split between this and Takotsubo cardiomyopathy.", False),
        ("B ≈ C here.\n\nAnswer: B", False),
        ("I genuinely can't tell which of B and C it is.\n\nAnswer: B", False),
        # the other option set aside, or asked about and answered no
        ("Answer: B. Could it be C? Not with no murmur at all in a 23-year-old.", True),
        ("Is aortic stenosis just as valid? No, there is no murmur.\n\nAnswer: B", True),
        ("Answer: B, and C is wrong without a murmur.", True),
        ("Answer: B. My second choice is C, a long way behind, because there's no murmur.", True),
    ],
)
def test_another_option_held_equal_or_answered_no(judge, tail, accepted):
    mcq, case = probe_items("hedges")["item2"]
    verdict = judge.judge(mcq, case + HCM + "\n\n" + tail, "stop")
    assert verdict.accepted is accepted, verdict
    assert not accepted or verdict.extracted_answer == "B", verdict


def test_a_footnote_mark_after_the_answer_is_no_option_text(judge):
    mcq, case = probe_items("hedges")["item1"]
    body = (
        "An adult with big cystic kidneys on both sides and hypertension fits the dominant form. The answer "
        "is C.[^1]\n\n[^1]: Medullary sponge kidney (A) leaves the kidneys normal-sized: not the diagnosis."
    )
    verdict = judge.judge(mcq, case + body, "stop")
    assert verdict.accepted, verdict
