"""The quality report over a real run folder from the embedded model: numbers, files, rebuild, merge."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from cot_synth.merge import merge_runs
from cot_synth.pipeline import run_generate
from cot_synth.report import write_reports
from cot_synth.report.analyse import analyse, excerpt, offending_span
from cot_synth.report.views import _md
from cot_synth.runfolder import load_run, read_jsonl
from tests.conftest import run_cli
from tests.real_run import real_run, real_run_config

REPORTS = ("report.md", "report.html", "report.json")
# Sections a report may differ in from a fresh analysis of its folder: where it was drawn ("run"), and "speed"
# (timings): a cached rerun with unchanged records keeps the report of the run that drew it
# (``report_inputs.sha256``), and other modules rerun this module's run folder from its cache.
DRAWN = ("run", "speed")


def same_numbers(a: dict, b: dict) -> bool:
    return {k: v for k, v in a.items() if k not in DRAWN} == {k: v for k, v in b.items() if k not in DRAWN}


@pytest.fixture(scope="module")
def run_dir(embedded_server, medqa_dir, tmp_path_factory) -> Path:
    return real_run(embedded_server.base_url, medqa_dir, tmp_path_factory.getbasetemp())


@pytest.fixture(scope="module")
def data(run_dir) -> dict:
    return write_reports(run_dir)


def test_funnel_counts_balance_and_match_the_files(run_dir, data):
    manifest = json.loads((run_dir / "manifest.json").read_text())
    accepted, rejected = read_jsonl(run_dir / "accepted.jsonl"), read_jsonl(run_dir / "rejected.jsonl")
    removed = read_jsonl(run_dir / "removed.jsonl")
    counts = data["counts"]
    assert counts["read"] == manifest["counts"]["read"]
    assert counts["read"] == counts["quarantined"] + counts["removed"] + counts["generated"]
    assert counts["balanced"] is True and counts["removed"] == len(removed) >= 1
    assert counts["generated"] == counts["accepted_items"] + counts["rejected_items"]
    assert counts["samples"] == len(accepted) and counts["rejected_items"] == len(rejected)
    funnel = {f["stage"]: f for f in data["funnel"]}
    assert funnel["read"]["share_of_read"] == 1.0
    for reason, n in Counter(r["reason"] for r in removed).items():
        assert funnel[reason]["items"] == n and funnel[reason]["level"] == 2
    by_reason = {r["reason"]: r for r in data["rejections"]["by_reason"]}
    assert by_reason == {
        code: {
            "reason": code,
            "items": n,
            "share_of_rejected": round(n / len(rejected), 4),
            "attempts": sum(code in a["verdict"]["reasons"] for row in rejected for a in row["attempts"]),
        }
        for code, n in Counter(c for row in rejected for c in row["reasons"]).items()
    }


def test_acceptance_by_step_accounts_for_every_attempt(run_dir, data):
    """The steps inferred for accepted items add up to the attempts the run really made."""
    manifest = json.loads((run_dir / "manifest.json").read_text())
    steps = data["rejections"]["by_step"]
    assert sum(s["attempts"] for s in steps) == manifest["attempts"]["total"]
    assert sum(s["accepted"] for s in steps) == data["counts"]["samples"]
    assert [s["mode"] for s in steps] == sorted((s["mode"] for s in steps), key=lambda m: m == "hinted")


def test_gold_distributions_and_entropy_flag(run_dir, data):
    gold = data["gold"]["distributions"]
    assert set(gold) == {"input", "generated", "accepted"}
    assert sum(gold["generated"]["counts"].values()) == data["counts"]["generated"]
    assert sum(gold["accepted"]["counts"].values()) == data["counts"]["samples"]
    flagged = {n for n, d in gold.items() if sum(d["counts"].values()) and d["normalized_entropy"] < 0.95}
    assert {f.split(":")[0] for f in data["gold"]["flags"]} == flagged


def test_rejection_examples_mark_the_offending_span(run_dir, data):
    rejected = read_jsonl(run_dir / "rejected.jsonl")
    attempts = [a for row in rejected for a in row["attempts"]]
    for code, examples in data["rejections"]["examples"].items():
        assert 1 <= len(examples) <= 3
        for example in examples:
            assert code in example["reasons"]
            source = next(
                a
                for a in attempts
                if (a["mcq_id"], a["mode"], a["index"])
                == (example["item"], example["mode"], example["index"])
            )
            span = offending_span(code, source["verdict"])
            if span:
                assert example["span"] == span
                assert example["marked"] == " ".join(source["text"][span[0] : span[1]].split())
                named_by_letter = source["verdict"]["details"].get("pattern") != "option_text"
                if example["extracted"] and named_by_letter:  # none for "B or C"
                    assert example["extracted"] in example["marked"].upper()
    folder = run_dir / "rejected_by_reason"
    written = {p.stem: read_jsonl(p) for p in folder.glob("*.jsonl")}
    assert {code: len(rows) for code, rows in written.items()} == dict(
        Counter(code for a in attempts for code in a["verdict"]["reasons"])
    )


def test_spans_degrade_when_the_judge_gives_none():
    text = "Reasoning here.\nThe correct answer is B: Foo"
    assert offending_span("wrong_answer", {"details": {"conclusion_line": [16, 44]}}) == [16, 44]
    assert offending_span("wrong_answer", {"details": {}}) is None
    assert offending_span("hint_leak", {"details": {"hint_leak": {"span": [0, 9]}}}) == [0, 9]
    assert offending_span("too_short", {"details": {"conclusion_line": [16, 44]}}) is None
    assert excerpt(text, [16, 44]) == {
        "before": "Reasoning here. ",
        "marked": "The correct answer is B: Foo",
        "after": "",
    }
    assert excerpt(text, None) == {"before": "Reasoning here. The correct answer is B: Foo"}


def test_markdown_carries_the_numbers(run_dir, data):
    md = (run_dir / "report.md").read_text()
    counts = data["counts"]
    assert f"| read | {counts['read']} | 100.0% |" in md
    assert f"**{counts['accepted_items']} of {counts['generated']} generated items accepted" in md
    for row in data["rejections"]["by_reason"]:
        assert f"| `{row['reason']}` | {row['items']} |" in md
    assert f"{data['gold']['distributions']['accepted']['normalized_entropy']:.4f}" in md
    examples = data["rejections"]["examples"]
    assert examples, "the real run rejects something: its examples must be in the report"
    for code, shown in examples.items():
        assert f"### `{code}`" in md
        for ex in shown:
            assert f"item `{ex['item']}` (row {ex['row']})" in md
            if "marked" in ex:
                assert f"<mark>{_md(ex['marked'])}</mark>" in md
    speed = data["speed"]["per_call_tokens_per_s_median"]  # None when this run's calls were all cached
    assert f"per call median {speed} tokens/s" in md if speed else "per call median – (no model call" in md
    assert "per call median None" not in md


def test_report_command_rebuilds_from_the_folder_alone(run_dir, data, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(run_dir, copy, ignore=shutil.ignore_patterns("cache", "report.*", "rejected_by_reason"))
    result = run_cli("report", str(copy), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (
        f"generated {data['counts']['generated']} · accepted {data['counts']['accepted_items']}"
        in result.stdout
    )
    rebuilt = json.loads((copy / "report.json").read_text())
    assert same_numbers(rebuilt, data)
    assert all((copy / name).is_file() for name in REPORTS)
    missing = run_cli("report", str(tmp_path / "nowhere"), cwd=tmp_path)
    assert (
        missing.returncode == 2 and missing.stderr.count("\n") == 1 and "no manifest.json" in missing.stderr
    )


def test_report_on_a_merged_folder(embedded_server, medqa_dir, run_dir, data, tmp_path):
    """Shards share the full run's cache (same requests), so they cost no model call; their merge reports
    the same numbers as the unsharded run."""
    base = real_run_config(embedded_server.base_url, medqa_dir, run_dir)
    shards = []
    for i in range(2):
        out = tmp_path / f"shard{i}"
        shutil.copytree(run_dir / "cache", out / "cache")
        summary = run_generate(replace(base, shard=f"{i}/2", out=out))
        assert summary.model_calls == 0
        shards.append(out)
    merge_runs(shards, tmp_path / "merged")
    merged = json.loads((tmp_path / "merged" / "report.json").read_text())
    assert (tmp_path / "merged" / "report.html").is_file()
    assert merged["run"]["merged_from"] == [str(s) for s in shards]
    assert merged["counts"] == data["counts"]
    assert merged["rejections"]["by_reason"] == data["rejections"]["by_reason"]
    assert merged["gold"]["distributions"]["accepted"] == data["gold"]["distributions"]["accepted"]
    assert "input" not in merged["gold"]["distributions"]  # prepare_report.json is per job, not merged


def test_analyse_is_pure(run_dir, data):
    assert analyse(load_run(run_dir)) == analyse(load_run(run_dir))
    assert same_numbers(analyse(load_run(run_dir)), data)
