"""Another option concluded in words before the answer line, read from the dev half of
``probes/contras.jsonl`` (an independent writer's set, split by style before any measuring, each contradiction
paired with a twin that concludes the gold option): a line that opens on a conclusion's label ("Bottom line:
naloxone."); a first-person order ("I'd push Narcan"); what the patient needs ("Naloxone is what he needs",
"what he needs is cyproheptadine"); a question for the answer replied to with an option alone ("What treats
it? Cyproheptadine."). The set keeps its counts (``tests/test_judging_conclusions.py``)."""

from __future__ import annotations

import pytest

from tests.probe_sets import probe_items

TCA = "A wide QRS with dilated pupils and urinary retention after a nortriptyline overdose is TCA toxicity."


@pytest.mark.parametrize(
    ("body", "accepted"),
    [
        ("Bottom line: naloxone.", False),
        ("**Verdict:** naloxone (opioid co-ingestion).", False),
        ("I'd start cyproheptadine right away.", False),
        ("I'd push Narcan through the IV now.", False),
        ("Naloxone is what he needs. His pupils are wide and his QRS is 130 ms.", False),
        ("What he doesn't need is sodium bicarbonate; what he needs is cyproheptadine.", False),
        ("What treats it? Cyproheptadine.", False),
        ("Q: What treats it? A: Cyproheptadine.\nQ: Anything else? A: Fluids.", False),
        # the same shapes for the gold option, or a question for what else it could be
        ("Bottom line: sodium bicarbonate.", True),
        ("I'd push sodium bicarbonate through the IV now.", True),
        ("What he doesn't need is naloxone; what he needs is sodium bicarbonate.", True),
        ("What else could it be? Naloxone, if there were pinpoint pupils; there are not.", True),
    ],
)
def test_another_option_concluded_in_words(judge, body, accepted):
    mcq, case = probe_items("contras")["item3"]
    verdict = judge.judge(mcq, case + TCA + "\n\n" + body + "\n\nAnswer: E", "stop")
    assert verdict.accepted is accepted, verdict
    assert not accepted or verdict.extracted_answer == "E", verdict
