"""Another option concluded in words before the answer line, read from the dev half of
``probes/contras.jsonl`` (an independent writer's set, split by style before any measuring, each contradiction
paired with a twin that concludes the gold option): a line that opens on a conclusion's label ("Bottom line:
naloxone."); a first-person order ("I'd push Narcan"); what the patient needs ("Naloxone is what he needs",
"what he needs is cyproheptadine"); a question for the answer replied to with an option alone ("What treats
it? Cyproheptadine."); an option made "the right medication", recommended, or "what it is"; a "drug:" line;
from ``probes/contras2.jsonl`` (a second writer), a ranking on its label's line ("My ranking: 1. …, 2. …"),
and "It is the clear choice." points back, it says nothing else. The sets keep their counts
(``tests/test_judging_conclusions.py``)."""

from __future__ import annotations

import pytest

from tests.probe_sets import probe_items, probe_rows


def answered(judge, name: str, item: str, body: str):
    """The verdict on ``body`` after the case of probe set ``name``'s ``item``, then its gold letter."""
    mcq, case = probe_items(name)[item]
    return judge.judge(mcq, case + body + f"\nAnswer: {mcq.answer_idx}", "stop")


TCA = "A wide QRS with dilated pupils and urinary retention after a nortriptyline overdose is TCA toxicity."


@pytest.mark.parametrize(
    ("body", "accepted"),
    [
        ("Bottom line: naloxone.", False),
        ("**Verdict:** naloxone (opioid co-ingestion).", False),
        ("I'd start cyproheptadine right away.", False),
        ("I'd push Narcan through the IV now.", False),
        ("What does he need first? Naloxone, intravenously, for the sedation.", False),
        ("Naloxone is what he needs. His pupils are wide and his QRS is 130 ms.", False),
        ("What he doesn't need is sodium bicarbonate; what he needs is cyproheptadine.", False),
        ("What treats it? Cyproheptadine.", False),
        ("Q: What treats it? A: Cyproheptadine.\nQ: Anything else? A: Fluids.", False),
        ("What this isn't is sodium bicarbonate territory; what it is, is naloxone.", False),
        # from ``probes/contras2.jsonl`` (a second writer): a ranking on the line of its label
        ("My ranking: 1. naloxone, 2. sodium bicarbonate, 3. atropine.", False),
        # the same shapes for the gold option, or a question for what else it could be
        ("Bottom line: sodium bicarbonate.", True),
        ("I'd push sodium bicarbonate through the IV now.", True),
        ("What he doesn't need is naloxone; what he needs is sodium bicarbonate.", True),
        ("My ranking: 1. sodium bicarbonate, 2. naloxone, 3. atropine.", True),
        ("What else could it be? Naloxone, if there were pinpoint pupils; there are not.", True),
    ],
)
def test_another_option_concluded_in_words(judge, body, accepted):
    mcq, case = probe_items("contras")["item3"]
    verdict = judge.judge(mcq, case + TCA + "\n\n" + body + "\n\nAnswer: E", "stop")
    assert verdict.accepted is accepted, verdict
    assert not accepted or verdict.extracted_answer == "E", verdict


@pytest.mark.parametrize("row_id", ["ct-072", "ct-090", "ct-192"])
def test_the_writers_own_contradictions_are_caught(judge, row_id):
    """Their own words: "… make **edrophonium** the right medication for her", "Our recommendation is to start
    azathioprine …", a "drug: physostigmine" line; each then answers the gold letter."""
    row = next(r for r in probe_rows("contras") if r["id"] == row_id)
    mcq, case = probe_items("contras")[row["item"]]
    assert row["split"] == "dev" and not row["expected_accept"]
    verdict = judge.judge(mcq, case + row["snippet"], "stop")
    assert verdict.reasons == ("contradiction",), verdict


def test_it_is_the_clear_choice_points_back_and_concludes_nothing_else(judge):
    mcq, case = probe_items("contras2")["item3"]  # asks for a diagnosis: "this is X" would state one
    body = "Two strokes, a stepwise decline and a hemiparetic gait. It is the clear choice.\n\nAnswer: E"
    verdict = judge.judge(mcq, case + body, "stop")
    assert verdict.accepted and verdict.extracted_answer == "E", verdict


@pytest.mark.parametrize(
    "frame",
    [
        "Stronger with use, dry mouth, sluggish pupils. That screams {} to me.",
        "Better after exercise. Dry mouth. Every single clue says {}.",
        "Proximal, improves with use, autonomic signs. Each step adds up to {}.",
        "He has all three, so my recall lands on {}.",
        "My assessment is {}.",
    ],
)
def test_a_conclusion_in_everyday_words(judge, frame):
    """From ``probes/contras3.jsonl`` (a third writer): the case said to add up to an option in everyday
    words ("that screams", "every clue says", "adds up to", "lands on", "my assessment is") concludes it:
    another option contradicts the answer line, the gold option agrees with it."""
    mcq, case = probe_items("contras3")["item3"]
    other = judge.judge(mcq, case + frame.format("myasthenia gravis") + "\nAnswer: E", "stop")
    gold = judge.judge(mcq, case + frame.format("Lambert-Eaton syndrome") + "\nAnswer: E", "stop")
    assert "contradiction" in other.reasons, other
    assert gold.accepted, gold


