"""How a trace may state its answer, read as a user's traces write it: an option said in short in its own
words beside its letter ("I'd pick release of TNF, D"), a label whose letter comes after a description
("Selection: #1 on the list above, which is choice A") or after an elimination ("Remaining: C"), an arrow
to a letter called an option with the writer's own gloss ("Plan → option A: stop the metformin"), the last
line under a label of the writer's own ("The enzyme target of the culprit drug: the 50S ribosomal
subunit."), a trace that opens on one option's text alone ("Diltiazem — here is why: …"), and an option's
text written as a compound either way ("piezo-electric vibration")."""

from __future__ import annotations

import pytest

from tests.conftest import gold_mcq
from tests.test_judging_round32 import CASE, PYELO

SHOCK = gold_mcq(
    "shock",
    "A 12-year-old boy in intensive care with severe pneumonia becomes hypotensive with warm limbs and a "
    "fever of 39.4 C despite fluids, and needs vasopressors. Which of the following most likely mediates "
    "his hypotension?",
    {
        "A": "Release of histamine from mast cells",
        "B": "Activation of the complement cascade",
        "C": "Loss of sympathetic tone",
        "D": "Release of tumor necrosis factor (TNF)",
    },
    "D",
)
SEPSIS = (
    "Severe pneumonia, then sudden hypotension with warm limbs and fever that fluids do not fix: this is "
    "warm, distributive septic shock. Bacterial products drive macrophages to release cytokines that dilate "
    "vessels and make them leak; histamine belongs to anaphylaxis, and nothing here injured the cord. "
)


@pytest.mark.parametrize(
    "closing, accepted",
    [
        ("I'd pick release of TNF, D. 👍", True),  # the option in short, in its own words
        ("Check the C-peptide level.", False),  # a letter joined to a word is no answer
    ],
)
def test_an_option_said_in_short_beside_its_letter_answers(judge, closing, accepted):
    verdict = judge.judge(SHOCK, SEPSIS + closing, "stop")
    assert verdict.accepted is accepted, verdict
    assert (verdict.extracted_answer == "D") is accepted, verdict


@pytest.mark.parametrize(
    "closing",
    [
        "Selection: #1 on the list above, which is choice A (Escherichia coli).",
        "Eliminated: B, C, D. Remaining: A, Escherichia coli.",
        "Plan → option A: treat the coli infection.",
    ],
)
def test_an_answer_stated_in_a_users_format_is_read(judge, closing):
    verdict = judge.judge(PYELO, f"{CASE}\n\n{closing}", "stop")
    assert verdict.accepted and verdict.extracted_answer == "A", verdict


GRAFT = gold_mcq(
    "graft",
    "A bone graft is harvested from the mandibular ramus next to the inferior alveolar nerve. Which cutting "
    "method spares the nerve and soft tissue best?",
    {"A": "Piezoelectric surgery", "B": "Rotary bur", "C": "Chisel and mallet", "D": "Carbon dioxide laser"},
    "A",
)


@pytest.mark.parametrize(
    "written", ["piezo-electric surgery", "Piezo electric surgery", "piezoelectric surgery"]
)
def test_an_options_compound_word_written_hyphenated_or_apart_is_its_text(judge, written):
    trace = (
        "Harvesting next to the inferior alveolar nerve needs a method that cuts mineralised bone but spares "
        "the nerve and the soft tissue: ultrasonic micro-vibrations cut bone and stop at soft tissue, while "
        "a bur or a chisel tears whatever it meets and a laser chars the margins.\n\n"
        f"Final answer: {written}"
    )
    verdict = judge.judge(GRAFT, trace, "stop")
    assert verdict.accepted and verdict.extracted_answer == "A", verdict


@pytest.mark.parametrize(
    "closing, answer",
    [
        ("The organism behind this ascending infection: Escherichia coli.", "A"),
        ("What the casts and the P fimbriae point to: escherichia coli", "A"),
        # a label that sets the option aside, or a line that is not the last, states no answer
        ("Not the organism here: Escherichia coli.", None),
        ("The organism behind this ascending infection: Escherichia coli.\nIts P fimbriae decide it.", None),
    ],
)
def test_the_last_line_under_a_label_of_its_own_states_the_option(judge, closing, answer):
    verdict = judge.judge(PYELO, f"{CASE}\n\n{closing}", "stop")
    assert verdict.extracted_answer == answer and verdict.accepted is (answer == "A"), verdict


OTHERS = "Proteus mirabilis would need urease-driven stones, and Enterococcus faecalis belongs to catheters."


@pytest.mark.parametrize(
    "trace, answer",
    [
        (f"Escherichia coli — here is why:\n{CASE}{OTHERS}", "A"),
        (f"Escherichia coli.\n\n{CASE}{OTHERS}", "A"),
        # a list that opens each line on an option weighs them: no answer stated first
        (
            f"Escherichia coli — the usual strain.\nProteus mirabilis — urease and stones.\n\n{CASE}{OTHERS}",
            None,
        ),
    ],
)
def test_a_trace_that_opens_on_one_options_text_states_its_answer_first(judge, trace, answer):
    verdict = judge.judge(PYELO, trace, "stop")
    assert verdict.extracted_answer == answer and verdict.accepted is (answer == "A"), verdict
