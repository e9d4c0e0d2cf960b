"""An option walk: each line headed by one option, its last sentence a verdict on that option.

The head may give the letter and then the option's text ("- B, Hexamethonium: … Off the table."): the
verdict is said of that option as much as under "B:" or "Hexamethonium:" alone."""

from __future__ import annotations

import pytest

from tests.test_judging_round32 import CASE, PYELO

PROTEUS = "- C, Proteus mirabilis: urease and struvite stones, which nothing here suggests. Wrong.\n"


@pytest.mark.parametrize(
    "line, accepted",
    [
        ("- A, Escherichia coli: the commonest organism, but the story here is too typical. Wrong.\n", False),
        ("- (A) Escherichia coli: the usual suspect, yet it misses the casts. Off the table.\n", False),
        ("- A. Escherichia coli: the usual suspect, yet it misses the casts. A non-starter.\n", False),
        # the verdict for the option it heads
        ("- A, Escherichia coli: P fimbriae and the ascent from the bladder fit. Keep.\n", True),
    ],
)
def test_a_verdict_ending_a_line_headed_by_letter_and_text_is_said_of_that_option(judge, line, accepted):
    verdict = judge.judge(PYELO, f"{CASE}\n{line}{PROTEUS}\nAnswer: A", "stop")
    assert verdict.accepted is accepted and ("contradiction" in verdict.reasons) is not accepted, verdict
