"""``export``: a run folder's accepted samples → training-ready files, a dataset card and SFT starter configs.

Each format is a template in ``prompts/formats/`` that renders one sample as a JSON object, and each response
layout a template in ``prompts/responses/``: a new one is a new file, no code. Every sample is counted with
a tokenizer and checked against ``--max-seq-len``: over-long samples are dropped (listed in dropped.jsonl)
or flagged, never truncated. The validation split is drawn per gold letter and by item, so an item's
samples never straddle the splits.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from cot_synth import __version__, runfolder
from cot_synth.clean.balance import gold_distribution
from cot_synth.config import ExportConfig
from cot_synth.content import ContentDir, folder_hash
from cot_synth.errors import UserError
from cot_synth.export.tokens import LoadedTokenizer, load_tokenizer
from cot_synth.records import MCQ, Verdict, sha256_hex
from cot_synth.render import chat_messages, turns
from cot_synth.report.analyse import analyse
from cot_synth.runfolder import load_run, write_json, write_jsonl
from cot_synth.stats import describe as stats

SPLITS = ("train", "validation")
DEFAULT_TOKENIZER = "embedded model (GGUF)"


def template_names(prompts: ContentDir, folder: str) -> list[str]:
    """The formats (``formats``) or response layouts (``responses``) a prompts folder offers."""
    return sorted(p.stem for p in (prompts.path / folder).glob("*.j2"))


@dataclass
class Rendered:
    """One exported sample: the record as the format wrote it, and what the audit needs to check it."""

    record: dict[str, Any]
    provenance: dict[str, Any]
    gold: str
    item: str
    split: str = "train"
    tokens: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def render_record(prompts: ContentDir, fmt: str, layout: str, row: dict[str, Any]) -> Rendered:
    """Render one accepted.jsonl row in a format and layout (pure)."""
    meta = row["mcq"].get("meta") or {}
    mcq = MCQ.from_json({**row["mcq"], "meta": {}})
    verdict = Verdict.from_json(row["verdict"])
    system, user, assistant = turns(prompts, mcq, row["trace"], verdict, layout)
    messages = chat_messages(system, user, assistant)
    template = f"formats/{fmt}.j2"
    text = prompts.render(
        template,
        id=row["id"],
        system=system,
        user=user,
        assistant=assistant,
        messages=messages,
        mcq=row["mcq"],
    )
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"{prompts.path / template}: must render one JSON object ({exc.msg})") from exc
    if not isinstance(record, dict):
        raise UserError(
            f"{prompts.path / template}: must render one JSON object, not {type(record).__name__}"
        )
    attempt = row["attempt"]
    provenance = {
        "id": row["id"],
        "mcq": {**mcq.to_json(), "meta": {"row": meta.get("row"), "source": meta.get("source")}},
        "mode": attempt["mode"],
        "index": attempt["index"],
        "request_key": attempt["request_key"],
        "finish_reason": attempt["finish_reason"],
        "trace": row["trace"],
        "verdict": row["verdict"],
        "messages": messages,
        "provenance": row["provenance"],
        "difficulty": row.get("difficulty") or {},
    }
    return Rendered(record, provenance, mcq.answer_idx, mcq.id)


def training_text(record: dict[str, Any], messages: list[dict[str, str]], tokenizer: LoadedTokenizer) -> str:
    """What the trainer tokenizes: a ``text`` field as written, else the turns through the chat template
    (or, for a tokenizer without one, the turn contents: the template's markup is then not counted)."""
    if isinstance(record.get("text"), str):
        return record["text"]
    chat = tokenizer.render_chat(messages)
    return chat if chat is not None else "\n".join(m["content"] for m in messages)


def validation_items(gold_by_item: dict[str, str], fraction: float, seed: int) -> set[str]:
    """Items for validation: round(fraction × items) in all, shared out over the gold letters by largest
    remainder (each letter gets the floor or the ceiling of its quota), chosen per letter by a seeded hash."""
    if fraction <= 0 or len(gold_by_item) < 2:
        return set()
    by_letter: dict[str, list[str]] = {}
    for item, letter in sorted(gold_by_item.items()):
        by_letter.setdefault(letter, []).append(item)
    total = max(1, round(fraction * len(gold_by_item)))
    quotas = {k: total * len(v) / len(gold_by_item) for k, v in by_letter.items()}
    take = {k: int(q) for k, q in quotas.items()}
    for k in sorted(quotas, key=lambda k: (-(quotas[k] - take[k]), k))[: total - sum(take.values())]:
        take[k] += 1
    chosen: set[str] = set()
    for letter, items in by_letter.items():
        ranked = sorted(items, key=lambda i: sha256_hex(f"{seed}:{i}"))
        chosen.update(ranked[: take[letter]])
    return chosen


def _source_terms(config: ExportConfig, prompts_source: str, publish: ContentDir) -> dict[str, Any]:
    """Licence and citation: the user's, else the first entry of publish/sources.yaml matching the source."""
    known = publish.load_yaml("sources.yaml").get("sources", [])
    match = next((s for s in known if re.search(s["match"], prompts_source, re.I)), None) or {}
    return {
        "name": match.get("name", Path(prompts_source).name),
        "license": config.license or match.get("license"),
        "license_note": None if config.license else match.get("license_note"),
        "citation": config.citation or match.get("citation"),
        "homepage": match.get("homepage"),
    }


def _hub_token(config: ExportConfig) -> str | None:
    if not config.push_to_hub:
        return None
    token = os.environ.get(config.hub_token_env)
    if not token:
        raise UserError(
            f"--push-to-hub {config.push_to_hub}: no token in ${config.hub_token_env}; "
            "create one at huggingface.co/settings/tokens and export it (it is never written anywhere)"
        )
    return token


def run_export(config: ExportConfig) -> dict[str, Any]:
    """Export a run folder; returns the export manifest (also written as export_manifest.json)."""
    token = _hub_token(config)  # fail before any work
    prompts = ContentDir.resolve("prompts", config.prompts)
    publish = ContentDir.resolve("publish", config.publish)
    for folder, name, flag in (
        ("formats", config.format, "--format"),
        ("responses", config.layout, "--layout"),
    ):
        offered = template_names(prompts, folder)
        if name not in offered:
            raise UserError(f"{flag} {name}: not in {prompts.path / folder} (offered: {', '.join(offered)})")
    run = load_run(config.run)
    if not run.accepted:
        raise UserError(f"{config.run}: accepted.jsonl holds no sample; nothing to export")
    tokenizer = load_tokenizer(config.tokenizer)

    rows = [r for r in run.accepted if config.difficulty in ("all", (r.get("difficulty") or {}).get("band"))]
    if not rows:
        raise UserError(f"{config.run}: no sample of --difficulty {config.difficulty}; nothing to export")
    samples = [render_record(prompts, config.format, config.layout, row) for row in rows]
    texts = [training_text(s.record, s.provenance["messages"], tokenizer) for s in samples]
    for sample, n in zip(samples, tokenizer.count(texts), strict=True):
        sample.tokens = n
    over = [s for s in samples if s.tokens > config.max_seq_len]
    if config.on_overflow == "drop":
        samples = [s for s in samples if s.tokens <= config.max_seq_len]
        if not samples:  # nothing to write: say so before any file is
            shortest = min(s.tokens for s in over)
            raise UserError(
                f"--max-seq-len {config.max_seq_len}: all {len(over)} samples are longer (the shortest has "
                f"{shortest} tokens); raise it, or keep them with --on-overflow flag"
            )
    else:
        for s in samples:
            s.extra["over_max_seq_len"] = s.tokens > config.max_seq_len
    validation = validation_items({s.item: s.gold for s in samples}, config.val_fraction, config.seed)
    for s in samples:
        s.split = "validation" if s.item in validation else "train"
    by_split = {name: [s for s in samples if s.split == name] for name in SPLITS}
    by_split = {k: v for k, v in by_split.items() if v}

    out = config.out
    runfolder.make_folder(out)
    if (out / runfolder.EXPORT_MANIFEST).is_file():  # an earlier export: none of its data stays beside this
        for name in (runfolder.JSONL_DIR, runfolder.PARQUET_DIR, runfolder.DATASET_DIR):  # (a stale split,
            shutil.rmtree(out / name, ignore_errors=True)  # a format not asked for this time)
    records = {k: [{**s.record, **s.extra} for s in v] for k, v in by_split.items()}
    files = _write_outputs(out, records, config.to)
    write_jsonl(
        out / runfolder.PROVENANCE,
        ({**s.provenance, "split": s.split, "n_tokens": s.tokens, **s.extra} for s in samples),
    )
    write_jsonl(
        out / runfolder.DROPPED,
        (
            {"id": s.record.get("id", s.provenance["id"]), "n_tokens": s.tokens, "reason": "over_max_seq_len"}
            for s in (over if config.on_overflow == "drop" else [])
        ),
    )

    report = analyse(run)
    system = prompts.render("system.j2")
    manifest = {
        "package_version": __version__,
        "run": {"folder": str(config.run.resolve()), **report["run"]},
        "export": {
            **{k: v for k, v in asdict(config).items() if k not in ("run", "out", "license", "citation")},
            "to": list(config.to),
            "tokenizer": config.tokenizer or DEFAULT_TOKENIZER,
            "tokenizer_file": tokenizer.name,
        },
        "prompts_hash": folder_hash(prompts.path),
        "system_prompt": system,
        "markers": {"bos": ["<s>", tokenizer.bos], "eos": ["</s>", tokenizer.eos]},
        "token_count_basis": "text field"
        if "text" in samples[0].record
        else ("chat template" if tokenizer.chat_template else "turn contents (no chat template)"),
        "counts": {
            "run_samples": len(run.accepted),
            "exported": len(samples),
            "over_max_seq_len": len(over),
            "dropped": len(over) if config.on_overflow == "drop" else 0,
            "flagged": len(over) if config.on_overflow == "flag" else 0,
            "questions": len({s.item for s in samples}),
            **{k: len(v) for k, v in by_split.items()},
        },
        "tokens": {k: stats([s.tokens for s in v]) for k, v in by_split.items()},
        "tokens_all": stats([s.tokens for s in samples]),
        "gold": {
            k: gold_distribution([MCQ.from_json(s.provenance["mcq"]) for s in v]) for k, v in by_split.items()
        },
        "by_mode": dict(Counter(s.provenance["mode"] for s in samples)),
        "acceptance_by_step": report["rejections"]["by_step"],
        "run_counts": report["counts"],
        "run_gold": report["gold"]["distributions"],
        "source_terms": _source_terms(config, report["run"]["source"]["name"], publish),
        "files": files,
    }
    write_json(out / runfolder.EXPORT_MANIFEST, manifest)
    from cot_synth.export.card import write_card, write_sft_configs

    write_card(out, manifest, publish, hub=False)
    write_sft_configs(out, manifest, publish)
    if token:
        _push(out, records, manifest, publish, config, token)
    return manifest


def _write_outputs(
    out: Path, records: dict[str, list[dict[str, Any]]], targets: tuple[str, ...]
) -> list[str]:
    files = []
    if "jsonl" in targets:
        (out / runfolder.JSONL_DIR).mkdir(exist_ok=True)
        for split, rows in records.items():
            write_jsonl(out / runfolder.JSONL_DIR / f"{split}.jsonl", rows)
            files.append(f"{runfolder.JSONL_DIR}/{split}.jsonl")
    if "parquet" in targets or "disk" in targets:
        dataset = _dataset_dict(records)
        if "parquet" in targets:
            (out / runfolder.PARQUET_DIR).mkdir(exist_ok=True)
            for split, data in dataset.items():
                data.to_parquet(str(out / runfolder.PARQUET_DIR / f"{split}.parquet"))
                files.append(f"{runfolder.PARQUET_DIR}/{split}.parquet")
        if "disk" in targets:
            dataset.save_to_disk(str(out / runfolder.DATASET_DIR))
            files.append(f"{runfolder.DATASET_DIR}/")
    return files


def _dataset_dict(records: dict[str, list[dict[str, Any]]]) -> Any:
    from datasets import Dataset, DatasetDict, disable_progress_bars

    disable_progress_bars()  # the CLI prints one summary line instead

    return DatasetDict({split: Dataset.from_list(rows) for split, rows in records.items()})


def _push(
    out: Path,
    records: dict[str, list[dict[str, Any]]],
    manifest: dict[str, Any],
    publish: ContentDir,
    config: ExportConfig,
    token: str,
) -> None:
    """Upload the splits and the card; the token goes to the hub client only, never to a file or a log."""
    from huggingface_hub import HfApi

    from cot_synth.export.card import card_text

    repo = config.push_to_hub
    _dataset_dict(records).push_to_hub(repo, private=config.private, token=token)
    card = card_text(manifest, publish, hub=True).encode("utf-8")
    HfApi(token=token).upload_file(
        path_or_fileobj=card, path_in_repo=runfolder.CARD, repo_id=repo, repo_type="dataset"
    )
