"""Round 26: three writers on items of other shapes (MedMCQA's short recall stems, five-option MedQA), whose
clean traces the judge rejected far more often (first score 79.8 % of the dev half). Each misreading fixed as
a general rule: a closing label of up to six words ("Final pick, in one glyph: Ⓒ", "[✓] Final answer
recorded: B"), "marked (b)", "→ D, its own text" and "So A, B, C and E are unsafe, and D is the answer" are
read as the answer they give; "A:" alone is a Q/A layout's answer marker, not option A; "no indication for
primary fluconazole (C)" sets C aside; "let me walk that back", "it doesn't hold." and "Corrected conclusion:"
revise."""

from __future__ import annotations

import pytest

from tests.conftest import gold_mcq

PCP = gold_mcq(
    "pcp",
    "A 34-year-old man with HIV infection has a CD4+ count of 150/mm3 and no drug allergies. Which of the "
    "following is the most appropriate prophylaxis against Pneumocystis pneumonia?",
    {
        "A": "Azithromycin",
        "B": "Dapsone",
        "C": "Fluconazole",
        "D": "Trimethoprim-sulfamethoxazole",
        "E": "Atovaquone",
    },
    "D",
)
REASONING = (
    "A CD4+ count below 200/mm3 calls for Pneumocystis prophylaxis; without a sulfa allergy the first choice "
    "is trimethoprim-sulfamethoxazole, which also covers toxoplasmosis. Dapsone and atovaquone are the "
    "fallbacks for a sulfa allergy, and azithromycin is for MAC below 50/mm3.\n\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "Final pick, in one glyph: Ⓓ",
        "[✓] Final answer recorded: D",
        "OMR sheet:\n(a) ○  (b) ○  (c) ○  (d) ●  (e) ○\n=> marked (d), i.e. D - Trimethoprim-sulfa",
        "A ✗, B ✗, C ✗, E ✗ → D, Trimethoprim-sulfamethoxazole.",
        "So A, B, C and E are each either second-line or beside the point, and D is the answer.",
        "Q: And the others?\nA:\n- Azithromycin (A) is for MAC.\n- Dapsone (B) is second-line.\n\nAnswer: D",
        "There is no indication for primary fluconazole (C) here.\n\nAnswer: D",
    ],
)
def test_the_closing_answer_is_read_and_nothing_else_commits(judge, closing):
    verdict = judge.judge(PCP, REASONING + closing, "stop")
    assert verdict.accepted and verdict.extracted_answer == "D", verdict


@pytest.mark.parametrize(
    "revision",
    [
        "My first thought is dapsone (B). Let me walk that back: he has no sulfa allergy.",
        "So my first thought is dapsone (B).\n\nChecking that against the allergy history, it doesn't hold.",
        "So my first thought is dapsone (B).\n\nCorrected conclusion: the sulfa drug, not dapsone.",
    ],
)
def test_a_pick_walked_back_is_a_revision(judge, revision):
    verdict = judge.judge(PCP, REASONING + revision + "\n\nAnswer: D", "stop")
    assert verdict.accepted, verdict


def test_an_unrevised_first_pick_is_still_a_second_answer(judge):
    body = (
        REASONING + "So my first thought is dapsone (B).\n\nChecking the allergy history again.\n\nAnswer: D"
    )
    verdict = judge.judge(PCP, body, "stop")
    assert "multiple_answers" in verdict.reasons, verdict
