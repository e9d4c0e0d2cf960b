"""Round 30: three writers red-teaming every check at once (30 rejects across all six reject classes, 30
accepts that look flawed, letters in look-alike scripts among them) on four- and five-option MedQA items.
The first score of the dev half was 86.5 %, of the held-out half 75.9 %: most misses are contradictions and
negations said by description or mechanism ("the refusal-to-accept-reality mechanism" for denial, "the
COX-1 inhibitor" for aspirin), which no rule that reads option texts and their names resolves. Fixed as
general rules: a row of bubbles with one filled ("○ A   ○ B   ● C"), an option counted out after an arrow
("Final pick → option 4 of 4 (D)") are answers, and "Corrected verdict: D." revises."""

from __future__ import annotations

import pytest

from tests.conftest import gold_mcq

GAD = gold_mcq(
    "gad",
    "A 28-year-old woman has had six months of excessive worry about work, money and her health, with poor "
    "sleep and restlessness. A decrease in which of the following neurotransmitters is most likely involved?",
    {"A": "Acetylcholine", "B": "Dopamine", "C": "GABA", "D": "Norepinephrine", "E": "Glutamate"},
    "C",
)
REASONING = (
    "Six months of worry across several domains with sleep disturbance and restlessness is generalized "
    "anxiety disorder. GABA, the main inhibitory transmitter, is decreased; norepinephrine is increased, "
    "acetylcholine falls in Alzheimer disease, dopamine in Parkinson disease, and glutamate excites.\n\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "Bubble sheet: ○ A   ○ B   ● C   ○ D   ○ E",
        "● C   ○ D   ○ E",
        "Final pick ➜ option 3 of 5 (C)",
    ],
)
def test_a_filled_bubble_in_a_row_or_a_counted_option_is_the_answer(judge, closing):
    verdict = judge.judge(GAD, REASONING + closing, "stop")
    assert verdict.accepted and verdict.extracted_answer == "C", verdict


def test_a_row_with_each_bubble_after_its_letter_reads_the_letter_before_the_filled_one(judge):
    verdict = judge.judge(GAD, REASONING + "OMR sheet:\n(a) ○  (b) ○  (c) ●  (d) ○  (e) ○", "stop")
    assert verdict.accepted and verdict.extracted_answer == "C", verdict


def test_a_corrected_verdict_revises_an_earlier_lean(judge):
    body = REASONING + "Norepinephrine drives the racing heart, so I was leaning D.\n\nCorrected verdict: C."
    verdict = judge.judge(GAD, body + "\n\nAnswer: C", "stop")
    assert verdict.accepted, verdict
