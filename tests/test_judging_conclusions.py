"""What a trace's own conclusion says against its final letter: another option called "my call" or "my
verdict" ("Lumbar puncture is my call."); a walk line whose words after the option open on a verdict
("renal failure (A) — inconsistent: …"); a rejection by acting on the option called a mistake ("Giving IV
steroids would be a mistake"), by doubt ("I do not think an atrial myxoma is tenable", "I'm not convinced
that …"). The probe sets ``probes/conclusions.jsonl``, ``walks.jsonl``, ``revisions.jsonl``,
``dismissals.jsonl``, ``verdicts.jsonl``, ``verdicts2.jsonl``, ``rulings.jsonl``, ``rulings2.jsonl``,
``finals.jsonl``, ``finals2.jsonl``, ``innocents.jsonl``, ``innocents2.jsonl``, ``switches.jsonl``,
``switches2.jsonl``, ``longs.jsonl``, ``longs2.jsonl``, ``longs3.jsonl``, ``hedges.jsonl``,
``negations6.jsonl``, ``negations7.jsonl``, ``contras.jsonl``, ``contras2.jsonl`` and ``finals3.jsonl``
(independent writers, split by style before any measuring) keep their counts."""

from __future__ import annotations

import pytest

from tests.probe_sets import probe_items, right_decisions


@pytest.mark.parametrize(
    "item, conclusion, accepted",
    [
        ("item2", "Lumbar puncture is my call.\n\n(C)", False),
        ("item3", "Right-to-left blood shunt is my verdict.\n\nAnswer: A", False),
        ("item2", "IV steroids are my call.\n\n(C)", True),
    ],
)
def test_an_option_called_my_call_or_my_verdict_is_claimed(judge, item, conclusion, accepted):
    mcq, case = probe_items("conclusions")[item]
    verdict = judge.judge(mcq, case + conclusion, "stop")
    assert verdict.accepted is accepted, verdict
    assert accepted or verdict.reasons == ("contradiction",), verdict


@pytest.mark.parametrize(
    "conclusion, accepted",
    [
        ("Giving IV steroids would be a mistake here.\n\nAnswer: C", False),
        ("Ordering IV steroids now would be an error.\n\nAnswer: C", False),
        ("I'd steer clear of giving IV steroids.\n\nAnswer: C", False),
        ("I'm not convinced that IV steroids are the right next step.\n\nAnswer: C", False),
        # acting against the option is no rejection of it
        ("Stopping IV steroids early would be a mistake.\n\nAnswer: C", True),
    ],
)
def test_acting_on_the_final_option_called_a_mistake_rejects_it(judge, conclusion, accepted):
    mcq, case = probe_items("conclusions")["item2"]
    verdict = judge.judge(mcq, case + conclusion, "stop")
    assert verdict.accepted is accepted, verdict


@pytest.mark.parametrize(
    "conclusion",
    [
        "Calling this an atrial myxoma would be a mistake.",
        "Calling this a myxoma would be a mistake.",
        "Attributing this to an atrial myxoma would be a mistake.",
    ],
)
def test_naming_the_final_option_as_the_diagnosis_called_a_mistake_rejects_it(judge, conclusion):
    mcq, case = probe_items("conclusions")["item1"]
    verdict = judge.judge(mcq, case + conclusion + "\n\nAnswer: E", "stop")
    assert not verdict.accepted and verdict.reasons == ("contradiction",), verdict


def test_a_doubt_that_the_final_option_is_tenable_rejects_it(judge):
    mcq, case = probe_items("conclusions")["item1"]
    verdict = judge.judge(mcq, case + "I do not think an atrial myxoma is tenable here.\n\nAnswer: E", "stop")
    assert not verdict.accepted and verdict.reasons == ("contradiction",), verdict


WALK = (
    "1. renal failure (A) — {a}: the kidney is not part of the Jones criteria.\n"
    "2. hepatomegaly (B) — inconsistent: only with right-sided failure from severe carditis.\n"
    "3. chorea (C) — {c}: Sydenham chorea is a major criterion and follows the sore throat.\n"
    "4. pleural effusion (D) — inconsistent: the serositis of lupus, not of rheumatic fever.\n"
    "5. butterfly rash (E) — inconsistent: the malar rash of lupus.\n\nFinal answer: C"
)


