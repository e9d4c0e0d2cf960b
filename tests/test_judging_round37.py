"""Round 37: three writers on every way a trace states its final answer (first score 111 of 126 on the dev
half). Fixed as general rules: an option named by its place in the list is its letter ("the third option",
"the first one down"); "which makes A — <its text> — the one to choose" and "… — A — is where my money goes"
answer; "<option> cannot be the answer" and "<option> — not the one we want" reject it as an exception
question's answer; "I'd throw this one out" rejects the option its sentence names; an option word of five or
six letters ending "er" or "re" is found in either spelling ("Purkinje fibres" for "Purkinje fibers"); in a
trace with no capital letter, "(d)" is the letter D."""

from __future__ import annotations

import pytest

from cot_synth.judging.options import option_pattern
from cot_synth.judging.text import normalize
from tests.test_judging_round32 import CASE, NEPHROTIC, NEPHROTIC_CASE, PYELO

WHY = "Staphylococcus saprophyticus causes cystitis in young women but rarely pyelonephritis. "


@pytest.mark.parametrize(
    "text, read",
    [
        ("My pick is the third option on the list.", "My pick is option C."),
        ("Of the four, the first one down is my pick", "Of the four, option A is my pick"),
        ("the 2nd option", "option B"),
        ("Adrenaline is the drug of first choice.", "Adrenaline is the drug of first choice."),
        ("The first option for treatment is rest.", "The first option for treatment is rest."),
        ("I'd choose the third option, C.", "I'd choose the third option, C."),  # its letter said already
        (
            "Every daughter, the second one included, carries it.",
            "Every daughter, the second one included, carries it.",
        ),
    ],
)
def test_an_option_named_by_its_place_in_the_list_reads_as_its_letter(text, read):
    assert normalize(text).text == read


@pytest.mark.parametrize(
    "ending, letter",
    [
        ("My pick is the first option on the list.", "A"),
        ("Of the four, the third one down is my pick.", "C"),
        (
            "Their pattern, with no organism as likely, makes A — escherichia coli — the one to choose.",
            "A",
        ),
        ("Their pattern makes C, proteus mirabilis, my pick.", "C"),
        ("That is why escherichia coli — A — is where my money goes.", "A"),
        ("So my money's on A.", "A"),
    ],
)
def test_a_final_answer_said_in_words_around_its_letter(judge, ending, letter):
    verdict = judge.judge(PYELO, CASE + WHY + "\n\n" + ending, "stop")
    assert verdict.extracted_answer == letter and verdict.accepted is (letter == "A"), verdict


def test_an_option_made_the_one_to_avoid_is_no_answer(judge):
    verdict = judge.judge(PYELO, CASE + WHY + "\n\nTheir pattern makes C the one to avoid.", "stop")
    assert verdict.extracted_answer is None, verdict


@pytest.mark.parametrize(
    "sentence, accepted",
    [
        ("Red casts (D) cannot be the answer here, because they mark nephritis.", False),
        ("- Red casts (D) — not the one we want; they mark nephritis.", False),
        ("Hyperlipidemia (C) cannot be the answer here, because it is a feature.", True),
        ("- Hyperlipidemia (C) — not the one we want; it is a feature.", True),
    ],
)
def test_an_exception_questions_answer_ruled_out_as_the_answer(judge, sentence, accepted):
    verdict = judge.judge(NEPHROTIC, NEPHROTIC_CASE + sentence + "\n\nAnswer: D", "stop")
    assert verdict.accepted is accepted, verdict


@pytest.mark.parametrize(
    "option, accepted", [("Escherichia coli (A)", False), ("Proteus mirabilis (C)", True)]
)
def test_throwing_an_option_out_rejects_it(judge, option, accepted):
    trace = CASE + WHY + f"{option} — I'd throw this one out for a first infection.\n\nAnswer: A"
    verdict = judge.judge(PYELO, trace, "stop")
    assert verdict.accepted is accepted, verdict


@pytest.mark.parametrize(
    "option, text, found",
    [
        ("Purkinje fibers", "the Purkinje fibres fire", True),
        ("Purkinje fibres", "purkinje fibers", True),
        ("Center", "the centre", True),
        ("Lower motor neuron", "lowered motor neurons", True),
        ("Purkinje fibers", "Purkinje fibula", False),
    ],
)
def test_an_option_word_ending_er_or_re_is_found_in_either_spelling(option, text, found):
    assert bool(option_pattern(option).search(text)) is found


@pytest.mark.parametrize(
    "text, read",
    [
        ("so flattened t waves (d) are not expected.", "so flattened t waves (D) are not expected."),
        ("So flattened T waves (d) are not expected.", "So flattened T waves (d) are not expected."),
    ],
)
def test_a_bracketed_letter_in_a_trace_with_no_capital_is_a_capital(text, read):
    assert normalize(text).text == read


@pytest.mark.parametrize("letter, accepted", [("a", False), ("c", True)])
def test_an_all_lower_case_trace_rejects_options_by_their_lower_case_letters(judge, letter, accepted):
    trace = (CASE + WHY).lower() + f"so the organism in ({letter}) is unlikely here.\n\nanswer: (a)"
    verdict = judge.judge(PYELO, trace, "stop")
    assert verdict.accepted is accepted, verdict
