"""How writers set an option aside and take a pick back, read from the dev halves of
``probes/dismissals.jsonl`` and ``probes/revisions.jsonl``: the option put first and then declined
("Propranolol I wouldn't touch in a smoker", "Amlodipine I'd park"), sent to another case ("… belongs to a
different picture", "… is for another patient"); a second pass labelled as one ("**Second thought:** …")
revises; after the answer, "B could still be argued" and "B remains a fair answer" leave another option
standing."""

from __future__ import annotations

import pytest

from tests.probe_sets import probe_items


@pytest.mark.parametrize(
    "paragraph, accepted",
    [
        ("Propranolol I wouldn't touch in a smoker. Primidone is where I'd start.", False),
        ("Propranolol I'd park for now; primidone is where I'd start.", False),
        ("Propranolol belongs to a different picture, performance anxiety.", False),
        ("Propranolol is for another patient, one with stage fright.", False),
        # the same words said of another option
        ("Alprazolam I wouldn't touch in a smoker. Propranolol is where I'd start.", True),
        ("Primidone belongs to a different picture; propranolol fits this man.", True),
        # said of a finding, not an option
        ("The anxiety belongs to a different picture; propranolol treats the tremor itself.", True),
    ],
)
def test_an_option_put_first_then_declined_or_sent_to_another_case_is_rejected(judge, paragraph, accepted):
    mcq, case = probe_items("dismissals")["item2"]
    verdict = judge.judge(mcq, case + paragraph + "\n\nAnswer: C", "stop")
    assert verdict.accepted is accepted, verdict
    assert accepted or verdict.reasons == ("contradiction",), verdict


@pytest.mark.parametrize("label, accepted", [("**Second thought:**", True), ("**Also:**", False)])
def test_a_second_pass_labelled_as_one_revises(judge, label, accepted):
    mcq, case = probe_items("revisions")["item3"]
    trace = (
        case + "**First pass:** the answer is B (acetazolamide), to reduce CSF volume.\n"
        f"{label} acetazolamide treats pseudotumour cerebri, not normal pressure hydrocephalus,"
        " where shunting is the effective intervention.\n**Answer: A**"
    )
    verdict = judge.judge(mcq, trace, "stop")
    assert verdict.accepted is accepted, verdict


@pytest.mark.parametrize(
    "after, accepted",
    [
        ("Acetazolamide (B) could still be argued for this patient.", False),
        ("Acetazolamide (B) remains a fair answer, though.", False),
        # a remark on another option's use, nothing left standing
        ("Acetazolamide (B) still has a role in pseudotumour cerebri.", True),
    ],
)
def test_another_option_still_argued_after_the_answer_reopens_it(judge, after, accepted):
    mcq, case = probe_items("revisions")["item3"]
    reasoning = "Gait, incontinence and dementia with large ventricles: shunting is the treatment."
    verdict = judge.judge(mcq, case + reasoning + "\nAnswer: A\n" + after, "stop")
    assert verdict.accepted is accepted, verdict
