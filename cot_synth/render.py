"""Render an accepted trace into training text: Llama-2 ``[INST]`` and chat ``messages``.

Pure functions of (MCQ, trace, verdict, prompts): the same inputs always give the same bytes.
"""

from __future__ import annotations

from cot_synth.content import ContentDir
from cot_synth.judging import strip_conclusion
from cot_synth.records import MCQ, Attempt, Provenance, Sample, Verdict


def assistant_turn(prompts: ContentDir, mcq: MCQ, trace: str, verdict: Verdict) -> str:
    """The verified reasoning without its own conclusion line, then the canonical answer line."""
    reasoning = strip_conclusion(trace, verdict.details.get("conclusion_line"))
    return prompts.render("response.j2", reasoning=reasoning, letter=mcq.answer_idx, answer=mcq.answer)


def render_sample(
    prompts: ContentDir, mcq: MCQ, attempt: Attempt, verdict: Verdict, provenance: Provenance
) -> Sample:
    system = prompts.render("system.j2")
    user = prompts.render("user.j2", question=mcq.question, options=mcq.options)
    assistant = assistant_turn(prompts, mcq, attempt.text, verdict)
    text = prompts.render("llama2.j2", system=system, user=user, assistant=assistant)
    messages = [
        {"role": "system", "content": system},
        {"role": "user", "content": user},
        {"role": "assistant", "content": assistant},
    ]
    sample_id = f"{mcq.id}-{attempt.mode}{attempt.index}"
    return Sample(sample_id, text, messages, mcq, attempt, verdict, provenance)
