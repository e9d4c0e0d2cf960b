"""The round-14 mechanisms, each on short traces written for this file: an option rejected through a pair's
ordinal ("the former", "the latter") or as the object of a gerund, beside the near-miss that stays accepted
(the ordinal that stands for the other option of the pair).
"""

from __future__ import annotations

import pytest

from cot_synth.judging.rules import RuleJudge
from tests.conftest import gold_mcq

ANAESTHESIA = {"A": "Propofol", "B": "Halothane", "C": "Midazolam", "D": "Nitrous oxide", "E": "Sevoflurane"}
MCQ_HEAD = gold_mcq(
    "head",
    "A 32-year-old man after a high-speed collision has a GCS of 6, a fixed dilated right pupil and a blood "
    "pressure of 100/70 mm Hg; he is taken for emergency neurosurgery. Which anesthesia medication is the "
    "best option for this patient?",
    ANAESTHESIA,
    "A",
)
HEAD_CASE = (
    "GCS 6 with a fixed dilated right pupil after a high-speed collision means raised intracranial pressure, "
    "and the anesthesia for emergency neurosurgery must not raise it further. Halothane, sevoflurane and "
    "nitrous oxide all increase cerebral blood flow. "
)


def _head(judge: RuleJudge, reasoning: str):
    return judge.judge(MCQ_HEAD, HEAD_CASE + reasoning + "\n\nAnswer: A", "stop")


@pytest.mark.parametrize(
    "reasoning",
    [
        "Propofol and midazolam are the intravenous choices; the former causes too much hypotension at a "
        "pressure of 100/70 and should be avoided.",
        "Propofol and midazolam are the intravenous choices. The former drops the pressure too far and "
        "should be avoided.",
        "Midazolam and propofol remain; the latter should be avoided because of hypotension.",
    ],
)
def test_a_pair_ordinal_that_stands_for_the_answer_rejects_it(judge, reasoning):
    verdict = _head(judge, reasoning)
    assert "contradiction" in verdict.reasons, verdict


@pytest.mark.parametrize(
    "reasoning",
    [
        "Propofol and midazolam are the intravenous choices; the latter accumulates and should be avoided, "
        "while propofol lowers cerebral metabolic demand and intracranial pressure.",
        "Propofol and midazolam are the intravenous choices. The latter should be avoided because it "
        "accumulates; propofol lowers intracranial pressure.",
        "Midazolam and propofol remain; the former should be avoided because it accumulates, and propofol "
        "lowers intracranial pressure.",
    ],
)
def test_a_pair_ordinal_that_stands_for_the_other_option_keeps_the_answer(judge, reasoning):
    verdict = _head(judge, reasoning)
    assert verdict.accepted, verdict


JOINTS = {
    "A": "Gout",
    "B": "Reactive arthritis",
    "C": "Psoriatic arthritis",
    "D": "Enteropathic arthropathies",
    "E": "Dermatomyositis",
}
MCQ_JOINTS = gold_mcq(
    "joints",
    "A 31-year-old woman has swollen, warm distal interphalangeal joints, pitted nails and erythematous "
    "patches over her elbows; her father has a similar condition. Which of the following is the most "
    "likely diagnosis?",
    JOINTS,
    "C",
)
DIARRHOEA = {
    "A": "Vibrio cholera infection",
    "B": "VIPoma",
    "C": "Rotavirus",
    "D": "Campylobacter jejuni",
    "E": "Somatostatinoma",
}
MCQ_DIARRHOEA = gold_mcq(
    "watery",
    "A 28-year-old woman has facial flushing, weakness and chronic watery diarrhea for a month, with a "
    "potassium of 3.3 mmol/L and calcium of 11 mg/dL; a menin 1 mutation is suspected. Which of the "
    "following is the most likely diagnosis?",
    DIARRHOEA,
    "B",
)


