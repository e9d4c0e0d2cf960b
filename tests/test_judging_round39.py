"""Rounds 38 and 39: three writers on surface variety (spelling, case, typography) and three on the ways
people rule an option out and then answer it anyway (first scores 106 of 121 and 95 of 125 on the dev halves).
Fixed as general rules: everyday idioms of dismissal said of an option in its sentence ("we can forget
about", "cross that one off", "a red herring", "I wouldn't touch it", "doesn't hold water", "— no dice",
"— not in this patient", "— not my pick", "off the table"); "…, and therefore not the odd one out" rejects an
exception question's answer; "so D ✅" answers; a table's verdict cell right after the option's ("| C Cardiac
tumor | Ruled out | …") rejects it."""

from __future__ import annotations

import pytest

from tests.test_judging_round32 import CASE, NEPHROTIC, NEPHROTIC_CASE, PYELO

WHY = "Staphylococcus saprophyticus causes cystitis in young women but rarely pyelonephritis. "


@pytest.mark.parametrize(
    "sentence, accepted",
    [
        ("Escherichia coli we can forget about: the casts say otherwise.", False),
        ("Escherichia coli is the reflex answer, so cross that one off.", False),
        ("Escherichia coli is the reflex answer, but it's a red herring here.", False),
        ("Escherichia coli — I wouldn't touch it as the cause here.", False),
        ("Escherichia coli doesn't hold water as the cause here.", False),
        ("Escherichia coli (A): no dice, the casts say otherwise.", False),
        ("Escherichia coli, though — not in this patient.", False),
        ("A) Escherichia coli — not my pick; the casts say otherwise.", False),
        ("Escherichia coli — off the table.", False),
        # the same idioms said of another option, or undone, keep the answer
        ("Proteus mirabilis we can forget about: the casts say otherwise.", True),
        ("Proteus mirabilis forms struvite stones: cross that one off.", True),
        ("Proteus mirabilis is a red herring here.", True),
        ("Proteus mirabilis — not my pick; the casts say otherwise.", True),
        ("Escherichia coli — we should never cross it off the list.", True),
    ],
)
def test_an_option_dismissed_in_everyday_words_then_answered_is_a_contradiction(judge, sentence, accepted):
    verdict = judge.judge(PYELO, CASE + WHY + sentence + "\n\nAnswer: A", "stop")
    assert verdict.accepted is accepted and ("contradiction" in verdict.reasons) is not accepted, verdict


@pytest.mark.parametrize(
    "sentence, accepted",
    [
        ("Red casts (D) are seen in nephrotic syndrome too, and therefore not the odd one out.", False),
        ("Hyperlipidemia (C) follows the low albumin, and therefore not the odd one out.", True),
    ],
)
def test_not_the_odd_one_out_rejects_an_exception_questions_answer(judge, sentence, accepted):
    verdict = judge.judge(NEPHROTIC, NEPHROTIC_CASE + sentence + "\n\nAnswer: D", "stop")
    assert verdict.accepted is accepted, verdict


@pytest.mark.parametrize("ending, letter", [("so A ✅", "A"), ("so C ✔", "C"), ("so A 👍", "A")])
def test_a_short_answer_closed_by_a_tick_answers(judge, ending, letter):
    verdict = judge.judge(PYELO, CASE + WHY + "\n" + ending, "stop")
    assert verdict.extracted_answer == letter and verdict.accepted is (letter == "A"), verdict


@pytest.mark.parametrize(
    "row, accepted",
    [
        ("| Escherichia coli (A) | Ruled out | P fimbriae are common |", False),
        ("| Escherichia coli (A) | Excluded | P fimbriae are common |", False),
        ("| Proteus mirabilis (C) | Ruled out | struvite stones |", True),
        # a purpose is no verdict
        ("| Escherichia coli (A) | Rule out bleeding | P fimbriae are common |", True),
        # a bare "no" under the header "Verdict" is one (``tables``: a yes/no column under a header that is no
        # verdict, "Struvite stones?", says nothing; see test_judging_tables)
        ("| Escherichia coli (A) | no | yes |", False),
    ],
)
def test_a_tables_verdict_cell_right_after_the_option_rejects_it(judge, row, accepted):
    table = "| Option | Verdict | Why |\n|---|---|---|\n" + row + "\n\nAnswer: A"
    verdict = judge.judge(PYELO, CASE + WHY + "\n\n" + table, "stop")
    assert verdict.accepted is accepted, verdict
