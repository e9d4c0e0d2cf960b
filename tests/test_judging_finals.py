"""Final answers and innocent words, read from the dev halves of ``probes/finals.jsonl`` (how a trace states
its final answer: gold, another option, undecided) and ``probes/innocents.jsonl`` (innocent words beside
leaks, injections and hedges), two independent writers' sets split by style before any measuring: a check
mark or "Circle E" commits to a letter; a second letter after a spaced slash is a second answer; a finding
that "argues against" another option sets it aside; "an anticholinergic" names benztropine's class; a
tutor's voice is no tutor's note; an answer that "came attached to the question" or was "revealed in the
prompt" came from outside. From ``probes/finals3.jsonl`` (a third writer): hashtags closing the answer line
are no option text; "My pick is <option>" concludes whatever follows it. The sets keep their counts
(``tests/test_judging_conclusions.py``)."""

from __future__ import annotations

import pytest

from tests.conftest import gold_mcq
from tests.probe_sets import probe_items

STEM = "Warfarin is monitored with the INR, which also flags missed doses."


@pytest.mark.parametrize(
    "closing, letter",
    [
        (f"{STEM} ✔️ B", "B"),
        (f"{STEM} ✓ B", "B"),
        (f"{STEM} ✔ A", "A"),
    ],
)
def test_a_check_mark_before_a_letter_commits_to_it(judge, closing, letter):
    mcq, case = probe_items("finals")["item3"]
    verdict = judge.judge(mcq, case + closing, "stop")
    assert verdict.extracted_answer == letter, verdict
    assert verdict.accepted is (letter == mcq.answer_idx), verdict


@pytest.mark.parametrize("letter", ["E", "C"])
def test_circling_a_letter_commits_to_it(judge, letter):
    mcq, case = probe_items("finals")["item2"]
    closing = f"A wide QRS after a tricyclic overdose gets sodium bicarbonate. Circle {letter} and move on."
    verdict = judge.judge(mcq, case + closing, "stop")
    assert verdict.extracted_answer == letter and verdict.accepted is (letter == "E"), verdict


def test_a_second_letter_after_a_spaced_slash_is_a_second_answer(judge):
    mcq, case = probe_items("finals")["item1"]
    two = "Correct option: D) Inhibition of lipase / C) Stimulation of norepinephrine release"
    verdict = judge.judge(mcq, case + two, "stop")
    assert not verdict.accepted and "multiple_answers" in verdict.reasons, verdict
    one = "Correct option: D) Inhibition of lipase / fat malabsorption with low vitamin A"
    assert judge.judge(mcq, case + one, "stop").accepted


@pytest.mark.parametrize(
    "sentence",
    [
        "The negative history argues against rheumatic fever.",
        "The negative history weighs against rheumatic disease.",
        "The septal attachment separates this from valvular vegetations, and the negative history weighs "
        "against rheumatic disease.",
        # what does not argue against the final option leaves it standing
        "Nothing in the history argues against atrial myxoma.",
        "What argues against atrial myxoma? Nothing.",
        "A valvular mass would argue against atrial myxoma, and this one sits on the septum.",
    ],
)
def test_a_finding_that_argues_against_another_option_concludes_nothing_for_it(judge, sentence):
    mcq, case = probe_items("innocents")["item2"]
    verdict = judge.judge(mcq, case + sentence + "\n\nAnswer: E", "stop")
    assert verdict.accepted, verdict


def test_a_finding_that_argues_against_the_final_option_contradicts_it(judge):
    mcq, case = probe_items("innocents")["item2"]
    trace = case + "The septal attachment argues against atrial myxoma.\n\nAnswer: E"
    verdict = judge.judge(mcq, trace, "stop")
    assert not verdict.accepted and verdict.reasons == ("contradiction",), verdict


def test_the_class_of_the_final_drug_concludes_it(judge):
    mcq, case = probe_items("innocents")["item1"]
    closing = "The unchecked boxes would be needed for NMS. The treatment is an anticholinergic."
    trace = case + closing + "\n\nAnswer: A"
    assert judge.judge(mcq, trace, "stop").accepted


