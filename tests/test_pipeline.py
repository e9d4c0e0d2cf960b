"""The real pipeline on real MedQA rows through the real llama.cpp server (OpenAI-compatible path)."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import pytest

from cot_synth.config import GenerateConfig
from cot_synth.content import ContentDir
from cot_synth.pipeline import run_generate
from tests.real_run import real_run

FILES = ("accepted.jsonl", "rejected.jsonl")


@pytest.fixture(scope="module")
def config(embedded_server, medqa_dir, tmp_path_factory) -> GenerateConfig:
    return GenerateConfig(
        input=str(medqa_dir / "phrases_no_exclude_test.jsonl"),
        limit=4,
        out=tmp_path_factory.mktemp("run"),
        backend="openai",
        model="smollm2",
        base_url=embedded_server.base_url,
        api_key_env="COT_SYNTH_TEST_NO_SUCH_KEY",
        max_tokens=160,
        blind_attempts=2,
    )


@pytest.fixture(scope="module")
def first_run(config):
    summary = run_generate(config)
    snapshot = {name: (config.out / name).read_bytes() for name in FILES}
    return summary, snapshot


def test_run_folder_contents_and_counts_balance(config, first_run):
    summary, _ = first_run
    manifest = json.loads((config.out / "manifest.json").read_text())
    assert summary.read == 4 == summary.accepted + summary.rejected + summary.quarantined + summary.removed
    assert manifest["counts"] == {
        "read": 4, "quarantined": 0, "removed": 0, "removed_by_reason": {}, "generated": 4,
        "accepted": summary.accepted, "rejected": summary.rejected, "samples": summary.accepted, "failed": 0,
    }  # fmt: skip
    assert manifest["attempts"]["model_calls"] >= 4 and manifest["attempts"]["cached"] == 0
    assert len(manifest["prompt_hash"]) == 16 and manifest["package_version"]
    rejected = [json.loads(line) for line in (config.out / "rejected.jsonl").read_text().splitlines()]
    for row in rejected:
        assert row["reasons"], "every rejection explains itself"
        assert all(a["text"] is not None and a["verdict"]["reasons"] for a in row["attempts"])
    report = (config.out / "report.md").read_text()
    assert "## Funnel" in report and "| read | 4 |" in report
    assert (config.out / "run.log").read_text().count("read 4 rows") == 1


def test_accepted_samples_are_rendered_and_verified(embedded_server, medqa_dir, tmp_path_factory):
    """On the shared real run (16 items, hinted attempts), which accepts some: 4 items may accept none."""
    run_dir = real_run(embedded_server.base_url, medqa_dir, tmp_path_factory.getbasetemp())
    lines = (run_dir / "accepted.jsonl").read_text().splitlines()
    assert lines, "the real run accepted nothing: nothing to check"
    for line in lines:
        sample = json.loads(line)
        assert (
            sample["verdict"]["accepted"]
            and sample["verdict"]["extracted_answer"] == sample["mcq"]["answer_idx"]
        )
        assert sample["text"].startswith("<s>[INST] <<SYS>>\n") and sample["text"].endswith(" </s>")
        assert [m["role"] for m in sample["messages"]] == ["system", "user", "assistant"]
        assert sample["messages"][2]["content"].endswith(
            f"The correct answer is {sample['mcq']['answer_idx']}: {sample['mcq']['answer']}"
        )
        assert sample["provenance"]["backend"] == "openai"


def test_rerun_makes_no_model_call_and_is_byte_identical(config, first_run):
    _, before = first_run
    kept = run_generate(config)  # a finished job: its outputs are kept as they are
    assert kept.current and kept.model_calls == 0
    assert {name: (config.out / name).read_bytes() for name in FILES} == before
    (config.out / "manifest.json").unlink()  # and rebuilt from the cache
    again = run_generate(config)
    manifest = json.loads((config.out / "manifest.json").read_text())
    assert not again.current
    assert manifest["attempts"]["model_calls"] == 0
    assert manifest["cache"]["misses"] == 0 and again.cached == manifest["attempts"]["total"] > 0
    assert {name: (config.out / name).read_bytes() for name in FILES} == before


def test_raising_limit_reuses_what_was_paid_for(config, first_run):
    summary, _ = first_run
    bigger = run_generate(GenerateConfig(**{**config.__dict__, "limit": 5}))
    manifest = json.loads((config.out / "manifest.json").read_text())
    assert manifest["counts"]["read"] == 5
    assert (
        manifest["attempts"]["cached"] >= 4 and 1 <= manifest["attempts"]["model_calls"] <= 3
    )  # 2 blind, 1 hinted
    assert bigger.accepted >= summary.accepted


def test_editing_one_prompt_repays_only_the_calls_that_use_it(config, first_run, tmp_path):
    prompts = tmp_path / "prompts"
    shutil.copytree(ContentDir.resolve("prompts", None).path, prompts)
    with (prompts / "hinted.j2").open("a") as hinted:
        hinted.write("Be concise.\n")
    run_generate(replace(config, prompts=str(prompts)))
    rejected = [json.loads(line) for line in (config.out / "rejected.jsonl").read_text().splitlines()]
    accepted = [json.loads(line) for line in (config.out / "accepted.jsonl").read_text().splitlines()]
    hinted = sum(a["mode"] == "hinted" for r in rejected for a in r["attempts"])
    hinted += sum(s["attempt"]["mode"] == "hinted" for s in accepted)
    manifest = json.loads((config.out / "manifest.json").read_text())
    assert manifest["attempts"]["model_calls"] == hinted, "only hinted calls changed their messages"
    assert manifest["attempts"]["cached"] == manifest["attempts"]["total"] - hinted
