"""Answers changed out loud, read from the dev half of ``probes/switches.jsonl`` (an independent writer's set,
split by style before any measuring): more revision markers ("That was hasty.", "Update: changing this
answer.", "Correction to the line above:", a line "CORRECTION", "I'm re-ranking", "my top pick was wrong",
"Revised impression:", "that finding changes my answer"), a marker opening a list item ("- Actually, no:"),
and an answer struck through in markdown ("~~Answer: C~~"). The set keeps its counts
(``tests/test_judging_conclusions.py``)."""

from __future__ import annotations

import pytest

from tests.probe_sets import probe_items

REASONS = (
    " No fever is reported and nothing predisposes her to endocarditis; the echo shows a mass on the atrial "
    "septum, and the positional dyspnoea and syncope fit a tumour that intermittently obstructs the valve."
)


@pytest.mark.parametrize(
    "marker",
    [
        "That was hasty.",
        "Update: changing this answer.",
        "Correction to the line above: endocarditis does not fit.",
        "CORRECTION\n",
        "I'm re-ranking.",
        "My top pick was wrong.",
        "Revised impression:",
        "That finding changes my answer:",
        # from ``probes/switches3.jsonl`` (a third writer)
        "Strike that.",
        "I jumped the gun.",
        "Let me backtrack.",
    ],
)
def test_a_revision_marker_lets_the_answer_change(judge, marker):
    mcq, case = probe_items("switches")["item2"]
    first = "Answer so far: C (subacute infective endocarditis)\n\n"
    verdict = judge.judge(mcq, case + first + marker + REASONS + "\n\nAnswer: E", "stop")
    assert verdict.accepted, verdict
    # the same change with no marker is two answers
    verdict = judge.judge(mcq, case + first + REASONS.strip() + "\n\nAnswer: E", "stop")
    assert not verdict.accepted and "multiple_answers" in verdict.reasons, verdict


def test_a_revision_marker_may_open_a_list_item(judge):
    mcq, case = probe_items("switches")["item3"]
    lines = [
        "- Poor feeding, lethargy, hypothermia → sepsis? Pick A.",
        "- {}the defining finding is diffuse petechiae and bruising with abuse excluded.",
        "- Home delivery, no postnatal care → no vitamin K injection at birth.",
        "- Final pick: **D**.",
    ]
    revised = case + "\n".join(lines).format("Actually, no: ")
    assert judge.judge(mcq, revised, "stop").accepted
    unrevised = judge.judge(mcq, case + "\n".join(lines).format("But "), "stop")
    assert not unrevised.accepted and "multiple_answers" in unrevised.reasons, unrevised


@pytest.mark.parametrize(("struck", "accepted"), [("~~Final answer: C~~", True), ("Final answer: C", False)])
def test_an_answer_struck_through_is_no_answer(judge, struck, accepted):
    mcq, case = probe_items("switches")["item1"]
    body = (
        f"{struck}\n\nAnaplasmosis puts morulae in granulocytes, and this smear has organisms inside the red "
        "cells, extracellular rings and tetrads. Final answer: B."
    )
    assert judge.judge(mcq, case + body, "stop").accepted is accepted


LAXATIVES = (
    " Melanosis coli, a magnesium of 3.3 and a hypokalaemic alkalosis in a nurse with bulimia mean laxative "
    "abuse; VIPoma gives an acidosis and no pigment."
)


@pytest.mark.parametrize(
    "first, revision",
    [
        ("1. Watery diarrhoea with hypokalaemia → VIPoma → answer C.\n2.", " Step 1 was wrong."),
        ("The answer is VIPoma.", " On second look that doesn't hold:"),
    ],
)
def test_more_ways_to_revise_out_loud(judge, first, revision):
    mcq, case = probe_items("switches2")["item2"]
    verdict = judge.judge(mcq, case + first + revision + LAXATIVES + "\n\nAnswer: E", "stop")
    assert verdict.accepted, verdict
    verdict = judge.judge(mcq, case + first + LAXATIVES + "\n\nAnswer: E", "stop")
    assert not verdict.accepted, verdict


@pytest.mark.parametrize(
    ("after", "accepted"),
    [
        ("Discharge diagnosis: VIPoma.", False),
        ("Most likely diagnosis in one word: VIPoma.", False),
        ('In a phrase: "Celiac disease".', False),
        ("Discharge diagnosis: medication abuse.", True),
        ("Differential diagnosis: VIPoma, carcinoid tumor.", True),
    ],
)
def test_a_diagnosis_labelled_after_the_answer_is_a_second_answer(judge, after, accepted):
    mcq, case = probe_items("switches2")["item2"]
    verdict = judge.judge(mcq, case + LAXATIVES.strip() + "\n\nAnswer: E\n\n" + after, "stop")
    assert verdict.accepted is accepted, verdict


def test_a_struck_letter_in_the_answer_line_gives_way_to_the_next(judge):
    mcq, case = probe_items("switches2")["item1"]
    body = (
        "Final answer: ~~E~~ **B**. The vulvar skin is thin and white with labial resorption and perianal "
        "involvement, which atrophic vaginitis does not produce; this is lichen sclerosus."
    )
    verdict = judge.judge(mcq, case + body, "stop")
    assert verdict.accepted and verdict.extracted_answer == "B", verdict


