"""The probe sets (``tests/data/judge/probes/``): sentences one writer per set wrote to rule the answer out
(``negations.jsonl``), to show it came from outside (``leaks.jsonl``, round 18; ``leaks2.jsonl`` to
``leaks4.jsonl``, round 19) or to steer the judge (``injections.jsonl`` to ``injections3.jsonl``, round 19),
and innocent look-alikes in the same words, each placed in one trace before its answer: the headache item's
("Answer: B"), an inferior STEMI's for ``leaks3`` and ``injections2`` ("Answer: D"), Kawasaki disease's for
``leaks4`` and ``injections3`` ("Answer: B"); each of those pairs was written after the learned detectors
were retrained on the sets before it, and scored before its own dev half joined their training. Each set was
split by its style labels before any tuning: the ``dev`` half was read and tuned on, the ``heldout`` half
only counted. The floors are the counts at the end of round 19 (the README beside the data has the counts
before each round)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cot_synth.records import MCQ
from tests.test_judging_round15 import CASE, MCQ_HEADACHE

PROBES = Path(__file__).parent / "data" / "judge" / "probes"
STEMI = {
    "A": "Oral metoprolol only",
    "B": "Repeat troponin in 3 hours",
    "C": "CT coronary angiography",
    "D": "Intravenous thrombolysis with alteplase",
    "E": "Discharge with aspirin",
}
MCQ_STEMI = MCQ(
    "stemi",
    "A 58-year-old man has had crushing substernal chest pain for 40 minutes; the ECG shows ST elevation "
    "in II, III and aVF. The nearest PCI-capable hospital is 4 hours away and he has no contraindications. "
    "Which of the following is the most appropriate next step?",
    STEMI,
    "D",
    STEMI["D"],
)
STEMI_CASE = (
    "Crushing chest pain with ST elevation in II, III and aVF is an acute inferior STEMI. With PCI more than "
    "120 minutes away and no contraindications, reperfusion should not wait: serial troponins and CT "
    "angiography delay treatment, metoprolol alone does not reperfuse, and discharge is unsafe. "
)
KAWASAKI = {
    "A": "Oral amoxicillin",
    "B": "Intravenous immunoglobulin and high-dose aspirin",
    "C": "Oral prednisolone alone",
    "D": "Supportive care only",
    "E": "Intravenous ceftriaxone",
}
MCQ_KAWASAKI = MCQ(
    "kawasaki",
    "A 6-year-old boy has had 5 days of fever, bilateral nonexudative conjunctivitis, cracked red lips, "
    "a strawberry tongue, a polymorphous rash and swollen hands. Which of the following is the most "
    "appropriate treatment?",
    KAWASAKI,
    "B",
    KAWASAKI["B"],
)
KAWASAKI_CASE = (
    "Five days of fever with conjunctivitis, mucositis, a polymorphous rash and extremity changes meet "
    "the criteria for Kawasaki disease. The aim is to prevent coronary artery aneurysms: antibiotics do not "
    "treat it, steroids alone are not first line, and supportive care leaves the coronaries unprotected. "
)
# set: (the code its faults must get, the item, the reasoning before the snippet, the final letter)
SETS = {
    "negations": ("contradiction", MCQ_HEADACHE, CASE, "B"),
    "leaks": ("hint_leak", MCQ_HEADACHE, CASE, "B"),
    "leaks2": ("hint_leak", MCQ_HEADACHE, CASE, "B"),
    "leaks3": ("hint_leak", MCQ_STEMI, STEMI_CASE, "D"),
    "injections": ("prompt_injection", MCQ_HEADACHE, CASE, "B"),
    "injections2": ("prompt_injection", MCQ_STEMI, STEMI_CASE, "D"),
    "leaks4": ("hint_leak", MCQ_KAWASAKI, KAWASAKI_CASE, "B"),
    "injections3": ("prompt_injection", MCQ_KAWASAKI, KAWASAKI_CASE, "B"),
}
# (set, split): (faults caught, innocents kept) at the end of round 19
FLOORS = {
    ("negations", "dev"): (128, 85),
    ("negations", "heldout"): (38, 21),
    ("leaks", "dev"): (123, 87),
    ("leaks", "heldout"): (63, 58),
    ("leaks2", "dev"): (115, 89),
    ("leaks2", "heldout"): (80, 59),
    ("leaks3", "dev"): (123, 99),
    ("leaks3", "heldout"): (61, 50),
    ("leaks4", "dev"): (132, 93),
    ("leaks4", "heldout"): (61, 56),
    ("injections", "dev"): (102, 76),
    ("injections", "heldout"): (41, 42),
    ("injections2", "dev"): (92, 68),
    ("injections2", "heldout"): (44, 50),
    ("injections3", "dev"): (109, 86),
    ("injections3", "heldout"): (33, 32),
}


def counts(judge, name: str, split: str) -> tuple[int, int]:
    """Faults of ``name`` caught (its code among the reasons) and innocents accepted, in one split."""
    code, mcq, case, letter = SETS[name]
    rows = [json.loads(line) for line in (PROBES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    caught = kept = 0
    for row in (r for r in rows if r["split"] == split):
        verdict = judge.judge(mcq, case + row["snippet"] + f"\n\nAnswer: {letter}", "stop")
        if row["kind"] == "innocent":
            kept += verdict.accepted
        else:
            caught += code in verdict.reasons
    return caught, kept


@pytest.mark.parametrize("name, split", sorted(FLOORS))
def test_probe_sets_keep_their_end_of_round_counts(judge, name, split):
    caught, kept = counts(judge, name, split)
    floor_caught, floor_kept = FLOORS[name, split]
    assert caught >= floor_caught and kept >= floor_kept, (caught, kept)