@pytest.mark.parametrize(
    ("mcq", "reasoning", "rejected"),
    [
        # initials that keep a lower-case letter of their word
        (MCQ_JOINTS, "PsA is excluded here because she has no dactylitis.", True),
        (MCQ_JOINTS, "ReA is excluded here because there was no preceding infection.", False),
        # a tumour named by what it secretes, written out
        (MCQ_DIARRHOEA, "A VIP-secreting pancreatic tumour does not fit this picture.", True),
        (MCQ_DIARRHOEA, "A somatostatin-secreting tumour does not fit this picture.", False),
    ],
)
def test_an_option_named_by_mixed_initials_or_its_secretion(judge, mcq, reasoning, rejected):
    case = {
        "joints": "Swollen, warm DIP joints with pitted nails and scaly elbow patches, and a father with the "
        "same condition, point to a seronegative arthritis of the skin. Gout affects the first MTP and "
        "dermatomyositis causes proximal weakness. ",
        "watery": "Flushing, weakness and chronic watery diarrhea with low potassium and a high calcium in a "
        "suspected menin 1 carrier point to a pancreatic neuroendocrine tumour. Cholera and rotavirus are "
        "acute infections and Campylobacter causes bloody diarrhea. ",
    }[mcq.id]
    verdict = judge.judge(mcq, case + reasoning + f"\n\nAnswer: {mcq.answer_idx}", "stop")
    assert ("contradiction" in verdict.reasons) is rejected, verdict
    assert verdict.accepted is not rejected, verdict


WRIST = {
    "A": "Reassurance and pain management",
    "B": "Radiograph of the wrist",
    "C": "MRI of the wrist",
    "D": "Thumb spica cast",
    "E": "Radial gutter cast",
}
MCQ_WRIST = gold_mcq(
    "wrist",
    "A 14-year-old boy fell on his outstretched hand one day ago and has swelling over the dorsal wrist and "
    "tenderness between the extensor pollicis longus and brevis. Which of the following is the best next "
    "step in management?",
    WRIST,
    "B",
)
WRIST_CASE = (
    "A fall on the outstretched hand with dorsal wrist swelling and tenderness in the anatomical snuffbox "
    "between the extensor pollicis longus and brevis suggests a scaphoid fracture. Reassurance is unsafe "
    "because of the risk of avascular necrosis, and a radial gutter cast is for metacarpal injuries. "
)


@pytest.mark.parametrize(
    ("reasoning", "rejected"),
    [
        # the option as a gerund's object, by another name, then a demonstrative
        (
            "Getting plain films first is pointless because early fractures are occult, "
            "so that option is out.",
            True,
        ),
        ("Getting an MRI first is pointless because it is slow to obtain, so that option is out.", False),
    ],
)
def test_an_option_done_to_by_a_gerund_is_the_clause_subject(judge, reasoning, rejected):
    verdict = judge.judge(MCQ_WRIST, WRIST_CASE + reasoning + "\n\nAnswer: B", "stop")
    assert verdict.accepted is not rejected, verdict


COPPER = {"A": "ATP7A", "B": "COL5A1", "C": "FBN1", "D": "ATP7B"}
MCQ_COPPER = gold_mcq(
    "copper",
    "A 5-month-old boy has growth failure, hypotonia and sparse, tangled, brittle hair; serum copper and "
    "ceruloplasmin are low. A mutation in which gene is most likely?",
    COPPER,
    "A",
)
COPPER_CASE = (
    "Growth failure, hypotonia, tangled brittle hair and low serum copper and ceruloplasmin in an infant boy "
    "mean impaired intestinal copper absorption: Menkes disease. Copper transport is handled by P-type "
    "ATPases. "
)


@pytest.mark.parametrize(
    ("reasoning", "rejected"),
    [
        # a relative clause that gives another option the asked role in this case
        ("The hepatic copper pump is ATP7B, which is the mutated gene here.", True),
        ("The hepatic copper pump is ATP7B, which is the mutated gene in Wilson disease.", False),
    ],
)
def test_a_relative_clause_claims_the_asked_role_for_another_option(judge, reasoning, rejected):
    verdict = judge.judge(MCQ_COPPER, COPPER_CASE + reasoning + "\n\nAnswer: A", "stop")
    assert verdict.accepted is not rejected, verdict
