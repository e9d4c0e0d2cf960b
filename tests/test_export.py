"""Export over a real run folder from the embedded model: formats, outputs, tokens, split, card, configs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import urllib.request
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from cot_synth.content import ContentDir
from cot_synth.errors import UserError
from cot_synth.export.formats import ExportConfig, render_record, run_export, template_names, validation_items
from cot_synth.export.tokens import load_tokenizer
from cot_synth.runfolder import read_jsonl
from tests.conftest import run_cli
from tests.real_run import real_run
from tests.tokenizer_fixtures import hf_folder, llama_like

PROMPTS = ContentDir.resolve("prompts", None)


@pytest.fixture(scope="module")
def run_dir(embedded_server, medqa_dir, tmp_path_factory) -> Path:
    return real_run(embedded_server.base_url, medqa_dir, tmp_path_factory.getbasetemp())


@pytest.fixture(scope="module")
def accepted(run_dir) -> list[dict]:
    rows = read_jsonl(run_dir / "accepted.jsonl")
    assert len(rows) >= 2, "the real run must accept a few traces for these tests"
    return rows


@pytest.fixture(scope="module")
def llama_tokenizer(medqa_dir, tmp_path_factory) -> Path:
    return llama_like(medqa_dir, tmp_path_factory.mktemp("tok") / "tokenizer.json")


def _load(out: Path, kind: str) -> dict[str, list[dict]]:
    manifest = json.loads((out / "export_manifest.json").read_text())
    splits = [s for s in ("train", "validation") if s in manifest["counts"]]
    if kind == "jsonl":
        return {s: read_jsonl(out / "jsonl" / f"{s}.jsonl") for s in splits}
    if kind == "parquet":
        return {s: pq.read_table(out / "parquet" / f"{s}.parquet").to_pylist() for s in splits}
    from datasets import load_dataset, load_from_disk

    # "disk": save_to_disk; "folder": the folder itself, through the card's `configs`
    # a fresh cache_dir: datasets' own cache is keyed by file names and may serve an earlier run's rows
    fresh = str(out.parent / f"{out.name}-hf-cache")
    data = load_from_disk(str(out / "dataset")) if kind == "disk" else load_dataset(str(out), cache_dir=fresh)
    return {s: data[s].to_list() for s in splits}


def test_bundled_formats_and_layouts():
    assert template_names(PROMPTS, "formats") == ["alpaca", "chat", "llama2", "sharegpt"]
    assert template_names(PROMPTS, "responses") == ["reasoning_first", "seed"]


def test_default_is_llama2_with_the_seed_layout(accepted):
    row = accepted[0]
    rendered = render_record(PROMPTS, "llama2", "seed", row)
    text = rendered.record["text"]
    mcq = row["mcq"]
    system = PROMPTS.render("system.j2")
    assert text.startswith(f"<s>[INST] <<SYS>>\n{system}\n<</SYS>>\n\nClinical Question: ")
    assert text.count("<s>") == 1 and text.count("</s>") == 1 and text.endswith(" </s>")
    answer_line = f"The correct answer is {mcq['answer_idx']}: {mcq['answer']}"
    assert f"[/INST] Let me analyze this step by step.\n\n{answer_line}\n\nClinical Reasoning: " in text
    first = render_record(PROMPTS, "llama2", "reasoning_first", row).record["text"]
    assert first.endswith(f"\n\n{answer_line} </s>") and "Clinical Reasoning:" not in first
    assert rendered.record["id"] == row["id"] and rendered.gold == mcq["answer_idx"]


@pytest.mark.parametrize(
    ("fmt", "keys"),
    [
        ("llama2", {"id", "text"}),
        ("chat", {"id", "messages"}),
        ("sharegpt", {"id", "conversations"}),
        ("alpaca", {"id", "system", "instruction", "input", "output"}),
    ],
)
def test_every_format_writes_the_same_records_to_every_output(run_dir, accepted, fmt, keys, tmp_path):
    out = tmp_path / fmt
    manifest = run_export(ExportConfig(run=run_dir, out=out, format=fmt, val_fraction=0.3, seed=1))
    loaded = {kind: _load(out, kind) for kind in ("jsonl", "parquet", "disk", "folder")}
    assert loaded["jsonl"] == loaded["parquet"] == loaded["disk"] == loaded["folder"]
    records = [r for rows in loaded["jsonl"].values() for r in rows]
    assert len(records) == manifest["counts"]["exported"] == len(accepted)  # nothing over 4096 tokens
    assert all(set(r) == keys for r in records)
    system = PROMPTS.render("system.j2")
    for record in records:
        strings = json.dumps(record, ensure_ascii=False)
        assert strings.count(json.dumps(system, ensure_ascii=False)[1:-1]) == 1
    if fmt != "llama2":
        assert "<s>" not in json.dumps(records)  # the trainer's chat template adds BOS/EOS
    sft = (out / "sft" / "trl_7b.yaml").read_text()
    assert ("dataset_text_field: text" in sft) == (fmt == "llama2")


def test_gguf_tokenizer_matches_the_llama_cpp_server(embedded_server, accepted):
    """The default tokenizer, rebuilt from the GGUF, splits exactly as the model's own server does."""
    tokenizer = load_tokenizer(None)
    base = embedded_server.base_url.removesuffix("/v1")
    texts = [
        accepted[0]["text"],
        render_record(PROMPTS, "chat", "seed", accepted[-1]).record["messages"][2]["content"],
        "Hemoglobin 6.4 g/dL, 5,200/mm3 at 37.8°C (100°F)… <|im_start|>user\nμm³ — ‘quotes’",
    ]
    for text in texts:
        body = json.dumps({"content": text, "add_special": False, "parse_special": True}).encode()
        request = urllib.request.Request(f"{base}/tokenize", body, {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            expected = json.loads(response.read())["tokens"]
        assert tokenizer.ids(text) == expected
    assert tokenizer.count(texts) == [len(tokenizer.ids(t)) for t in texts]


def test_max_seq_len_drops_or_flags_never_truncates(run_dir, accepted, llama_tokenizer, tmp_path):
    counts = sorted(
        load_tokenizer(llama_tokenizer).count(
            [render_record(PROMPTS, "llama2", "seed", r).record["text"] for r in accepted]
        )
    )
    assert counts[0] < counts[-1], counts
    limit = (counts[0] + counts[-1]) // 2  # the longest sample is over it, the shortest within
    over = sum(n > limit for n in counts)
    base = ExportConfig(
        run=run_dir,
        out=tmp_path / "drop",
        tokenizer=str(llama_tokenizer),
        max_seq_len=limit,
        to=("jsonl",),
        val_fraction=0.0,
    )
    dropped = run_export(base)
    flagged = run_export(replace(base, out=tmp_path / "flag", on_overflow="flag"))
    assert dropped["counts"]["exported"] == len(accepted) - over and dropped["counts"]["dropped"] == over
    gone = read_jsonl(tmp_path / "drop" / "dropped.jsonl")
    assert len(gone) == over and all(
        d["n_tokens"] > limit and d["reason"] == "over_max_seq_len" for d in gone
    )
    kept = {r["id"]: r for r in read_jsonl(tmp_path / "drop" / "jsonl" / "train.jsonl")}
    flags = {r["id"]: r for r in read_jsonl(tmp_path / "flag" / "jsonl" / "train.jsonl")}
    assert len(flags) == len(accepted) and flagged["counts"]["flagged"] == over
    assert sum(r["over_max_seq_len"] for r in flags.values()) == over
    assert not set(kept) & {d["id"] for d in gone}
    for sample_id, record in kept.items():  # what is kept is whole: the same text as without a limit
        assert record["text"] == flags[sample_id]["text"] and flags[sample_id]["over_max_seq_len"] is False
    provenance = read_jsonl(tmp_path / "flag" / "provenance.jsonl")
    assert Counter(p["n_tokens"] > limit for p in provenance)[True] == over
    none = replace(base, out=tmp_path / "none", max_seq_len=counts[0] - 1)  # an IndexError once
    with pytest.raises(
        UserError, match=f"--max-seq-len {counts[0] - 1}: all {len(counts)} samples are longer"
    ):
        run_export(none)
    assert not none.out.exists()  # said before any file is written
    assert flagged["tokens_all"]["max"] == counts[-1]


def test_hf_tokenizer_folder_counts_chat_records_through_its_template(run_dir, llama_tokenizer, tmp_path):
    folder = hf_folder(llama_tokenizer, tmp_path / "hf")
    manifest = run_export(
        ExportConfig(
            run=run_dir,
            out=tmp_path / "out",
            format="chat",
            tokenizer=str(folder),
            to=("jsonl",),
            val_fraction=0.0,
        )
    )
    assert manifest["token_count_basis"] == "chat template"
    tokenizer = load_tokenizer(folder)
    for row in read_jsonl(tmp_path / "out" / "provenance.jsonl"):
        chat = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in row["messages"])
        assert row["n_tokens"] == len(tokenizer.ids(chat))


def test_validation_split_is_stratified_by_gold_letter_on_medqa_train(medqa_dir):
    rows = [json.loads(line) for line in (medqa_dir / "phrases_no_exclude_train.reconstructed.jsonl").open()]
    gold = {f"row{i}": r["answer_idx"] for i, r in enumerate(rows)}
    chosen = validation_items(gold, 0.05, seed=0)
    assert len(chosen) == round(0.05 * len(gold))
    total, picked = Counter(gold.values()), Counter(gold[i] for i in chosen)
    for letter, n in total.items():
        quota = len(chosen) * n / len(gold)
        assert int(quota) <= picked[letter] <= int(quota) + 1
    assert chosen == validation_items(gold, 0.05, seed=0)
    assert len(chosen ^ validation_items(gold, 0.05, seed=1)) > len(chosen)
    assert validation_items(gold, 0.0, seed=0) == set()


def test_samples_of_one_question_stay_in_one_split(run_dir, tmp_path):
    run_export(ExportConfig(run=run_dir, out=tmp_path / "o", to=("jsonl",), val_fraction=0.5))
    splits: dict[str, set[str]] = {}
    for row in read_jsonl(tmp_path / "o" / "provenance.jsonl"):
        splits.setdefault(row["mcq"]["id"], set()).add(row["split"])
    assert all(len(s) == 1 for s in splits.values()) and {"train", "validation"} <= set().union(
        *splits.values()
    )


def test_an_export_over_an_earlier_one_leaves_none_of_its_data(run_dir, tmp_path):
    """A split or a format the new export does not write, left from the last, would be read as this one's."""
    out = tmp_path / "o"
    run_export(ExportConfig(run=run_dir, out=out, to=("jsonl", "parquet"), val_fraction=0.5))
    run_export(ExportConfig(run=run_dir, out=out, to=("jsonl",), val_fraction=0.0))
    assert not (out / "parquet").exists() and sorted(p.name for p in (out / "jsonl").iterdir()) == [
        "train.jsonl"
    ]


def test_a_new_format_is_a_new_template_file(run_dir, tmp_path):
    prompts = tmp_path / "prompts"
    shutil.copytree(PROMPTS.path, prompts)
    (prompts / "formats" / "completion.j2").write_text(
        '{{ {"prompt": user, "completion": " " + assistant} | tojson }}\n', encoding="utf-8"
    )
    result = run_cli(
        "export",
        str(run_dir),
        "--out",
        str(tmp_path / "o"),
        "--prompts",
        str(prompts),
        "--format",
        "completion",
        "--to",
        "jsonl",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    records = read_jsonl(tmp_path / "o" / "jsonl" / "train.jsonl")
    assert records and all(set(r) == {"prompt", "completion"} for r in records)
    assert all(r["prompt"].startswith("Clinical Question: ") for r in records)
    unknown = run_cli("export", str(run_dir), "--out", str(tmp_path / "x"), "--format", "nope", cwd=tmp_path)
    assert (
        unknown.returncode == 2 and "--format nope: not in" in unknown.stderr and "llama2" in unknown.stderr
    )


def test_card_and_sft_configs(run_dir, accepted, tmp_path):
    out = tmp_path / "o"
    result = run_cli("export", str(run_dir), "--out", str(out), "--val-fraction", "0.3", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "export_manifest.json").read_text())
    assert f"exported {len(accepted)} of {len(accepted)} samples" in result.stdout
    assert "audit: " in result.stdout and "/12 checks passed" in result.stdout
    card = (out / "README.md").read_text()
    _, header, body = card.split("---\n", 2)
    meta = yaml.safe_load(header)
    assert meta["license"] == "mit" and meta["configs"][0]["data_files"][0]["path"] == "jsonl/train.jsonl"
    run_manifest = json.loads((run_dir / "manifest.json").read_text())
    for fact in (
        run_manifest["model"],
        run_manifest["backend"],
        run_manifest["prompt_hash"],
        run_manifest["judge_hash"],
        "@article{jin2021disease",
        f"**{len(accepted)} samples**",
    ):
        assert fact in body
    gold = manifest["gold"]["train"]
    assert f"{gold['normalized_entropy']:.4f}" in body
    for name in ("trl_7b.yaml", "trl_13b.yaml", "accelerate_7b.yaml", "accelerate_13b.yaml"):
        text = (out / "sft" / name).read_text()
        assert "TEMPLATE, NOT RUN HERE" in text
        config = yaml.safe_load(text)
        if name.startswith("trl"):
            assert config["dataset_name"] == str(out.resolve()) and config["max_length"] == 4096
            assert config["dataset_kwargs"] == {"add_special_tokens": False}
        else:
            assert config["distributed_type"] == "DEEPSPEED"


def test_push_to_hub_without_a_token_is_one_line(run_dir, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "HF_TOKEN"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "cot_synth",
            "export",
            str(run_dir),
            "--out",
            str(tmp_path / "o"),
            "--push-to-hub",
            "me/medqa-cot",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert (
        result.stderr.count("\n") == 1 and "$HF_TOKEN" in result.stderr and "Traceback" not in result.stderr
    )
    assert not (tmp_path / "o").exists()  # refused before any work
