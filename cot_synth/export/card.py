"""What ``export`` writes around the data: the dataset card (Hugging Face hub format) and SFT starter configs.

Both are templates in the ``publish/`` content folder rendered with the export manifest, so a team can
change their wording or hyper-parameters without touching code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from cot_synth import runfolder
from cot_synth.content import ContentDir
from cot_synth.runfolder import write_text

_SIZES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"))


def _size_category(n: int) -> str:
    return next((label for limit, label in _SIZES if n < limit), "n>1M")


def card_header(manifest: dict[str, Any], hub: bool) -> dict[str, Any]:
    """The card's YAML metadata; ``configs`` tells ``load_dataset`` (local or hub) where each split is."""
    splits = [s for s in ("train", "validation") if s in manifest["counts"]]
    if hub:
        paths = {s: f"data/{s}-*" for s in splits}
    else:
        jsonl = any(f.startswith(f"{runfolder.JSONL_DIR}/") for f in manifest["files"])
        folder, kind = (runfolder.JSONL_DIR, "jsonl") if jsonl else (runfolder.PARQUET_DIR, "parquet")
        paths = {s: f"{folder}/{s}.{kind}" for s in splits}
    terms = manifest["source_terms"]
    return {
        "license": terms["license"] or "unknown",
        "language": ["en"],
        "pretty_name": f"{terms['name']} verified chain-of-thought (cot_synth)",
        "task_categories": ["question-answering", "text-generation"],
        "tags": ["medical", "chain-of-thought", "synthetic", "sft", "cot_synth"],
        "size_categories": [_size_category(manifest["counts"]["exported"])],
        "configs": [
            {"config_name": "default", "data_files": [{"split": s, "path": p} for s, p in paths.items()]}
        ],
    }


def card_text(manifest: dict[str, Any], publish: ContentDir, hub: bool) -> str:
    gold = {f"{k} (exported)": v for k, v in manifest["gold"].items()}
    gold = {**{f"{k} (run)": v for k, v in manifest["run_gold"].items()}, **gold}
    letters = sorted({k for d in gold.values() for k in d["counts"]})
    header = yaml.safe_dump(card_header(manifest, hub), sort_keys=False, allow_unicode=True)
    body = publish.render("card.md.j2", m=manifest, gold=gold, letters=letters)
    return f"---\n{header}---\n\n{body}\n"


def write_card(out: Path, manifest: dict[str, Any], publish: ContentDir, hub: bool) -> None:
    write_text(out / runfolder.CARD, card_text(manifest, publish, hub))


def write_sft_configs(out: Path, manifest: dict[str, Any], publish: ContentDir) -> list[str]:
    """Render every ``publish/sft/*.j2`` not starting with ``_`` (those are shared partials)."""
    target = out / runfolder.SFT_DIR
    target.mkdir(exist_ok=True)
    written = []
    context = {**manifest, "export_dir": str(out.resolve())}
    for template in sorted((publish.path / "sft").glob("*.j2")):
        if template.name.startswith("_"):
            continue
        name = template.name.removesuffix(".j2")
        write_text(target / name, publish.render(f"sft/{template.name}", m=context) + "\n")
        written.append(f"sft/{name}")
    return written