def test_what_another_clause_fails_to_explain_does_not_hedge_the_answer(judge):
    mcq, case = probe_items("switches2")["item2"]
    verdict = judge.judge(
        mcq, case + LAXATIVES.strip() + "\n\nAnswer: E; VIPoma doesn't explain the pigment.", "stop"
    )
    assert verdict.extracted_answer == "E", verdict


CHIK = "Small-joint pain is the signature of chikungunya."


@pytest.mark.parametrize(
    ("tail", "accepted"),
    [
        (" So the correct choice is A. That said, the diagnosis is dengue fever.", False),
        ("\n\nFinal answer: A.\n\nDiagnosis to record: dengue fever.", False),
        (" Answer: A. In short, this traveller most likely has dengue fever.", False),
        # the same lines for the answer, or with the other option set aside
        (" So the correct choice is A. That said, dengue fever (B) was less likely.", True),
        ("\n\nFinal answer: A.\n\nDiagnosis to record: chikungunya.", True),
        (" Answer: A. In short, this traveller most likely has chikungunya.", True),
    ],
)
def test_another_option_claimed_after_the_answer(judge, tail, accepted):
    """From ``probes/switches3.jsonl``: a claim for another option right after the answer's letter and its
    stop ("… is A. That said, …": a capital and a stop end no sentence elsewhere, "D. Nitrofurantoin"), a
    label of a few words before its colon ("Diagnosis to record:"), the patient said to have it ("most
    likely has")."""
    mcq, case = probe_items("switches3")["item1"]
    verdict = judge.judge(mcq, case + CHIK + tail, "stop")
    assert verdict.accepted is accepted, verdict


@pytest.mark.parametrize(("letter", "accepted"), [("E", False), ("A", True)])
def test_an_answer_in_words_with_its_letter_in_brackets_commits(judge, letter, accepted):
    """From ``probes/switches3.jsonl``: "My answer is enteric fever (E): …" commits to E, in the writer's own
    words, so a later A needs a revision."""
    mcq, case = probe_items("switches3")["item1"]
    body = f"My answer is the traveller's fever ({letter}): a febrile traveller. {CHIK} Answer: A."
    verdict = judge.judge(mcq, case + body, "stop")
    assert verdict.accepted is accepted, verdict


@pytest.mark.parametrize(
    ("tail", "accepted"),
    [
        ("\n\nAnswer: A\n\nVirus to notify: dengue fever", False),
        ("\n\nAnswer: A\n\nCoding note: vector-borne = dengue fever.", False),
        # the same labels for the answer, or labels that set the other option aside
        ("\n\nAnswer: A\n\nVirus to notify: chikungunya", True),
        ("\n\nAnswer: A\n\nRuled out: dengue fever.", True),
        ("\n\nAnswer: A\n\nDifferential: dengue fever.", True),
    ],
)
def test_any_short_label_after_the_answer_may_give_another(judge, tail, accepted):
    """From ``probes/switches3.jsonl``: any label of a few words after the answer ("Junction targeted:",
    "Virus to notify:") whose value is another option is a second answer, not only "Diagnosis:"; a label
    that sets options aside or lists them ("Ruled out:", "Differential:") gives none."""
    mcq, case = probe_items("switches3")["item1"]
    verdict = judge.judge(mcq, case + CHIK + tail, "stop")
    assert verdict.accepted is accepted, verdict


@pytest.mark.parametrize("sep", [", ", " — "])
def test_a_letter_and_its_text_opening_the_last_sentence_is_the_revised_answer(judge, sep):
    """From ``probes/switches3.jsonl``: "… scratch that. … notch the ribs. C, coarctation of the aorta." ends
    on C: a letter opening a sentence, then its own option text to the line's end, commits as one inside a
    line does; the same letter with another option's text commits to nothing."""
    mcq, case = probe_items("switches3")["item2"]
    head = "It's aortic stenosis, D. Hmm, scratch that. Aortic stenosis wouldn't notch the ribs. "
    verdict = judge.judge(mcq, case + head + f"C{sep}coarctation of the aorta.", "stop")
    assert verdict.accepted and verdict.extracted_answer == "C", verdict
    verdict = judge.judge(mcq, case + head + f"C{sep}pulmonic stenosis.", "stop")
    assert verdict.extracted_answer != "C", verdict


@pytest.mark.parametrize(
    ("close", "accepted"), [("so none of them fits", True), ("so each of them fits", False)]
)
def test_a_recap_that_closes_on_none_of_them_reopens_nothing(judge, close, accepted):
    """From ``probes/finals4.jsonl``: "To recap, A, B and E chelate other metals, so none of them fits" after
    the answer rejects the letters it lists; the same recap that keeps them reopens the question."""
    mcq, case = probe_items("finals4")["item1"]
    body = f"Iron toxicity, so deferoxamine.\nAnswer: C. To recap, A, B and E chelate, {close}."
    verdict = judge.judge(mcq, case + body, "stop")
    assert verdict.accepted is accepted, verdict


@pytest.mark.parametrize("sep", [": ", " — "])
def test_a_letter_after_therefore_then_a_reason_commits(judge, sep):
    """From ``probes/finals4.jsonl``: "Therefore E: the chorea … means Huntington disease." commits to E as
    "Therefore E." does: a colon or a dash and a reason may end the clause the letter closes."""
    mcq, case = probe_items("finals4")["item3"]
    body = f"Dural tumors are not familial. Therefore E{sep}the chorea means Huntington disease."
    verdict = judge.judge(mcq, case + body, "stop")
    assert verdict.accepted and verdict.extracted_answer == "E", verdict
