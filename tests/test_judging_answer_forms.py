"""How a trace may state its answer, read as a user's traces write it: an option said in short in its own
words beside its letter ("I'd pick release of TNF, D"), a label whose letter comes after a description
("Selection: #1 on the list above, which is choice A") or after an elimination ("Remaining: C"), an arrow
to a letter called an option with the writer's own gloss ("Plan → option A: stop the metformin"), the last
line under a label of the writer's own ("The enzyme target of the culprit drug: the 50S ribosomal
subunit."), a trace that opens on one option's text alone ("Diltiazem — here is why: …"), an option's
text written as a compound either way ("piezo-electric vibration"), and an answer read from a sentence that
opens on the option's text, which concludes alone. After the answer, another option left standing ("unless
it's the circumflex", "could just as well be B", "not certain which of B or C") is a hedge."""

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


INFERIOR = gold_mcq(
    "inferior",
    "A 45-year-old man has crushing chest pain radiating to the left arm for 40 minutes. ECG shows ST "
    "elevation in leads II, III and aVF. Which coronary artery is most likely occluded?",
    {
        "A": "Left anterior descending artery",
        "B": "Left circumflex artery",
        "C": "Right coronary artery",
        "D": "Left main coronary artery",
    },
    "C",
)
# the reasoning opens a sentence on the answer's own text: read as the answer when no letter is
WALL = (
    "ST elevation in the inferior leads II, III and aVF points to an inferior wall infarction. "
    "Right coronary artery occlusion explains it, as the RCA supplies the inferior wall in most people. "
    "The left anterior descending would give anterior changes in V1-V4, the circumflex lateral changes in "
    "I, aVL, V5-V6, and a left main occlusion widespread changes and usually shock.\n\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "Ans. C",
        "C must be the answer.",
        "Option C is the one.",
        "C fits best.",
        "RCA (C).",
        "C best explains it.",
    ],
)
def test_an_answer_read_from_a_sentence_opening_on_its_text_keeps_the_sentence_before(judge, closing):
    """An answer read from the option's text at a sentence's start concludes with that sentence alone: the
    one before it is reasoning (cut with it, a well-grounded trace was left "boilerplate")."""
    verdict = judge.judge(INFERIOR, WALL + closing, "stop")
    assert verdict.accepted and verdict.extracted_answer == "C", verdict


@pytest.mark.parametrize(
    "closing, accepted",
    [
        ("Answer: C. I'm not certain which of B or C is intended.", False),  # unsure is no rejection of B
        ("C... unless it's the left circumflex artery, which can also supply the inferior wall.", False),
        ("Answer: C, but it could just as well be B.", False),
        ("Answer: C. Could also be the left circumflex artery.", False),
        ("Answer: C. Unless the patient is unstable, PCI should be done within 90 minutes.", True),
        ("Answer: C, the right coronary artery, unless it is a left-dominant system (uncommon).", True),
        (
            "Answer: C. The left circumflex could also be involved in a left-dominant heart, but not here.",
            True,
        ),
        ("I'm not certain of the exact onset time, but the answer is C.", True),
    ],
)
def test_another_option_left_standing_after_the_answer_is_a_hedge(judge, closing, accepted):
    verdict = judge.judge(INFERIOR, WALL + closing, "stop")
    assert verdict.accepted is accepted, verdict
    assert accepted or "multiple_answers" in verdict.reasons, verdict
