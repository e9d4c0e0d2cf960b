"""Few-shot demonstrations (prompts/examples.yaml): rendered like the real question, validated, not copied."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from cot_synth.clean.validate import to_mcq
from cot_synth.content import ContentDir
from cot_synth.errors import UserError
from cot_synth.judging.rules import RuleJudge
from cot_synth.synthesize.requests import demonstration_traces, load_demonstrations, user_message

PROMPTS = ContentDir.resolve("prompts", None)


def test_bundled_hinted_demonstration_is_a_user_and_assistant_turn_in_the_hinted_layout():
    turns = load_demonstrations(PROMPTS)
    example = yaml.safe_load((PROMPTS.path / "examples.yaml").read_text())["hinted"][0]
    assert turns["blind"] == ()
    user, assistant = turns["hinted"]
    assert user == {
        "role": "user",
        "content": user_message(PROMPTS, "hinted", example["question"], example["options"], "A"),
    }
    assert "Best answer: A: Antibodies against the TSH receptor." in user["content"]
    assert assistant == {"role": "assistant", "content": example["trace"]}


def test_demonstration_passes_the_judge_it_teaches(tmp_path):
    """The example shows the layout the judges verify: it must itself be accepted."""
    example = yaml.safe_load((PROMPTS.path / "examples.yaml").read_text())["hinted"][0]
    mcq = to_mcq({k: example[k] for k in ("question", "options", "answer_idx")}, {"row": 0})
    verdict = RuleJudge.from_content(ContentDir.resolve("judges", None)).judge(
        mcq, example["trace"], "stop", "hinted"
    )
    assert verdict.accepted, verdict.reasons


def test_a_trace_copied_from_the_demonstration_is_rejected(medqa_dir):
    """The tiny model sometimes parrots the example; on another item that is never accepted."""
    example = yaml.safe_load((PROMPTS.path / "examples.yaml").read_text())["hinted"][0]
    judges = ContentDir.resolve("judges", None)
    judge = RuleJudge.from_content(judges, demonstration_traces(load_demonstrations(PROMPTS)))
    reasoning = example["trace"].rsplit("\n", 1)[0]
    half = ". ".join(reasoning.split(". ")[:2])  # even half of it, after some reasoning of its own
    with (medqa_dir / "phrases_no_exclude_test.jsonl").open() as rows:
        for n, line in zip(range(20), rows, strict=False):
            row = json.loads(line)
            mcq = to_mcq({k: row[k] for k in ("question", "options", "answer_idx")}, {"row": n})
            conclusion = f"The correct answer is {mcq.answer_idx}: {mcq.answer}"
            own = f"The vignette describes {mcq.question[:120]}, and the findings fit {mcq.answer}."
            for copied in (f"{reasoning}\n{conclusion}", f"{own} {half}.\n{conclusion}"):
                verdict = judge.judge(mcq, copied, "stop", "hinted")
                assert "copied_example" in verdict.reasons, (mcq.id, verdict.details["copied_example"])
    assert judge.judge(mcq, f"{own} {own}\n{conclusion}", "stop").details["copied_example"] == 0.0


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["hinted"][0].pop("trace"), "hinted/0: 'trace' is a required property"),
        (lambda d: d["hinted"][0].update(answer_idx="E"), "hinted/0/answer_idx: not one of its options"),
        (lambda d: d.update(sideways=[]), "top level: Additional properties are not allowed"),
    ],
)
def test_a_broken_examples_file_is_one_line_naming_file_and_field(tmp_path: Path, edit, message):
    prompts = tmp_path / "prompts"
    shutil.copytree(PROMPTS.path, prompts)
    data = yaml.safe_load((prompts / "examples.yaml").read_text())
    edit(data)
    (prompts / "examples.yaml").write_text(yaml.safe_dump(data))
    with pytest.raises(UserError) as caught:
        load_demonstrations(ContentDir(prompts))
    assert str(caught.value).startswith(f"{prompts / 'examples.yaml'}: {message}")
    assert "\n" not in str(caught.value)


def test_a_prompts_folder_without_examples_has_no_demonstrations(tmp_path):
    prompts = tmp_path / "prompts"
    shutil.copytree(PROMPTS.path, prompts)
    (prompts / "examples.yaml").unlink()
    assert load_demonstrations(ContentDir(prompts)) == {"blind": (), "hinted": ()}
