"""Round 35: three writers on answers stated first, by an option's text, in tables and in hinted mode (first
score 108 of 121 on the dev half). Fixed as general rules: a trace that opens on an option's text and its
letter ("Distal ileum (B) — here is why:") states its answer first; "Option D it is: <its text>." and "Short
answer: the second option, B" answer; a negation word is a whole word ("nor" in "donor" negates nothing)."""

from __future__ import annotations

import pytest

from tests.test_judging_round32 import CASE, PYELO

# the reasoning after an answer stated first weighs another option, so its last option named is not the answer
AFTER = CASE + "Proteus mirabilis is less common here and forms struvite stones in alkaline urine."


@pytest.mark.parametrize(
    "opening, accepted",
    [
        ("Escherichia coli (A) — here is why:", True),
        ("**Escherichia coli (A)** is the organism.", True),
        ("Proteus mirabilis (A) — here is why:", False),  # another option's text: no answer stated
    ],
)
def test_a_trace_that_opens_on_an_options_text_and_letter_answers_first(judge, opening, accepted):
    verdict = judge.judge(PYELO, opening + "\n\n" + AFTER, "stop")
    assert verdict.accepted is accepted, verdict


@pytest.mark.parametrize(
    "opening, letter",
    [
        ("Option {} it is: the usual gut commensal.", "A"),
        ("Option {} it is: the usual gut commensal.", "C"),
        ("Short answer: the first option, {} (escherichia coli).", "A"),
        ("Short answer: the third option, {} (proteus mirabilis).", "C"),
    ],
)
def test_it_is_with_a_colon_and_an_ordinal_before_the_letter_answer(judge, opening, letter):
    verdict = judge.judge(PYELO, opening.format(letter) + "\n\n" + AFTER, "stop")
    assert verdict.extracted_answer == letter and verdict.accepted is (letter == "A"), verdict


@pytest.mark.parametrize(
    "window, rejects",
    [
        ("Living donor kidney transplant (§) — that is my answer.", False),
        ("A minor (§) point only.", False),
        ("Neither A nor § fits.", True),
    ],
)
def test_a_negation_word_is_a_whole_word(judge, window, rejects):
    assert judge.extractor.rejects(window) is rejects
