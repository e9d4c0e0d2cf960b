"""The round-14 mechanisms, each on short traces written for this file: an option rejected through a pair's
ordinal ("the former", "the latter") or as the object of a gerund, beside the near-miss that stays accepted
(the ordinal that stands for the other option of the pair).
"""

from __future__ import annotations

import pytest

from cot_synth.judging.rules import RuleJudge
from cot_synth.records import MCQ

ANAESTHESIA = {"A": "Propofol", "B": "Halothane", "C": "Midazolam", "D": "Nitrous oxide", "E": "Sevoflurane"}
MCQ_HEAD = MCQ(
    "head",
    "A 32-year-old man after a high-speed collision has a GCS of 6, a fixed dilated right pupil and a blood "
    "pressure of 100/70 mm Hg; he is taken for emergency neurosurgery. Which anesthesia medication is the "
    "best option for this patient?",
    ANAESTHESIA,
    "A",
    ANAESTHESIA["A"],
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
