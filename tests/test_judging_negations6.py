"""The final option ruled out before the answer, read from the dev half of ``probes/negations6.jsonl`` (an
independent writer's set, split by style before any measuring, each rejection paired with an innocent twin):
a question that only asks whether the option fits, answered no ("Is benztropine appropriate? No.", "Q: …?
A: No.", "Me: …? Also me: no."); an option heading its line of a walk, the line closing on a verdict ("—
not enough for her, so no."); not a question whose "no" clears the option ("Is the sweating against heat
stroke? No"). The set keeps its counts (``tests/test_judging_conclusions.py``)."""

from __future__ import annotations

import pytest

from tests.probe_sets import probe_items

DYSTONIA = "A fixed, twisted neck hours after an extra antipsychotic dose is an acute dystonic reaction."


@pytest.mark.parametrize(
    ("body", "accepted"),
    [
        ("Is benztropine appropriate? No.", False),
        ("Would benztropine be the right drug here? No.", False),
        ("Benztropine alone, then? No.", False),
        ("Q: Is benztropine appropriate for him?\nA: No.\nQ: Dantrolene?\nA: No fever.", False),
        ("Me: benztropine? Also me: no. Me: dantrolene? Also me: no fever, no.", False),
        ("B) Benztropine — not the drug for this reaction, so no.", False),
        ("- Benztropine: not for this reaction → no", False),
        # the question asks whether something argues against it, or the verdict is on the others
        ("Is benztropine contraindicated? No.", True),
        ("Q: Is his asthma against benztropine?\nA: No.\nQ: Dantrolene?\nA: No fever.", True),
        ("B) Benztropine — the drug for this reaction; anything else, no.", True),
    ],
)
def test_the_final_option_asked_about_or_walked_and_answered_no(judge, body, accepted):
    mcq, case = probe_items("negations6")["item2"]
    verdict = judge.judge(mcq, case + DYSTONIA + "\n\n" + body + "\n\nAnswer: B", "stop")
    assert verdict.accepted is accepted, verdict
    assert not accepted or verdict.extracted_answer == "B", verdict
