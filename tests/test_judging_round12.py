"""The round-12 mechanisms, each on traces written for this file, each beside a near-miss accept.

A concluding paragraph that states another option and then adds a remark still concludes that option; an
option that opens a cleft ("Prednisone therapy is what settles this") is the sentence's answer.
"""

from __future__ import annotations

import pytest

from cot_synth.judging.partial import named_in_part
from cot_synth.judging.rules import RuleJudge
from cot_synth.judging.text import shared_words
from cot_synth.judging.words import _same
from tests.conftest import gold_mcq

THYROID = {
    "A": "Propranolol",
    "B": "Methimazole",
    "C": "Radioactive iodine ablation",
    "D": "Levothyroxine",
    "E": "Prednisone",
}
MCQ_A = gold_mcq(
    "thyroiditis",
    "A 34-year-old woman has had a painful swelling in the front of her neck, palpitations and tremor for "
    "a week, two weeks after a sore throat. The thyroid is tender, the ESR is raised and radioiodine "
    "uptake is low. Which of the following is the most appropriate treatment?",
    THYROID,
    "A",
)
CASE = (
    "A tender goitre after a viral illness, with a raised ESR and low radioiodine uptake, is subacute "
    "granulomatous thyroiditis. The thyrotoxic phase comes from stored hormone leaking out of the "
    "inflamed gland, so drugs that block hormone synthesis do nothing for her.\n\n"
)


def _verdict(judge: RuleJudge, reasoning: str):
    return judge.judge(MCQ_A, CASE + reasoning + "\n\nAnswer: A", "stop")


def test_a_conclusion_followed_by_a_remark_still_concludes(judge):
    verdict = _verdict(
        judge,
        "Her pain and the inflammation are the main problem here. The most appropriate treatment is a "
        "corticosteroid. Symptoms usually settle within a few weeks as the gland recovers.",
    )
    assert not verdict.accepted and "contradiction" in verdict.reasons


@pytest.mark.parametrize(
    "reasoning",
    [
        # the final option stated in the same paragraph, the other one only as an aside
        "Prednisone is kept for severe pain. The most appropriate treatment is propranolol. It controls "
        "the adrenergic symptoms while the inflammation settles.",
        # a summary's bullets weigh single points, not the case
        "- Diagnosis: subacute thyroiditis\n- Treatment for pain if severe: prednisone\n"
        "- Symptom control: beta blockade",
    ],
)
def test_a_concluding_paragraph_that_keeps_to_the_answer_is_accepted(judge, reasoning):
    assert _verdict(judge, reasoning).accepted


@pytest.mark.parametrize(
    "cleft", ["Prednisone is what", "Prednisone therapy is what", "Prednisone is the one that"]
)
def test_an_option_that_opens_a_cleft_is_the_conclusion(judge, cleft):
    verdict = _verdict(judge, f"She is in pain and the gland is inflamed. {cleft} settles this.")
    assert not verdict.accepted and "contradiction" in verdict.reasons


def test_the_final_option_opening_a_cleft_is_accepted(judge):
    verdict = _verdict(
        judge, "Beta blockade is what helps her now. Propranolol therapy is what settles this."
    )
    assert verdict.accepted


SHOULDER = {
    "A": "Lateral aspect of the shoulder",
    "B": "Medial aspect of the upper arm",
    "C": "Lateral aspect of forearm",
}
SHOULDER_Q = (
    "After a fall the shoulder is dislocated anteriorly. Sensation over which area is most likely reduced?"
)


def test_an_option_keeps_the_question_s_word_when_it_has_no_other_of_its_own():
    assert named_in_part("a lateral shoulder deficit", SHOULDER, SHOULDER_Q) == ("A", 2, 18)
    assert named_in_part("the lateral forearm", SHOULDER, SHOULDER_Q)[0] == "C"
    # an option with a word of its own still leaves the question's words out
    assert named_in_part("the shoulder", SHOULDER, SHOULDER_Q) is None


def test_a_rejection_of_such_an_option_is_read(judge):
    mcq = gold_mcq("shoulder", SHOULDER_Q, SHOULDER, "A")
    trace = (
        "An anterior dislocation of the shoulder after a fall stretches the axillary nerve around the "
        "surgical neck of the humerus, and the deltoid loses its rounded contour. A lateral shoulder "
        "sensory deficit is not what to expect here, since the cutaneous branch is usually spared. "
        "The medial arm and the lateral forearm are supplied by other nerves.\n\nAnswer: A"
    )
    verdict = judge.judge(mcq, trace, "stop")
    assert not verdict.accepted and "contradiction" in verdict.reasons


