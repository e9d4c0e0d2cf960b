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
from tests.conftest import gold_mcq
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
        # declined by a verb before it, with the option's noun between ("the option pairing …")
        ("For that reason I would reject the option pairing Escherichia coli with these casts.", False),
        ("I'll exclude the choice of Escherichia coli, given the casts.", False),
        ("I would reject the option pairing Proteus mirabilis with these casts.", True),
        # said not to be what this case needs ("not the addition here"), not what it lacks
        ("Escherichia coli is not the addition here, since the casts point elsewhere.", False),
        ("Escherichia coli isn't the organism in this case.", False),
        ("Escherichia coli is not the only organism here, but it is the commonest.", True),
    ],
)
def test_a_rejection_in_the_writers_own_words(judge, sentence, accepted):
    assert_contradiction(judge, f"{CASE}{sentence}\n\nAnswer: A", accepted)


STERNUM = gold_mcq(
    "sternum",
    "A 78-year-old man has fever, a tender sternal wound and a fluid collection below the sternum five days "
    "after aortic valve replacement. Which of the following is the most appropriate next step?",
    {
        "A": "Surgical repair of esophageal perforation",
        "B": "Intravenous antibiotics and observation",
        "C": "Intravenous antibiotics and debridement of surgical wound",
    },
    "C",
)
WOUND = "Fever, a tender sternal wound and a collection below the sternum after sternotomy: mediastinitis. "


@pytest.mark.parametrize(
    "label, accepted",
    [
        ("IV antibiotics and observation", False),  # "IV" is how "intravenous" is written
        ("intravenous antibiotics and observation", False),
        ("IV antibiotics and debridement of surgical wound", True),
        ("Antibiotics", True),  # two options' words: it names neither
    ],
)
def test_a_ranked_items_label_names_its_option_with_a_term_written_otherwise(judge, label, accepted):
    ranked = f"Ranked by how well they fit:\n1. **{label}** — the usual course.\n2. Surgery."
    trace = f"{WOUND}\n\n{ranked}\n\nAnswer: C"
    verdict = judge.judge(STERNUM, trace, "stop")
    assert verdict.accepted is accepted and ("contradiction" in verdict.reasons) is not accepted, verdict
