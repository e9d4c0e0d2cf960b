"""An export folder as a trainer loads it, and the figures the audit holds it to."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cot_synth.clean.balance import ENTROPY_FLOOR
from cot_synth.config import CleanOptions
from cot_synth.content import ContentDir
from cot_synth.errors import UserError
from cot_synth.export.formats import SPLITS
from cot_synth.judging.rules import RuleJudge
from cot_synth.record_schemas import EXPORT_MANIFEST_SCHEMA, PROVENANCE_ROW_SCHEMA
from cot_synth.runfolder import (
    CARD,
    DATASET_DIR,
    EXPORT_MANIFEST,
    JSONL_DIR,
    PARQUET_DIR,
    PROVENANCE,
    check_rows,
    read_json,
    read_jsonl,
)
from cot_synth.schemas import first_error

REEXPORT = "run `export` again: the export folder is rebuilt from its run folder"


@dataclass(frozen=True)
class AuditRules:
    """The audit's thresholds, each read from where it is decided, never restated: the gold-balance floor
    the report also flags, the cleaning stage's question-length limit, and the judge's own reasoning minimum
    and leak detector (``--judges``, as for ``generate``)."""

    min_normalized_entropy: float
    max_question_words: int
    min_reasoning_chars: int
    leak_phrase: Callable[[str], str | None]

    @classmethod
    def from_judges(cls, judges: str | None) -> AuditRules:
        judge = RuleJudge.from_content(ContentDir.resolve("judges", judges))
        return cls(ENTROPY_FLOOR, CleanOptions().max_words, judge.min_reasoning_chars, judge.leak_phrase)


@dataclass(frozen=True)
class Export:
    """An export folder as the audit sees it."""

    path: Path
    manifest: dict[str, Any]
    records: list[dict[str, Any]]  # every split, in provenance order
    provenance: list[dict[str, Any]]
    card: str
    rules: AuditRules


def strings(value: Any) -> Iterator[str]:
    """Every string inside a record, however the format nests it."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def _records(path: Path, manifest: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The records by split, from the first output a trainer would load: JSONL, Parquet or save_to_disk."""
    files = manifest.get("files", [])
    splits = [s for s in SPLITS if s in manifest.get("counts", {})]
    if any(f.startswith(f"{JSONL_DIR}/") for f in files):
        by_split = {s: read_jsonl(path / JSONL_DIR / f"{s}.jsonl") for s in splits}
        for split, rows in by_split.items():  # a trainer's record, in whichever format: an object
            check_rows(path / JSONL_DIR / f"{split}.jsonl", rows, {"type": "object"}, REEXPORT)
        return by_split
    if any(f.startswith(f"{PARQUET_DIR}/") for f in files):
        import pyarrow.parquet as pq

        return {s: pq.read_table(path / PARQUET_DIR / f"{s}.parquet").to_pylist() for s in splits}
    from datasets import load_from_disk

    data = load_from_disk(str(path / DATASET_DIR))
    return {s: data[s].to_list() for s in splits}


def load_export(path: Path, judges: str | None = None) -> Export:
    manifest = read_json(path / EXPORT_MANIFEST, "not an export folder; run `export` first")
    if (error := first_error(EXPORT_MANIFEST_SCHEMA, manifest)) is not None:
        raise UserError(
            f"{path / EXPORT_MANIFEST}: not an export manifest ({error.where()}: {error.message}); {REEXPORT}"
        )
    missing = [name for name in (*manifest["files"], PROVENANCE) if not (path / name).exists()]
    if missing:  # a trainer loads one of them; the others are to be found as the manifest says
        listed = f"not there, though {EXPORT_MANIFEST} lists it"
        raise UserError(f"{path}: {', '.join(missing)} {listed}; {REEXPORT}")
    by_split = _records(path, manifest)
    provenance = read_jsonl(path / PROVENANCE)
    check_rows(path / PROVENANCE, provenance, PROVENANCE_ROW_SCHEMA, REEXPORT)
    position = {split: 0 for split in by_split}
    records = []
    for row in provenance:  # records follow provenance order within each split
        split = row["split"]
        if split not in by_split or position[split] >= len(by_split[split]):
            raise UserError(f"{path}: provenance.jsonl names more {split} samples than the data holds")
        records.append(by_split[split][position[split]])
        position[split] += 1
    extra = {s: len(rows) - position[s] for s, rows in by_split.items() if len(rows) != position[s]}
    if extra:
        raise UserError(f"{path}: data holds samples provenance.jsonl does not describe: {extra}")
    card = (path / CARD).read_text(encoding="utf-8") if (path / CARD).is_file() else ""
    rules = AuditRules.from_judges(judges)
    return Export(path, manifest, records, provenance, card, rules)
