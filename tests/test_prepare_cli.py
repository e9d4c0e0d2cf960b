"""``python -m cot_synth prepare`` as a user runs it, and the same stage inside ``generate``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cot_synth.clean.balance import permute
from cot_synth.clean.validate import clean
from cot_synth.cli import build_parser
from cot_synth.config import CleanOptions, GenerateConfig
from cot_synth.ingest.readers import load_source
from cot_synth.pipeline import run_generate
from tests.conftest import run_cli, write_jsonl

DATA = Path(__file__).resolve().parent / "data"


def test_prepare_broken_corpus_prints_a_summary_and_one_line(tmp_path):
    result = run_cli("prepare", "--input", str(DATA / "broken.jsonl"), "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(
        "read 19 · kept 3 · quarantined 14 · removed 2 (exact_duplicate 1, missing_image 1) · gold entropy "
    )
    assert lines[0].endswith(" · out out")
    assert "layout medqa (question=question, options=options" in result.stderr
    assert "quarantined invalid_json: 1  (e.g. row 8: column " in result.stderr
    assert "quarantined wrong_type: 3" in result.stderr
    for name in ("prepared.jsonl", "quarantine.jsonl", "removed.jsonl", "prepare_report.json"):
        assert (tmp_path / "out" / name).is_file()


def test_prepare_with_a_yaml_map_and_balance(medqa_dir, tmp_path):
    rows = [json.loads(line) for line in (medqa_dir / "phrases_no_exclude_test.jsonl").open()][:60]
    custom = [
        {"stem": r["question"], "choices": list(r["options"].values()), "key": r["answer"]} for r in rows
    ]
    write_jsonl(tmp_path / "custom.jsonl", custom)
    (tmp_path / "map.yaml").write_text("question: stem\noptions: choices\nanswer: key\n")
    args = (
        "prepare",
        "--input",
        "custom.jsonl",
        "--map",
        "map.yaml",
        "--balance",
        "--seed",
        "7",
        "--out",
        "o",
    )
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "layout mapped (question=stem, options=choices, answer=key)" in result.stderr
    assert " → " in result.stdout and "gold after: " in result.stderr
    prepared = [json.loads(line) for line in (tmp_path / "o" / "prepared.jsonl").read_text().splitlines()]
    originals = {i: r for i, r in enumerate(rows, start=1)}
    for item in prepared:
        assert item["answer"] == item["options"][item["answer_idx"]]
        assert item["answer"] in " ".join(
            originals[item["meta"]["row"]]["answer"].split()
        )  # (stray quotes go)
    report = json.loads((tmp_path / "o" / "prepare_report.json").read_text())
    assert report["options"]["seed"] == 7 and report["gold"]["balanced"] is True


def test_prepare_mistakes_are_one_line_errors(tmp_path):
    bad_map = run_cli("prepare", "--input", str(DATA / "broken.jsonl"), "--map", "question", cwd=tmp_path)
    assert bad_map.returncode == 2
    assert bad_map.stderr.strip() == (
        "error: --map question: expected FIELD=COLUMN or a YAML file, and no such file exists"
    )
    threshold = run_cli("prepare", "--near-dup-threshold", "0", cwd=tmp_path)
    assert threshold.returncode == 2 and "--near-dup-threshold must be above 0" in threshold.stderr
    (tmp_path / "array.json").write_text('[{"question": "Q?",\n "options": ]')
    array = run_cli("prepare", "--input", "array.json", cwd=tmp_path)
    assert array.returncode == 2 and "invalid JSON at line 2 column" in array.stderr
    (tmp_path / "empty.jsonl").write_bytes(b"\xff\n")
    empty = run_cli("prepare", "--input", "empty.jsonl", cwd=tmp_path)
    assert empty.returncode == 2 and "no readable row (1 unreadable; line 1: invalid_utf8" in empty.stderr
    for result in (bad_map, threshold, array, empty):
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_generate_and_prepare_share_the_cleaning_options():
    """Each cleaning option is declared on both commands (read from the parsers, not from help text, where
    one option's name can appear inside another's help), with the same default."""
    cleaning = ("--map", "--cop-base", "--balance", "--max-words", "--tokenizer", "--max-question-tokens",
                "--near-dup-threshold", "--keep-image-refs", "--decontaminate")  # fmt: skip
    declared = {command: _declared(command) for command in ("prepare", "generate")}
    for option in cleaning:
        prepare, generate = declared["prepare"].get(option), declared["generate"].get(option)
        assert prepare is not None and generate is not None, option
        assert (prepare.dest, prepare.default) == (generate.dest, generate.default), option


def _declared(command: str) -> dict[str, argparse.Action]:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {s: action for action in commands.choices[command]._actions for s in action.option_strings}


def test_generate_runs_the_prepare_stage_first(embedded_server, medqa_dir, tmp_path):
    rows = [json.loads(line) for line in (medqa_dir / "phrases_no_exclude_test.jsonl").open()][:2]
    image = next(
        json.loads(line)
        for line in (medqa_dir / "phrases_no_exclude_test.jsonl").open()
        if " is shown." in line
    )
    path = write_jsonl(tmp_path / "mixed.jsonl", [*rows, image, rows[0]])
    config = GenerateConfig(
        input=str(path), out=tmp_path / "run", backend="openai", model="smollm2",
        base_url=embedded_server.base_url, api_key_env="COT_SYNTH_TEST_NO_SUCH_KEY", max_tokens=48,
        blind_attempts=1, cleaning=CleanOptions(balance=True),
    )  # fmt: skip
    summary = run_generate(config)
    assert (summary.read, summary.removed, summary.quarantined, summary.generated) == (4, 2, 0, 2)
    assert summary.read == summary.accepted + summary.rejected + summary.quarantined + summary.removed
    assert " · removed 2 · generated 2 · " in summary.line()
    manifest = json.loads((config.out / "manifest.json").read_text())
    assert manifest["counts"]["removed_by_reason"] == {"missing_image": 1, "exact_duplicate": 1}
    assert "removed | 2 | 50.0% |" in (config.out / "report.md").read_text()
    sent = [
        json.loads(line)["mcq"]
        for name in ("accepted.jsonl", "rejected.jsonl")
        for line in (config.out / name).read_text().splitlines()
    ]
    expected = [permute(m, config.seed).to_json() for m in clean(load_source(str(path), limit=2)).mcqs]
    assert sorted(sent, key=lambda m: m["id"]) == sorted(expected, key=lambda m: m["id"])
    for name in ("prepared.jsonl", "quarantine.jsonl", "removed.jsonl", "prepare_report.json"):
        assert (config.out / name).is_file()
