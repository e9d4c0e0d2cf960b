"""Write run artefacts. Writes go to a temporary file and are renamed, so a killed run never leaves a
half-written output behind."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from cot_synth.records import canonical_json


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> int:
    lines = [canonical_json(r) + "\n" for r in records]
    _atomic_write(path, "".join(lines))
    return len(lines)


def write_json(path: Path, data: dict[str, Any]) -> None:
    _atomic_write(path, json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n")


def write_text(path: Path, text: str) -> None:
    _atomic_write(path, text)