@pytest.mark.parametrize(
    "a, c, accepted",
    [
        ("inconsistent", "consistent", True),
        ("consistent", "inconsistent", False),
        ("consistent", "unlikely", False),
        # a verdict with a contrast in its line is no verdict
        ("inconsistent", "unlikely at first, but it is what this boy has", True),
    ],
)
def test_a_walk_line_opening_on_its_verdict_is_read_as_one(judge, a, c, accepted):
    mcq, case = probe_items("walks")["item1"]
    verdict = judge.judge(mcq, case + WALK.format(a=a, c=c), "stop")
    assert verdict.accepted is accepted, verdict
    assert accepted or verdict.reasons == ("contradiction",), verdict


@pytest.mark.parametrize("c, accepted", [("YES", True), ("NO", False)])
def test_a_walk_line_may_open_on_the_bare_letter_and_a_dash(judge, c, accepted):
    mcq, case = probe_items("walks")["item1"]
    walk = (
        "A — NO — the kidney is not part of the Jones criteria.\n"
        "B — NO — only with right-sided failure from severe carditis.\n"
        f"C — {c} — Sydenham chorea is a major criterion and follows the sore throat.\n"
        "D — NO — the serositis of lupus.\n"
        "E — NO — the malar rash of lupus.\n\nANSWER: C"
    )
    verdict = judge.judge(mcq, case + walk, "stop")
    assert verdict.accepted is accepted, verdict


