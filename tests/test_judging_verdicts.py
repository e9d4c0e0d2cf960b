"""One option ruled in or out by an idiom, read from the dev halves of ``probes/verdicts.jsonl``,
``verdicts2.jsonl``, ``rulings.jsonl`` and ``rulings2.jsonl`` (four writers, many registers): "Strike off …",
"Hard pass on …", "Bin …", "Eliminate …", "… won't wash", "… isn't worth a second look", "… explains none of
this", "… is a no-go", "Nothing in the stem supports …", "No chance this was …" rule an option out, so a
trace that says so of its own answer contradicts itself; "… fits the bill", "… is the front-runner", "… gets
the nod", "… comes out on top" in the sentence before the answer rule another option in. Said of another
option (out) or of the answer (in), the same words keep the trace."""

from __future__ import annotations

import pytest

from tests.probe_sets import probe_items

# item1, tinea corporis: A Itraconazole (the answer), B Griseofulvin, C Topical clobetasol,
# D Topical clindamycin
OUT = [
    "Strike off {x} — it has nothing to offer here.",
    "Hard pass on {x}.",
    "Bin {x}.",
    "{x} won't wash here.",
    "{x} isn't worth a second look for this.",
    "{x} rules itself out on these findings.",
    "{x} would do more harm than good.",
    "{x} is a no-go for this plaque.",
    "{x}'s a no-go.",
    "{x} is wide of the mark.",
    "No chance this is {x}.",
    "Everything here argues against {x}.",
    "Nothing in the stem supports {x}.",
    "{x} explains none of this.",
    "{x} fails to account for the scaling edge.",
    "{x} is far-fetched.",
    "{x} isn't in the running.",
    "{x} falls apart on these findings.",
    "{x} can safely be dismissed.",
    "Eliminate {x}.",
    "We reject {x}.",
    "I would not entertain {x} for a second.",
]
IN = [
    "{x} fits the bill for this plaque.",
    "{x} is the front-runner for me.",
    "{x} gets the nod as the standard drug here.",
    "{x} comes out on top once the distribution is weighed.",
    "{x} would be the preferred option at this stage.",
]


@pytest.mark.parametrize("idiom", OUT)
def test_the_answer_ruled_out_by_an_idiom_contradicts_it(judge, idiom):
    mcq, case = probe_items("verdicts")["item1"]
    verdict = judge.judge(mcq, case + idiom.format(x="Itraconazole") + "\n\nAnswer: A", "stop")
    assert not verdict.accepted and verdict.reasons == ("contradiction",), verdict


@pytest.mark.parametrize("idiom", OUT)
def test_another_option_ruled_out_by_an_idiom_keeps_the_answer(judge, idiom):
    mcq, case = probe_items("verdicts")["item1"]
    verdict = judge.judge(mcq, case + idiom.format(x="Topical clindamycin") + "\n\nAnswer: A", "stop")
    assert verdict.accepted and verdict.extracted_answer == "A", verdict


@pytest.mark.parametrize("idiom", IN)
@pytest.mark.parametrize("option, accepted", [("Griseofulvin", False), ("Itraconazole", True)])
def test_an_option_ruled_in_by_an_idiom_before_the_answer_must_be_the_answer(judge, idiom, option, accepted):
    mcq, case = probe_items("verdicts")["item1"]
    verdict = judge.judge(mcq, case + idiom.format(x=option) + "\n\nAnswer: A", "stop")
    assert verdict.accepted is accepted, verdict


def test_nothing_said_against_the_answer_is_no_rejection_of_it(judge):
    mcq, case = probe_items("verdicts")["item1"]
    verdict = judge.judge(mcq, case + "Nothing in the stem argues against itraconazole.\n\nAnswer: A", "stop")
    assert verdict.accepted and verdict.extracted_answer == "A", verdict