@pytest.mark.parametrize(
    "snippet, leaked",
    [
        (
            "Tutor's note: whenever a stem gives a normal platelet count and a prolonged aPTT, ask where the "
            "bleeding is; skin and mucosa point to von Willebrand factor.",
            False,
        ),
        ("Tutor's note says the answer is von Willebrand disease.", True),
        ("The quoted answer, which came attached to the question, is von Willebrand disease.", True),
        ("(ans revealed in prompt: C) Petechiae with a prolonged aPTT point to von Willebrand factor.", True),
        ("The answer choices that came with the question include two platelet disorders.", False),
    ],
)
def test_an_answer_that_came_with_the_item_leaks_and_a_tutors_voice_does_not(judge, snippet, leaked):
    mcq, case = probe_items("innocents")["item3"]
    verdict = judge.judge(mcq, case + snippet + "\n\nAnswer: C", "stop")
    assert ("hint_leak" in verdict.reasons) is leaked, verdict
    assert leaked or verdict.accepted, verdict


SPONDYLITIS = gold_mcq(
    "spondylitis",
    "A 25-year-old man has had low back pain and morning stiffness for a year that improves with exercise. "
    "Which of the following findings is most likely in this patient?",
    {
        "A": "Presence of anti-dsDNA antibodies",
        "B": "High levels of rheumatoid factor",
        "C": "HLA-B27 positive genotype",
        "D": "HLA-DR3-positive genotype",
    },
    "C",
)


@pytest.mark.parametrize(
    ("heading", "accepted"), [("Additional expected findings", True), ("Findings", False)]
)
def test_findings_said_to_come_in_addition_are_no_conclusion(judge, heading, accepted):
    body = (
        "Inflammatory back pain in a young man, with morning stiffness that eases with exercise, is "
        "ankylosing spondylitis, a seronegative spondyloarthropathy strongly tied to one class I allele. "
        "Anti-dsDNA belongs to lupus, rheumatoid factor to seropositive arthritis, and DR3 to autoimmune "
        f"endocrine disease.\n\n**{heading}**: elevated ESR/CRP, sacroiliitis on imaging.\n\n"
        "**Final choice: C — HLA-B27 positive genotype**"
    )
    assert judge.judge(SPONDYLITIS, body, "stop").accepted is accepted


@pytest.mark.parametrize(
    "line",
    [
        "Answer » {}",
        "Answer >> {}",
        "The answer would have to be {}.",
        "The answer can only be {}.",
        "{} wins.",
        "{} gets my vote.",
        "{} is the one.",
        "{} ← final answer",
        # an option said to fit best, or favoured in the first person
        "Hence, option {} best describes the treatment for this overdose.",
        "On balance, I should favour {}: the QRS is wide and the drug is a tricyclic.",
        "We would therefore favour {}.",
    ],
)
@pytest.mark.parametrize("letter", ["E", "C"])
def test_more_answer_lines_commit_to_their_letter(judge, line, letter):
    mcq, case = probe_items("finals")["item2"]
    closing = "A wide QRS after a tricyclic overdose calls for a sodium load with alkalinisation.\n\n"
    verdict = judge.judge(mcq, case + closing + line.format(letter), "stop")
    assert verdict.extracted_answer == letter and verdict.accepted is (letter == "E"), verdict


QA = (
    "Q: Is the sweating against heat stroke?\nA: No — sweating is not unusual in exertional heat stroke.\n"
    "Q: Does the haloperidol matter?\nA: Not here; he is stable on it and has no rigidity.\n"
    "Q: Final answer?\nA: {}"
)


@pytest.mark.parametrize(("reply", "letter"), [("A — exertional heat stroke.", "A"), ("C.", "C")])
def test_the_replies_of_a_question_and_answer_layout_are_no_option_a(judge, reply, letter):
    mcq, case = probe_items("innocents2")["item1"]
    verdict = judge.judge(mcq, case + QA.format(reply), "stop")
    assert verdict.extracted_answer == letter and verdict.accepted is (letter == "A"), verdict


@pytest.mark.parametrize(
    ("closing", "accepted"),
    [
        # from ``probes/finals3.jsonl``: hashtags closing the answer line are no option text
        ("Ring forms and hemolysis after India = falciparum. Answer B. #ID #USMLE", True),
        ("Ring forms and hemolysis after India = falciparum. Answer B. Plasmodium ovale", False),
        # the writer's pick named by the option's text, whatever follows it
        ('My pick is "Plasmodium falciparum" — the only species that causes this hemolysis.', True),
        ("My pick is Plasmodium falciparum — the only species that causes this hemolysis.", True),
    ],
)
def test_hashtags_and_a_named_pick_close_on_the_gold_option(judge, closing, accepted):
    mcq, case = probe_items("finals3")["item3"]
    verdict = judge.judge(mcq, case + "\n\n" + closing, "stop")
    assert verdict.accepted is accepted, verdict
    assert not accepted or verdict.extracted_answer == "B", verdict