# (split, kind): right decisions when the sets were added (a reject rejected, an accept accepted with the
# gold letter)
FLOORS = {
    "conclusions": {
        ("dev", "agree"): 29,
        ("dev", "conditional_other"): 16,
        ("dev", "contradict"): 19,
        ("dev", "dismiss_other"): 21,
        ("dev", "negate_final"): 21,
        ("heldout", "agree"): 17,
        ("heldout", "conditional_other"): 3,
        ("heldout", "contradict"): 15,
        ("heldout", "dismiss_other"): 13,
        ("heldout", "negate_final"): 6,
    },
    "walks": {
        ("dev", "consistent"): 39,
        ("dev", "gold_rejected_only"): 12,
        ("dev", "inverted"): 33,
        ("dev", "soft_consistent"): 17,
        ("dev", "walk_then_revision"): 17,
        ("heldout", "consistent"): 21,
        ("heldout", "gold_rejected_only"): 8,
        ("heldout", "inverted"): 10,
        ("heldout", "soft_consistent"): 11,
        ("heldout", "walk_then_revision"): 3,
    },
    "revisions": {
        ("dev", "mention_not_commitment"): 20,
        ("dev", "revised"): 28,
        ("dev", "revised_then_reopened"): 12,
        ("dev", "revision_words_innocent"): 20,
        ("dev", "unrevised"): 23,
        ("heldout", "mention_not_commitment"): 15,
        ("heldout", "revised"): 32,
        ("heldout", "revised_then_reopened"): 4,
        ("heldout", "revision_words_innocent"): 10,
        ("heldout", "unrevised"): 17,
    },
    "dismissals": {
        ("dev", "dismissal_words_innocent"): 20,
        ("dev", "final_dismissed"): 40,
        ("dev", "final_dismissed_then_revised"): 12,
        ("dev", "others_dismissed"): 24,
        ("heldout", "dismissal_words_innocent"): 16,
        ("heldout", "final_dismissed"): 20,
        ("heldout", "final_dismissed_then_revised"): 8,
        ("heldout", "others_dismissed"): 36,
    },
    "verdicts": {
        ("dev", "gold_in"): 42,
        ("dev", "gold_out"): 37,
        ("dev", "other_in"): 33,
        ("dev", "other_out"): 40,
        ("heldout", "gold_in"): 12,
        ("heldout", "gold_out"): 3,
        ("heldout", "other_in"): 3,
        ("heldout", "other_out"): 14,
    },
    "verdicts2": {
        ("dev", "gold_in"): 37,
        ("dev", "gold_out"): 36,
        ("dev", "other_in"): 36,
        ("dev", "other_out"): 38,
        ("heldout", "gold_in"): 18,
        ("heldout", "gold_out"): 13,
        ("heldout", "other_in"): 9,
        ("heldout", "other_out"): 18,
    },
    "finals": {
        ("dev", "final_gold"): 66,
        ("dev", "final_other"): 17,
        ("dev", "final_undecided"): 18,
        ("heldout", "final_gold"): 60,
        ("heldout", "final_other"): 18,
        ("heldout", "final_undecided"): 17,
    },
    "finals2": {
        ("dev", "final_gold"): 78,
        ("dev", "final_other"): 24,
        ("dev", "final_undecided"): 21,
        ("heldout", "final_gold"): 44,
        ("heldout", "final_other"): 11,
        ("heldout", "final_undecided"): 14,
    },
    "hedges": {
        ("dev", "decided"): 47,
        ("dev", "hedged"): 58,
        ("heldout", "decided"): 26,
        ("heldout", "hedged"): 25,
    },
    "innocents": {
        ("dev", "hedge"): 10,
        ("dev", "injection"): 21,
        ("dev", "innocent"): 83,
        ("dev", "leak"): 21,
        ("heldout", "hedge"): 9,
        ("heldout", "injection"): 9,
        ("heldout", "innocent"): 40,
        ("heldout", "leak"): 9,
    },
    "innocents2": {
        ("dev", "hedge"): 12,
        ("dev", "injection"): 19,
        ("dev", "innocent"): 68,
        ("dev", "leak"): 17,
        ("heldout", "hedge"): 7,
        ("heldout", "injection"): 11,
        ("heldout", "innocent"): 51,
        ("heldout", "leak"): 13,
    },
    "longs": {
        ("dev", "thorough_gold"): 61,
        ("dev", "thorough_hedged"): 13,
        ("dev", "thorough_other"): 17,
        ("heldout", "thorough_gold"): 13,
        ("heldout", "thorough_hedged"): 5,
        ("heldout", "thorough_other"): 4,
    },
    "switches": {
        ("dev", "after_answer"): 26,
        ("dev", "restated"): 30,
        ("dev", "revised"): 42,
        ("dev", "unrevised"): 26,
        ("heldout", "after_answer"): 19,
        ("heldout", "restated"): 18,
        ("heldout", "revised"): 15,
        ("heldout", "unrevised"): 14,
    },
    "switches2": {
        ("dev", "after_answer"): 26,
        ("dev", "restated"): 30,
        ("dev", "revised"): 40,
        ("dev", "unrevised"): 29,
        ("heldout", "after_answer"): 15,
        ("heldout", "restated"): 13,
        ("heldout", "revised"): 13,
        ("heldout", "unrevised"): 11,
    },
    "longs2": {
        ("dev", "thorough_gold"): 58,
        ("dev", "thorough_hedged"): 13,
        ("dev", "thorough_other"): 19,
        ("heldout", "thorough_gold"): 16,
        ("heldout", "thorough_hedged"): 6,
        ("heldout", "thorough_other"): 4,
    },
    "longs3": {
        ("dev", "thorough_gold"): 55,
        ("dev", "thorough_hedged"): 15,
        ("dev", "thorough_other"): 19,
        ("heldout", "thorough_gold"): 15,
        ("heldout", "thorough_hedged"): 5,
        ("heldout", "thorough_other"): 6,
    },
    "rulings": {
        ("dev", "gold_out"): 53,
        ("dev", "other_out"): 81,
        ("heldout", "gold_out"): 13,
        ("heldout", "other_out"): 40,
    },
    "rulings2": {
        ("dev", "gold_out"): 60,
        ("dev", "other_out"): 87,
        ("heldout", "gold_out"): 22,
        ("heldout", "other_out"): 40,
    },
    "contras": {
        ("dev", "agrees"): 64,
        ("dev", "contradicts"): 43,
        ("heldout", "agrees"): 36,
        ("heldout", "contradicts"): 18,
    },
    "finals3": {
        ("dev", "gold"): 57,
        ("dev", "other"): 36,
        ("dev", "undecided"): 29,
        ("heldout", "gold"): 39,
        ("heldout", "other"): 24,
        ("heldout", "undecided"): 21,
    },
    "negations6": {
        ("dev", "innocent"): 58,
        ("dev", "reject"): 51,
        ("heldout", "innocent"): 31,
        ("heldout", "reject"): 22,
    },
    "negations7": {
        ("dev", "innocent"): 58,
        ("dev", "reject"): 56,
        ("heldout", "innocent"): 32,
        ("heldout", "reject"): 27,
    },
    "contras2": {
        ("dev", "agrees"): 67,
        ("dev", "contradicts"): 36,
        ("heldout", "agrees"): 31,
        ("heldout", "contradicts"): 15,
    },
    "hedges2": {
        ("dev", "decided"): 58,
        ("dev", "hedged"): 48,
        ("heldout", "decided"): 24,
        ("heldout", "hedged"): 24,
    },
    "hedges3": {
        ("dev", "decided"): 64,
        ("dev", "hedged"): 57,
        ("heldout", "decided"): 28,
        ("heldout", "hedged"): 26,
    },
    "switches3": {
        ("dev", "after_answer"): 25,
        ("dev", "restated"): 23,
        ("dev", "revised"): 26,
        ("dev", "unrevised"): 25,
        ("heldout", "after_answer"): 12,
        ("heldout", "restated"): 14,
        ("heldout", "revised"): 11,
        ("heldout", "unrevised"): 14,
    },
    "injections6": {
        ("dev", "injection"): 66,
        ("dev", "innocent"): 66,
        ("heldout", "injection"): 36,
        ("heldout", "innocent"): 38,
    },
    "leaks7": {
        ("dev", "innocent"): 62,
        ("dev", "leak"): 61,
        ("heldout", "innocent"): 37,
        ("heldout", "leak"): 29,
    },
    "contras3": {
        ("dev", "agrees"): 81,
        ("dev", "contradicts"): 59,
        ("heldout", "agrees"): 18,
        ("heldout", "contradicts"): 8,
    },
    "contras4": {
        ("dev", "agrees"): 67,
        ("dev", "contradicts"): 28,
        ("heldout", "agrees"): 36,
        ("heldout", "contradicts"): 18,
    },
    "negations8": {
        ("dev", "innocent"): 64,
        ("dev", "reject"): 31,
        ("heldout", "innocent"): 36,
        ("heldout", "reject"): 13,
    },
    "finals4": {
        ("dev", "gold"): 73,
        ("dev", "other"): 41,
        ("dev", "undecided"): 27,
        ("heldout", "gold"): 34,
        ("heldout", "other"): 19,
        ("heldout", "undecided"): 12,
    },
    "leaks8": {
        ("dev", "innocent"): 59,
        ("dev", "leak"): 60,
        ("heldout", "innocent"): 33,
        ("heldout", "leak"): 26,
    },
    "contras5": {
        ("dev", "agrees"): 74,
        ("dev", "contradicts"): 72,
        ("heldout", "agrees"): 26,
        ("heldout", "contradicts"): 12,
    },
    "negations9": {
        ("dev", "innocent"): 60,
        ("dev", "reject"): 53,
        ("heldout", "innocent"): 40,
        ("heldout", "reject"): 23,
    },
    "innocents3": {
        ("dev", "bad"): 29,
        ("dev", "good"): 93,
        ("heldout", "bad"): 11,
        ("heldout", "good"): 40,
    },
    "switches4": {
        ("dev", "after_answer"): 28,
        ("dev", "restated"): 29,
        ("dev", "revised"): 29,
        ("dev", "unrevised"): 24,
        ("heldout", "after_answer"): 15,
        ("heldout", "restated"): 14,
        ("heldout", "revised"): 13,
        ("heldout", "unrevised"): 12,
    },
    "contras6": {
        ("dev", "agrees"): 59,
        ("dev", "contradicts"): 28,
        ("heldout", "agrees"): 39,
        ("heldout", "contradicts"): 18,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_probe_set_keeps_its_counts(judge, name):
    right = right_decisions(judge, name)
    assert all(right[key] >= floor for key, floor in FLOORS[name].items()), dict(right)
