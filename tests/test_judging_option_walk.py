"""An option walk: each line headed by one option, its last sentence a verdict on that option.

The head may give the letter and then the option's text ("- B, Hexamethonium: … Off the table."): the
verdict is said of that option as much as under "B:" or "Hexamethonium:" alone. A letter set aside by a
phrasal verb ("taking C off the table") is an option's letter: "on" and "off" were YAML booleans in the
word list that says so, and such an entry is now an error."""

from __future__ import annotations

import pytest

from cot_synth.content import ContentDir
from cot_synth.errors import UserError
from cot_synth.judging.rules import RuleJudge
from cot_synth.judging.spec import rule_files
from tests.test_judging_round32 import CASE, PYELO

PROTEUS = "- C, Proteus mirabilis: urease and struvite stones, which nothing here suggests. Wrong.\n"


def assert_contradiction(judge, trace: str, accepted: bool) -> None:
    """The trace (answering A, the gold letter) is accepted, or rejected as a contradiction."""
    verdict = judge.judge(PYELO, trace, "stop")
    assert verdict.accepted is accepted and ("contradiction" in verdict.reasons) is not accepted, verdict


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
    assert_contradiction(judge, f"{CASE}\n{line}{PROTEUS}\nAnswer: A", accepted)


@pytest.mark.parametrize(
    "sentence",
    [
        "So I'm taking A off the table, it just doesn't match the casts.",  # "off" follows a letter
        "Honestly, rule A out on these findings; nothing else fits better.",
    ],
)
def test_a_letter_followed_by_a_particle_is_an_option(judge, sentence):
    assert_contradiction(judge, f"{CASE}{sentence}\n\nAnswer: A", accepted=False)


@pytest.mark.parametrize("word", [False, True, 3])
def test_a_word_list_entry_yaml_read_as_no_word_is_a_clear_error(word):
    rules, leaks, injection = rule_files(ContentDir.resolve("judges", None))
    rules["letters"]["follow_words"].append(word)
    with pytest.raises(UserError, match=r"letters\.follow_words\[\d+\]: .* is not a word \(quote it"):
        RuleJudge(rules, leaks, injection)


@pytest.mark.parametrize(
    "sentence, accepted",
    [
        # the option's standing as what the writer would use denied
        ("Escherichia coli isn't the organism I'd rely on here.", False),
        ("Escherichia coli is not the culprit I would go with.", False),
        # a finding said to make the option false
        ("The missing fimbriae make Escherichia coli wrong for this case.", False),
        ("Nothing here renders Escherichia coli untenable.", True),  # negated: "nothing" renders it so
        # a label's verdict with the option's letter in brackets between, and a phrase after it
        ("- Escherichia coli (A): incorrect for this patient's casts.", False),
        ("- Escherichia coli (A): wrong in this setting.", False),
        ("- Proteus mirabilis (C): incorrect for this patient's casts.", True),
    ],
)
def test_a_rejection_in_the_writers_own_words(judge, sentence, accepted):
    assert_contradiction(judge, f"{CASE}{sentence}\n\nAnswer: A", accepted)
