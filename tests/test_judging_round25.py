"""Round 25: clean traces three more writers (``dev_round25.jsonl``, their dev half) wrote in reasoning-model,
clinical-teaching and red-team voices, and the judge rejected. Each misreading is fixed as a general rule
beside a twin that must still be rejected: a letter in a black square ("🅳", which NFKC keeps) is the letter;
"→ D (multiple pregnancies)" with the option's own text after an arrow is an answer, "Selected: option C." a
closing label; "Strike my earlier pick." revises."""

from __future__ import annotations

import pytest

from tests.conftest import gold_mcq

BREAST = gold_mcq(
    "breast",
    "A 58-year-old woman with four children, all formula fed, asks about her risk of breast cancer. Which of "
    "the following aspects of her history is associated with a decreased risk of breast cancer?",
    {"A": "Obesity", "B": "Formula feeding", "C": "Smoking", "D": "Multiple pregnancies"},
    "D",
)
REASONING = (
    "After menopause fat tissue makes estrogen, so obesity raises the risk; formula feeding only forgoes the "
    "protection of breastfeeding; each full-term pregnancy differentiates the breast epithelium for good.\n\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "locking it in ⟶ 🅳",
        "Final answer: 🅓",
        "Parity protects.\n\nlocking it in → D (multiple pregnancies)",
        "Ranked by protection: pregnancies, then the rest.\n\nSelected: option D.",
    ],
)
def test_an_unusual_closing_line_is_the_answer(judge, closing):
    verdict = judge.judge(BREAST, REASONING + closing, "stop")
    assert verdict.accepted and verdict.extracted_answer == "D", verdict


def test_a_letter_in_a_black_square_is_read_as_that_letter(judge):
    verdict = judge.judge(BREAST, REASONING + "locking it in ⟶ 🅰", "stop")
    assert verdict.extracted_answer == "A" and "wrong_answer" in verdict.reasons, verdict


def test_an_arrow_needs_the_letters_own_text_in_its_brackets(judge):
    """A row's last cell ("— A (…)") or an arrow to a letter with another option's text names nothing."""
    verdict = judge.judge(BREAST, REASONING + "Protective? → A (multiple pregnancies)\n\nAnswer: D", "stop")
    assert verdict.accepted and verdict.extracted_answer == "D", verdict


@pytest.mark.parametrize(
    "revision, accepted",
    [
        ("Tentative pick: A.\n\nStrike my earlier pick. Obesity raises the risk after menopause.", True),
        ("Tentative pick: A.\n\nObesity raises the risk after menopause.", False),
    ],
)
def test_a_struck_pick_is_a_revision(judge, revision, accepted):
    verdict = judge.judge(BREAST, REASONING + revision + "\n\nAnswer: D", "stop")
    assert verdict.accepted is accepted and (accepted or "multiple_answers" in verdict.reasons), verdict
