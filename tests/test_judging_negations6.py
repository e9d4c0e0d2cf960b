"""The final option ruled out before the answer, read from the dev half of ``probes/negations6.jsonl`` (an
independent writer's set, split by style before any measuring, each rejection paired with an innocent twin):
a question that only asks whether the option fits, answered no ("Is benztropine appropriate? No.", "Q: …?
A: No.", "Me: …? Also me: no."); an option heading its line of a walk, the line closing on a verdict ("—
not enough for her, so no."); not a question whose "no" clears the option ("Is the sweating against heat
stroke? No"); "isn't appropriate for him"; the next sentence's "it" or "that one" after a sentence that only
offers the option ("The obvious pick is benztropine.", "Someone will suggest …"); an ASCII table's verdict
cell ("| Benztropine | NO - not for this |"), its edges no run of punctuation. From
``probes/negations7.jsonl`` (a second writer): "I wouldn't touch it", "not indicated for him", "not what this
man needs", "do not go for …", one of a list under "Excluded:". The sets keep their counts
(``tests/test_judging_conclusions.py``)."""

from __future__ import annotations

import pytest

from tests.probe_sets import probe_items

DYSTONIA = "A fixed, twisted neck hours after an extra antipsychotic dose is an acute dystonic reaction."
BORDER = "+-------------+----------------------------+"  # an ASCII table's edge: no run of punctuation


def table(verdict: str) -> str:
    """An ASCII table weighing two options, benztropine's verdict cell ``verdict``."""
    return f"{BORDER}\n| Benztropine | {verdict} |\n| Dantrolene  | NO - afebrile |\n{BORDER}"


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
        ("Benztropine isn't appropriate for him.", False),
        ("The obvious pick is benztropine. It isn't appropriate for him, in my view.", False),
        ("Someone will suggest benztropine first. That one is wrong for this patient.", False),
        (table("NO - not for this reaction"), False),
        # from ``probes/negations7.jsonl`` (a second writer on the same brief)
        ("Benztropine? I wouldn't touch it for this man.", False),
        ("Benztropine — not indicated for him.", False),
        ("Benztropine is not what this man needs.", False),
        ("Exam tip: do not go for benztropine here; it is the distractor.", False),
        ("Benztropine is not an option I would use for him.", False),
        ("Excluded: glycopyrrolate, benztropine, levodopa.", False),
        # the question asks whether something argues against it, or the verdict is on the others
        ("Is benztropine contraindicated? No.", True),
        ("Q: Is his asthma against benztropine?\nA: No.\nQ: Dantrolene?\nA: No fever.", True),
        ("B) Benztropine — the drug for this reaction; anything else, no.", True),
        ("Benztropine isn't appropriate for patients with glaucoma, which he does not have.", True),
        ("The obvious pick is benztropine. It is appropriate for him, and nothing argues against it.", True),
        (table("YES - treats dystonia"), True),
        ("Benztropine is what this man needs.", True),
        ("Excluded: glycopyrrolate, levodopa, dantrolene. Benztropine fits.", True),
    ],
)
def test_the_final_option_asked_about_or_walked_and_answered_no(judge, body, accepted):
    mcq, case = probe_items("negations6")["item2"]
    verdict = judge.judge(mcq, case + DYSTONIA + "\n\n" + body + "\n\nAnswer: B", "stop")
    assert verdict.accepted is accepted, verdict
    assert verdict.reasons == (() if accepted else ("contradiction",)), verdict
    assert not accepted or verdict.extracted_answer == "B", verdict


@pytest.mark.parametrize(("fits", "accepted"), [("no", False), ("yes", True)])
def test_an_ascii_tables_verdict_column_is_read_like_a_markdown_tables(judge, fits, accepted):
    """Its "+---+" edges stand where a markdown table's "|---|" rule does (``probes/negations7.jsonl``)."""
    mcq, case = probe_items("negations6")["item2"]
    edge = "+-------------+---------+-------+"
    rows = f"| Benztropine | yes     | {fits:<5} |\n| Dantrolene  | no      | no    |"
    body = f"{edge}\n| Drug        | Central | Fits? |\n{edge}\n{rows}\n{edge}\n\nAnswer: B"
    verdict = judge.judge(mcq, case + DYSTONIA + "\n\n" + body, "stop")
    assert verdict.reasons == (() if accepted else ("contradiction",)), verdict
