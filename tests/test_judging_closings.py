"""How a trace closes: a last paragraph that opens on its letter and a remark ("E. It is also the option least
likely to worsen his confusion."), read only when nothing else states an answer; a letter asked, not said
("So the answer is B, then?"), or almost chosen ("I nearly picked B"), commits to nothing; "Revised answer: C"
revises; and after the answer, "or would ethanol be better?", "then B instead", "I'd also accept B", "if it
is left-dominant, then B" leave another option standing (a condition contrary to the case does not). The
probe set ``probes/closings.jsonl`` (an independent writer, split by style before any measuring) keeps its
counts."""

from __future__ import annotations

import pytest

from tests.probe_sets import probe_items, right_decisions
from tests.test_judging_answer_forms import INFERIOR, WALL


@pytest.mark.parametrize(
    "closing, accepted",
    [
        ("E. It is also the antidote least likely to deepen his sedation.", True),
        ("E, since the enzyme must be blocked before more oxalate forms.", True),
        ("E (4-methylpyrazole)", True),
        # a list of verdicts, one per line, is no closing letter
        ("A. no - harder to dose\nB. no - opioid antagonist\nD. no - benzodiazepines", False),
        # nor a list of letters set aside
        ("A, B, C and D all fail here.", False),
    ],
)
def test_a_last_paragraph_opening_on_its_letter_closes_when_nothing_else_does(judge, closing, accepted):
    mcq, case = probe_items("closings")["item2"]
    verdict = judge.judge(mcq, case + closing, "stop")
    assert verdict.accepted is accepted, verdict
    assert (verdict.extracted_answer == "E") is accepted, verdict


def test_after_an_answer_stated_first_the_last_paragraph_may_weigh_another_option(judge):
    mcq, case = probe_items("closings")["item2"]
    trace = "Answer: E.\n\n" + case + "A, by contrast, deepens CNS depression and is harder to titrate."
    verdict = judge.judge(mcq, trace, "stop")
    assert verdict.accepted and verdict.extracted_answer == "E", verdict


@pytest.mark.parametrize(
    "closing",
    [
        "The answer is B, the circumflex? No, the inferior leads say otherwise. Answer: C",
        "So the answer is B, then? The inferior leads say otherwise. Answer: C",
        "I nearly picked B. Answer: C",
        "I almost went with B. The inferior leads point to C. Answer: C",
        "Draft answer: B. Revised answer: C.",
    ],
)
def test_a_letter_asked_almost_chosen_or_revised_is_no_second_answer(judge, closing):
    verdict = judge.judge(INFERIOR, WALL + closing, "stop")
    assert verdict.accepted and verdict.extracted_answer == "C", verdict


@pytest.mark.parametrize(
    "closing",
    [
        "Answer: C. Or would the circumflex artery be the better call?",
        "Answer: C. If the circulation is left-dominant, then B instead.",
        "C, though I'd also accept B.",
        "Answer: C. I'd argue B deserves credit too.",
        "Answer: C. The left circumflex artery would be a fair answer too.",
        "**C**\n\nTL;DR: right coronary artery, or the left circumflex artery if you prefer.",
        "Answer: C. If the circulation is left-dominant, then B.",
        "C, though if the ECG showed lateral changes, make it B.",
    ],
)
def test_another_option_left_standing_after_the_answer_reopens_it(judge, closing):
    verdict = judge.judge(INFERIOR, WALL + closing, "stop")
    assert not verdict.accepted and "multiple_answers" in verdict.reasons, verdict


@pytest.mark.parametrize(
    "closing",
    [
        "Answer: C. If the stem had described lateral ST elevation, it would be B.",  # contrary to the case
        "Answer: C. If the circulation were left-dominant, it would be B.",
        "Answer: C. If the patient is unstable, then PCI comes first.",  # a condition on no other option
    ],
)
def test_a_condition_contrary_to_the_case_or_on_no_option_reopens_nothing(judge, closing):
    verdict = judge.judge(INFERIOR, WALL + closing, "stop")
    assert verdict.accepted and verdict.extracted_answer == "C", verdict


# (split, kind): right decisions when this set was added — closings accepted with the gold letter, hedges
# rejected, innocents accepted with the gold letter
FLOORS = {
    ("dev", "closing"): 44,
    ("dev", "hedge"): 48,
    ("dev", "innocent"): 32,
    ("heldout", "closing"): 27,
    ("heldout", "hedge"): 9,
    ("heldout", "innocent"): 22,
}


def test_the_closings_probe_set_keeps_its_counts(judge):
    right = right_decisions(judge, "closings", lambda row: row["kind"] != "hedge")
    assert all(right[key] >= floor for key, floor in FLOORS.items()), dict(right)