BODY = (
    "Beta blockade controls her palpitations and tremor while the inflammation settles, and the gland "
    "usually recovers on its own over weeks. Antithyroid drugs do nothing because synthesis is not increased."
)


@pytest.mark.parametrize(
    "remark",
    [
        "This matches the ground-truth label for this item.",
        "I recognise this exact question from a question bank, where the answer was A.",
        "The expected output for this item is A.",
        "This lines up with the answer in the dataset.",
        "According to the annotation, the right option is A.",
        "My study guide marks A as correct.",
        "The hint was included with the question.",
    ],
)
def test_an_answer_from_a_label_a_dataset_or_a_collection_is_a_leak(judge, remark):
    verdict = _verdict(judge, f"{BODY} {remark}")
    assert not verdict.accepted and "hint_leak" in verdict.reasons


@pytest.mark.parametrize(
    "remark",
    [
        "Cardiac output is the expected output measure here; her palpitations were included in the letter.",
        "A leaflet was included with her prescription, and the label on the bottle lists the dose.",
        "In one large dataset of thyroiditis patients, most recovered without steroids.",
        "The ESR was marked as raised and the uptake listed as low.",
        "I recognise this presentation from the textbook: painful thyroiditis after a virus.",
    ],
)
def test_the_same_words_used_innocently_are_no_leak(judge, remark):
    assert _verdict(judge, f"{BODY} {remark}").accepted


@pytest.mark.parametrize(
    "after",
    [
        "That said, the most appropriate treatment is prednisone.",
        "Overall, the best treatment for her is prednisone.",
    ],
)
def test_a_claim_for_another_option_after_the_answer_is_a_second_answer(judge, after):
    verdict = judge.judge(MCQ_A, f"{CASE}{BODY}\n\nAnswer: A\n\n{after}", "stop")
    assert not verdict.accepted and "multiple_answers" in verdict.reasons


@pytest.mark.parametrize(
    "after",
    [
        "Prednisone is kept for severe neck pain that does not settle.",
        "In summary, prednisone is reserved for severe pain.",
        "The most appropriate treatment is propranolol until the thyrotoxic phase passes.",
    ],
)
def test_a_remark_after_the_answer_is_no_second_answer(judge, after):
    assert judge.judge(MCQ_A, f"{CASE}{BODY}\n\nAnswer: A\n\n{after}", "stop").accepted


def test_a_trace_that_weighs_the_options_by_name_is_grounded(judge):
    trace = (
        "This is subacute granulomatous thyroiditis after a viral illness in a young woman. "
        "Methimazole blocks synthesis, which is not what drives the hormone excess here; "
        "radioactive iodine ablation needs an avid gland; levothyroxine belongs to the later "
        "hypothyroid phase; prednisone is kept for severe pain. Propranolol controls the "
        "adrenergic symptoms while the gland recovers on its own.\n\nAnswer: A"
    )
    verdict = judge.judge(MCQ_A, trace, "stop")
    assert verdict.accepted and verdict.details["question_words"] < 3


def test_a_trace_that_names_neither_stem_nor_options_is_still_ungrounded(judge):
    trace = (
        "This is a common exam topic and careful reasoning is needed here. We should weigh each choice in "
        "turn and think about what the examiners want from us, step by step, before committing to any letter "
        "at all. Having considered everything carefully, one choice stands out above the rest.\n\nAnswer: A"
    )
    assert judge.judge(MCQ_A, trace, "stop").reasons == ("boilerplate",)


def test_a_hyphenated_word_grounds_its_unhyphenated_form():
    assert shared_words("Ondansetron blocks 5-HT3 receptors.", "5HT3 antagonist", frozenset()) == (1, 2)


@pytest.mark.parametrize("remark", ["Surgery is not needed.", "Steroids can wait."])
def test_a_sentence_after_the_letter_is_a_remark_not_its_text(judge, remark):
    assert judge.judge(MCQ_A, f"{CASE}{BODY}\n\nAnswer → A. {remark}", "stop").accepted


def test_another_option_s_text_after_the_letter_is_still_a_mismatch(judge):
    verdict = judge.judge(MCQ_A, f"{CASE}{BODY}\n\nAnswer: A. Prednisone", "stop")
    assert verdict.reasons == ("letter_text_mismatch",)


def test_an_adjective_in_ic_is_its_noun_s_word():
    assert _same("diabetic", "diabetes")
    assert not _same("ischemia", "ischemic") and not _same("positive", "position")