def test_an_assessment_revised_is_a_revision(judge):
    """From ``probes/switches2.jsonl``: "Addendum: assessment revised, the first one was wrong" revises."""
    mcq, case = probe_items("contras3")["item3"]
    body = (
        "Assessment: myasthenia gravis. Addendum: assessment revised, the first one was wrong — it improves "
        "with use.\nFinal assessment: E"
    )
    assert judge.judge(mcq, case + body, "stop").accepted


@pytest.mark.parametrize(
    "frame",
    [
        "Schistocytes, low platelets and a raised creatinine after bloody diarrhea. I'm going with {} here.",
        "Schistocytes and a raised creatinine after bloody diarrhea, so I'd choose {}.",
    ],
)
def test_the_verbs_that_pick_a_letter_pick_an_options_text_too(judge, frame):
    """From ``probes/contras4.jsonl`` (a fourth writer): "going with", "I'd choose" pick an option by its
    text as they pick a letter (one fragment, ``CHOOSE``, serves both), so another option so picked
    contradicts the answer line."""
    other, gold = (
        answered(judge, "contras4", "item2", frame.format(named))
        for named in ("thrombotic thrombocytopenic purpura", "hemolytic uremic syndrome")
    )
    assert "contradiction" in other.reasons, other
    assert gold.accepted, gold


def test_a_plan_for_another_option_picks_nothing(judge):
    """Marking another option in a plan ("Mark dantrolene for NMS", from ``probes/innocents.jsonl``) is no
    pick of it: the exam-sheet verbs (mark, circle, bubble) and the revision verbs pick letters only."""
    body = "Schistocytes and failing kidneys. Mark disseminated intravascular coagulation for sepsis."
    assert answered(judge, "contras4", "item2", body).accepted


@pytest.mark.parametrize(
    ("item", "body", "accepted"),
    [
        ("item1", "The retina is pale, but a retinal arterial occlusion is not the diagnosis.", False),
        ("item1", "Impression: not a central retinal artery occlusion.", False),
        ("item1", "The retina is pale, and a retinal arterial occlusion is the diagnosis.", True),
        ("item1", "Impression: a central retinal artery occlusion.", True),
        # ruled out by a verb with the case as its subject, said not to fit, or not called so
        ("item1", "This sequence rules out an arterial occlusion of the retina.", False),
        ("item1", "The pale retina is not in keeping with a central retinal artery occlusion.", False),
        ("item1", "The findings are inconsistent with central retinal artery occlusion.", False),
        ("item1", "I would still not call it a central retinal artery occlusion.", False),
        ("item1", "Nothing rules out a central retinal artery occlusion.", True),
        ("item1", "The findings are not inconsistent with central retinal artery occlusion.", True),
        ("item1", "I would still call it a central retinal artery occlusion.", True),
        # the gold drug warned off or said to fail, and the same words for it or only timing it
        ("item2", "Benztropine? Not the right therapy for him.", False),
        ("item2", "Benztropine: not useful for this.", False),
        ("item2", "Don't give benztropine here.", False),
        ("item2", "Benztropine does not treat acute dystonia.", False),
        ("item2", "Benztropine is no longer appropriate therapy for this.", False),
        ("item2", "Benztropine? The right therapy for him.", True),
        ("item2", "Benztropine: useful for this.", True),
        ("item2", "Don't give benztropine until the diagnosis is clear; it is.", True),
        ("item2", "Benztropine does treat acute dystonia.", True),
        ("item2", "Dantrolene is no longer appropriate therapy for this.", True),
    ],
)
def test_the_gold_option_ruled_out_in_its_own_words(judge, item, body, accepted):
    """From ``probes/negations8.jsonl`` (a new writer): the gold option ruled out by a word of another
    form ("arterial" for "artery": one Snowball stem), under a conclusion's label ("Impression: not a …"),
    by what the case "rules out", is "not in keeping with" or the writer "would not call it"; the gold
    drug answered "Not the right therapy", "§: not useful", "Don't give §" (not one that only times it),
    "§ does not treat …", "no longer appropriate": each contradicts its letter."""
    verdict = answered(judge, "negations8", item, body)
    assert verdict.accepted is accepted, verdict


@pytest.mark.parametrize(
    ("named", "accepted"),
    [
        ("Conn syndrome", True),
        ("an aldosteronoma", True),
        ("Cushing syndrome", False),
        ("hypercortisolism", False),
        ("a catecholamine-secreting adrenal tumour", False),
    ],
)
def test_an_endocrine_excess_goes_by_its_syndromes_name(judge, named, accepted):
    """From ``probes/contras4.jsonl``: "Aldosterone excess" is Conn syndrome or an aldosteronoma, "Cortisol
    excess" is Cushing syndrome (``terms``), so a closing "This is …" agrees with the one and contradicts
    the other. (These groups were added for this set's first item, so its held-out half no longer measures
    them independently.)"""
    verdict = answered(judge, "contras4", "item1", f"This is {named}.")
    assert verdict.accepted is accepted, verdict
