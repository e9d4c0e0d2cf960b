"""Round 21: rejections of the final option in the wordings four new writers used most and the rule lists
missed (``contradiction.rejections``): an imperative to leave it out at the head of a clause, a cross mark
before it, an act no prescriber could defend, a contraindication with an adverb, "cannot be recommended",
"I'm not comfortable with …", "deemed inappropriate", "does not constitute appropriate …", "no place for
option C", "Don't fall for …"; each beside the same words that keep it."""

from __future__ import annotations

import pytest

from tests.test_judging_probes import MCQ_UTI, UTI_CASE


def _judge(judge, middle: str):
    return judge.judge(MCQ_UTI, UTI_CASE + middle + "\n\nAnswer: C", "stop")


@pytest.mark.parametrize(
    "middle",
    [
        "Avoid cephalexin in this pregnancy.",
        "So withhold option C as well.",
        "Then drop cephalexin from the list.",
        "✗ Cephalexin (unsafe in pregnancy).",
        "Prescribing cephalexin to her would be malpractice.",
        "Cephalexin is absolutely contraindicated in the first trimester.",
        "The administration of cephalexin cannot be recommended in the present clinical context.",
        "I'm not comfortable giving her cephalexin.",
        "In accordance with the foregoing, cephalexin is deemed inappropriate for this patient.",
        "On review, option C does not constitute appropriate management.",
        "There is no place for option C here.",
        "Don't fall for cephalexin here.",
    ],
)
def test_the_final_option_left_out_in_these_words_contradicts(judge, middle):
    verdict = _judge(judge, middle)
    assert verdict.reasons == ("contradiction",), verdict


@pytest.mark.parametrize(
    "middle",
    [
        "Don't skip cephalexin just because she is pregnant.",
        "Avoid fluoroquinolones; cephalexin is the safe choice.",
        "✗ Ciprofloxacin; ✓ cephalexin.",
        "Withholding cephalexin would be malpractice.",
        "Cephalexin is not contraindicated in pregnancy.",
        "Cephalexin can be recommended without hesitation.",
        "I'm comfortable giving her cephalexin.",
        "Cephalexin is contraindicated only in severe penicillin allergy, which she does not have.",
        "Cephalexin is deemed appropriate for this patient.",
        # an adverb that weakens is no intensifier: "rarely contraindicated", "hardly malpractice"
        "Cephalexin is rarely contraindicated, and certainly not in pregnancy.",
        "Prescribing cephalexin to her is hardly malpractice; it is the standard of care.",
        "Ciprofloxacin does not constitute appropriate management, whereas cephalexin does.",
        "There is a clear place for cephalexin here.",
        "Don't fall for ciprofloxacin; cephalexin is the safe choice.",
    ],
)
def test_the_same_words_keeping_the_final_option_accept(judge, middle):
    verdict = _judge(judge, middle)
    assert verdict.accepted, verdict


def test_a_cross_for_another_option_after_a_tick_for_the_final_one_rejects_nothing(judge):
    """A cross mark later on the line belongs to what stands after the tick and the comma, not to the final
    option ("✓ Cephalexin, ✗ ciprofloxacin." had read as a rejection of cephalexin)."""
    assert _judge(judge, "✓ Cephalexin, ✗ ciprofloxacin.").accepted
    assert _judge(judge, "| Cephalexin | unsafe in pregnancy | ✗ |").reasons == ("contradiction",)
