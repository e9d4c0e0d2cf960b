"""Read a finished run folder (from ``generate`` or ``merge``): the one input of ``report`` and ``export``.

Everything downstream is built from these files alone, so a report or an export can be rebuilt at any time,
on any machine, without the cache or the model.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cot_synth.errors import UserError


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Rows of a JSONL file; a missing file is an empty list (a run with nothing quarantined may lack one)."""
    if not path.is_file():
        return []
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise UserError(f"{path}, line {number}: not valid JSON ({exc.msg})") from exc
    return rows


@dataclass(frozen=True)
class RunFolder:
    path: Path
    manifest: dict[str, Any]
    accepted: list[dict[str, Any]]
    rejected: list[dict[str, Any]]
    quarantined: list[dict[str, Any]]
    removed: list[dict[str, Any]]
    prepare_report: dict[str, Any] | None  # absent in merged folders; describes the whole source in shards


def load_run(path: Path) -> RunFolder:
    manifest_path = path / "manifest.json"
    if not manifest_path.is_file():
        raise UserError(
            f"{path}: not a finished run folder (no manifest.json); run `generate` or `merge` first"
        )
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise UserError(f"{manifest_path}: not valid JSON ({exc.msg})") from exc
    prepare_path = path / "prepare_report.json"
    return RunFolder(
        path=path,
        manifest=manifest,
        accepted=read_jsonl(path / "accepted.jsonl"),
        rejected=read_jsonl(path / "rejected.jsonl"),
        quarantined=read_jsonl(path / "quarantine.jsonl"),
        removed=read_jsonl(path / "removed.jsonl"),
        prepare_report=json.loads(prepare_path.read_text(encoding="utf-8"))
        if prepare_path.is_file()
        else None,
    )
