"""Round 33: three writers on good traces that are hard to accept (long, innocent overlaps, unusual finals,
answer first) and switches and hedges that are hard to see (first score 121 of 134 on the dev half). Fixed
as general rules: "explained by (b), <its text>." is an answer; "so I'd say B", "I'd call this B" and
"Answer so far: D" commit (a later other answer needs a revision marker); "a fair alternative", "equally
effective", "should be started as well" and "start <option> as well" reopen; a summary line that leads to
another option ("→ side effect of sumatriptan", "… through <option>.") or sits under a summary heading of
its own states it; a sentence about an option named in part or misspelled ("Waterhouse-Friderichsen
syndrome is …") says nothing of what the asked thing is."""

from __future__ import annotations

import pytest

from tests.conftest import gold_mcq
from tests.test_judging_round32 import CASE, PYELO

# the same item with the gold option second ("(b)")
PYELO_B = gold_mcq(
    "pyelo-b",
    PYELO.question,
    {"A": PYELO.options["B"], "B": PYELO.options["A"], **{k: PYELO.options[k] for k in "CD"}},
    "B",
)


@pytest.mark.parametrize(
    "closing, accepted",
    [
        ("Everything here is explained by (b), escherichia coli.", True),
        ("Everything here is explained by (b), proteus mirabilis.", False),  # another option's text
    ],
)
def test_a_letter_a_comma_and_its_own_text_is_an_answer(judge, closing, accepted):
    trace = CASE + "\n\n" + closing + "\n\nShe needs blood cultures before the first dose."
    verdict = judge.judge(PYELO_B, trace, "stop")
    assert verdict.accepted is accepted and (verdict.extracted_answer == "B") is accepted, verdict


@pytest.mark.parametrize(
    "earlier",
    [
        "Stones come to mind first, so I'd say C.",
        "Stones come to mind first, so I'd call this C.",
        "Answer so far: C.",
    ],
)
@pytest.mark.parametrize("revision, accepted", [("", False), ("Actually, no. ", True)])
def test_a_said_or_provisional_pick_is_a_commitment(judge, earlier, revision, accepted):
    trace = f"{earlier} {CASE}{revision}Stones play no part in this picture.\n\nAnswer: A"
    verdict = judge.judge(PYELO, trace, "stop")
    assert verdict.accepted is accepted, verdict


@pytest.mark.parametrize(
    "after, accepted",
    [
        (
            "Answer: A (escherichia coli), though C remains a fair alternative, since stones are common.",
            False,
        ),
        ("Answer: A. Ciprofloxacin cover for proteus mirabilis is equally effective in her.", False),
        ("Answer: A. Cover for staphylococcus saprophyticus should be started as well.", False),
        ("Answer: A - and start cover for proteus mirabilis (C) as well.", False),
        ("Answer: A\n\nProteus mirabilis, by contrast, forms struvite stones in alkaline urine.", True),
    ],
)
def test_another_option_kept_as_an_alternative_or_added_reopens(judge, after, accepted):
    verdict = judge.judge(PYELO, CASE + "\n\n" + after, "stop")
    assert verdict.accepted is accepted, verdict


@pytest.mark.parametrize(
    "summary, accepted",
    [
        ("TL;DR: flank pain and casts -> pyelonephritis due to escherichia coli.", True),
        ("TL;DR: flank pain and casts -> urease-positive infection with proteus mirabilis.", False),
        ("## Summary\nThe casts here arise through escherichia coli.", True),
        ("## Summary\nThe casts here arise through proteus mirabilis.", False),
    ],
)
def test_a_summary_that_leads_to_another_option_states_it(judge, summary, accepted):
    verdict = judge.judge(PYELO, CASE + "\n\nAnswer: A\n\n" + summary, "stop")
    assert verdict.accepted is accepted, verdict


FOOT = gold_mcq(
    "foot",
    "A 58-year-old man with poorly controlled diabetes has a foot ulcer over osteomyelitis after stepping "
    "on a nail through his sneaker; cultures grow oxidase-positive gram-negative rods that do not ferment "
    "lactose. "
    "The pathogen is also strongly associated with which of the following conditions?",
    {
        "A": "Otitis externa",
        "B": "Gastroenteritis",
        "C": "Waterhouse-Friedrichsen syndrome",
        "D": "Rheumatic fever",
    },
    "A",
)
FOOT_CASE = (
    "Osteomyelitis after a nail through a sneaker, in a diabetic, with oxidase-positive "
    "non-lactose-fermenting gram-negative rods, is Pseudomonas aeruginosa, which also causes swimmer's ear "
    "and malignant otitis externa in diabetics. Gastroenteritis belongs to the enteric pathogens. "
)


@pytest.mark.parametrize(
    "sentence, accepted",
    [  # an option's name misspelled: a statement about that option, not a conclusion about the asked thing
        ("Waterhouse-Friderichsen syndrome is adrenal hemorrhage in meningococcemia.", True),
        ("The associated condition is rheumatic fever after streptococcal pharyngitis.", False),
    ],
)
def test_a_sentence_about_an_option_named_in_part_concludes_nothing(judge, sentence, accepted):
    verdict = judge.judge(FOOT, FOOT_CASE + sentence + "\n\nAnswer: A", "stop")
    assert verdict.accepted is accepted, verdict
