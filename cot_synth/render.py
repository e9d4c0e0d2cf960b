"""Render an accepted trace into training text: Llama-2 ``[INST]`` and chat ``messages``.

Pure functions of (MCQ, trace, verdict, prompts): the same inputs always give the same bytes. The response
layout is a template in ``prompts/responses/``; ``generate`` writes the reasoning-first one into
accepted.jsonl, ``export`` lets the user choose (the seed's layout by default).
"""

from __future__ import annotations

from typing import Any

from cot_synth.content import ContentDir
from cot_synth.difficulty import difficulty
from cot_synth.judging.conclusion import strip_conclusion
from cot_synth.records import MCQ, Attempt, ItemResult, Provenance, Rejection, Sample, Verdict

RUN_LAYOUT = "reasoning_first"


def assistant_turn(
    prompts: ContentDir, mcq: MCQ, trace: str, verdict: Verdict, layout: str = RUN_LAYOUT
) -> str:
    """The verified reasoning without its own conclusion line, laid out with the canonical answer line."""
    reasoning = strip_conclusion(trace, verdict.details)
    return prompts.render(
        f"responses/{layout}.j2", reasoning=reasoning, letter=mcq.answer_idx, answer=mcq.answer
    )


def turns(
    prompts: ContentDir, mcq: MCQ, trace: str, verdict: Verdict, layout: str = RUN_LAYOUT
) -> tuple[str, str, str]:
    """(system, user, assistant) of one training sample; the system prompt is the same for every sample."""
    system = prompts.render("system.j2")
    user = prompts.render("user.j2", question=mcq.question, options=mcq.options)
    return system, user, assistant_turn(prompts, mcq, trace, verdict, layout)


def chat_messages(system: str, user: str, assistant: str) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": user},
        {"role": "assistant", "content": assistant},
    ]


def render_sample(
    prompts: ContentDir,
    mcq: MCQ,
    attempt: Attempt,
    verdict: Verdict,
    provenance: Provenance,
    difficulty: dict[str, Any] | None = None,
) -> Sample:
    system, user, assistant = turns(prompts, mcq, attempt.text, verdict)
    text = prompts.render("llama2.j2", system=system, user=user, assistant=assistant)
    sample_id = f"{mcq.id}-{attempt.mode}{attempt.index}"
    messages = chat_messages(system, user, assistant)
    return Sample(sample_id, text, messages, mcq, attempt, verdict, provenance, difficulty or {})


def item_records(
    item: ItemResult, prompts: ContentDir, provenance: Provenance
) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """One item's output lines: its accepted traces as rendered samples, or, with none, its rejection;
    each carries the item's difficulty."""
    hardness = difficulty(item)
    samples = [
        render_sample(prompts, item.mcq, item.attempts[i], item.verdicts[i], provenance, hardness).to_json()
        for i in item.accepted_indices
    ]
    if samples:
        return samples, None
    rejection = Rejection(item.mcq, tuple(item.attempts), tuple(item.verdicts), tuple(item.errors), hardness)
    return samples, rejection.to_json()
