"""Few-shot demonstration turns from ``prompts/examples.yaml``, placed before the real question.

A 135M-parameter model copies a layout it has been shown far more reliably than one it has been told about;
a large model loses nothing by seeing one worked example. Each example is rendered through the same
template as the real question, so the demonstration and the question always agree in wording.
"""

from __future__ import annotations

from cot_synth.content import ContentDir
from cot_synth.errors import UserError
from cot_synth.judging.spec import JudgeSpec
from cot_synth.record_schemas import DEMONSTRATIONS_SCHEMA
from cot_synth.records import Mode
from cot_synth.schemas import first_error

FILE = "examples.yaml"
TEMPLATES: dict[Mode, str] = {"blind": "generate.j2", "hinted": "hinted.j2"}

Message = dict[str, str]


def user_message(prompts: ContentDir, mode: Mode, question: str, options: dict[str, str], letter: str) -> str:
    """The generator's user message for one question in one attempt mode."""
    answer = options[letter]
    return prompts.render(TEMPLATES[mode], question=question, options=options, letter=letter, answer=answer)


def load_demonstrations(prompts: ContentDir) -> dict[Mode, tuple[Message, ...]]:
    """The demonstration turns per mode; a prompts folder without ``examples.yaml`` has none."""
    if not (prompts.path / FILE).is_file():
        return {"blind": (), "hinted": ()}
    data = prompts.load_yaml(FILE)
    if (error := first_error(DEMONSTRATIONS_SCHEMA, data)) is not None:
        raise UserError(f"{prompts.path / FILE}: {error.where()}: {error.message}")
    turns: dict[Mode, tuple[Message, ...]] = {}
    for mode in TEMPLATES:
        messages: list[Message] = []
        for n, ex in enumerate(data.get(mode, [])):
            if ex["answer_idx"] not in ex["options"]:
                raise UserError(f"{prompts.path / FILE}: {mode}/{n}/answer_idx: not one of its options")
            user = user_message(prompts, mode, ex["question"], ex["options"], ex["answer_idx"])
            messages += [{"role": "user", "content": user}, {"role": "assistant", "content": ex["trace"]}]
        turns[mode] = tuple(messages)
    return turns


def demonstration_traces(turns: dict[Mode, tuple[Message, ...]]) -> tuple[str, ...]:
    """The assistant replies of every demonstration: what the judge must not see copied."""
    return tuple(m["content"] for messages in turns.values() for m in messages if m["role"] == "assistant")


def judge_spec(prompts: ContentDir, judges: ContentDir) -> JudgeSpec:
    """The rule judge of a generation run, unbuilt: it also rejects copies of the demonstrations the model
    saw."""
    return JudgeSpec.from_content(judges, demonstration_traces(load_demonstrations(prompts)))
