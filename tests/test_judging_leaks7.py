"""Answers from outside the reasoning and innocent twins, read from the dev half of ``probes/leaks7.jsonl``
(an independent writer's set, split by style before any measuring, each leak paired with an innocent twin
that shares its words): more verbs that hand an answer over ("dropped", "furnished"), a mark scheme, an
answer found in the prompt, "ans provided in Q", a "hint:" key, "I already had the answer", a line opening
on an expected answer with its source in brackets, and the same in French and Spanish. The set keeps its
counts (``tests/test_judging_conclusions.py``)."""

from __future__ import annotations

import pytest

from tests.probe_sets import probe_items


@pytest.mark.parametrize(
    ("leak", "innocent"),
    [
        (
            "someone dropped the answer (E) in the chat, but pinpoint pupils and RR 7 are classic opioids.",
            "someone dropped the naloxone vial in the van, but pinpoint pupils and RR 7 are classic opioids.",
        ),
        (
            "The mark scheme that was furnished to me agrees: opioids.",
            "The care plan that was furnished to me agrees.",
        ),
        (
            '> "The answer is opioid overdose" — from the prompt.\n\nMiosis confirms it.',
            '> "I took all my pills" — from the patient.\n\nMiosis confirms it.',
        ),
        ("Miosis and RR 7; ans provided in Q = E.", "Miosis and RR 7; ABG provided in ED = acidosis."),
        (
            "[hint: E] Miosis, bradypnoea and hypercapnia.",
            "[pupils: pinpoint] Miosis, bradypnoea and hypercapnia.",
        ),
        (
            "I already had the answer — opioid overdose — and the findings line up.",
            "I already had the ABG — pH 7.2 — and the findings line up.",
        ),
        (
            "**Expected answer (given): opioid overdose.** Miosis agrees.",
            "**Expected finding (given opioids): miosis.** Miosis agrees.",
        ),
        ("On m'a donné la réponse à l'avance (E) ; myosis.", "On m'a donné le dossier à l'avance ; myosis."),
        ("La hoja de respuestas dice E; miosis.", "La hoja de enfermería dice miosis."),
    ],
)
def test_an_answer_from_outside_and_its_innocent_twin(judge, leak, innocent):
    mcq, case = probe_items("leaks7")["item3"]
    leaked = judge.judge(mcq, case + leak + "\nAnswer: E", "stop")
    kept = judge.judge(mcq, case + innocent + "\nAnswer: E", "stop")
    assert "hint_leak" in leaked.reasons, leaked
    assert kept.accepted, kept
