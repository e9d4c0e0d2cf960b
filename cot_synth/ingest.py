"""Read MCQ source rows with ``datasets`` and adapt each known layout to the canonical MCQ fields.

Sources: a local .jsonl/.json/.parquet/.csv file, a hub dataset id, or (by default) the bundled MedQA
sample. Adapters are pure functions from one source row to canonical fields; they raise ``RowError``
with a stable reason code for rows they cannot adapt, so the row is quarantined rather than lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cot_synth.errors import UserError
from cot_synth.records import LETTERS

BUNDLED_SAMPLE = Path(__file__).resolve().parent / "data" / "medqa_sample.jsonl"
BUILDERS = {".jsonl": "json", ".json": "json", ".parquet": "parquet", ".csv": "csv"}

Adapter = Callable[[Mapping[str, Any]], dict[str, Any]]


class RowError(ValueError):
    """A row that cannot become an MCQ. ``reason`` is a stable code, ``detail`` names the field."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Source:
    """Rows read from one source, with the name used in messages and the layout detected."""

    name: str
    rows: list[dict[str, Any]]
    layout: str
    adapter: Adapter


def load_source(spec: str | None, split: str = "train", limit: int | None = None) -> Source:
    """Load rows with ``datasets`` (the first ``limit`` rows if given) and detect their layout."""
    import datasets  # deferred: importing datasets costs about a second

    datasets.disable_progress_bars()
    datasets.logging.set_verbosity_error()
    logging.getLogger("datasets").setLevel(logging.ERROR)

    path = Path(spec) if spec else BUNDLED_SAMPLE
    name = str(path) if spec is None or path.exists() else spec
    try:
        if path.exists():
            builder = BUILDERS.get(path.suffix.lower())
            if builder is None:
                raise UserError(f"{path}: unsupported file type; use one of {', '.join(BUILDERS)}")
            dataset = datasets.load_dataset(builder, data_files=str(path), split="train")
        elif _looks_like_hub_id(spec):
            dataset = datasets.load_dataset(spec, split=split)
        else:
            raise UserError(f"{spec}: no such file (and not a hub dataset id like 'owner/name')")
    except UserError:
        raise
    except Exception as exc:  # datasets raises many types; the user needs the first line, not a traceback
        first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise UserError(f"{name}: cannot read ({type(exc).__name__}: {first_line})") from exc
    if limit is not None:
        dataset = dataset.select(range(min(limit, len(dataset))))
    columns = list(dataset.column_names)
    layout, adapter = detect_layout(columns, name)
    return Source(name, dataset.to_list(), layout, adapter)


def _looks_like_hub_id(spec: str | None) -> bool:
    return bool(spec) and spec.count("/") == 1 and not Path(spec).suffix and not spec.startswith((".", "/"))


def detect_layout(columns: list[str], name: str) -> tuple[str, Adapter]:
    """Pick the adapter whose required columns are all present; refuse clearly if none fits."""
    present = set(columns)
    for layout, (required, adapter) in LAYOUTS.items():
        if required <= present:
            return layout, adapter
    known = "; ".join(f"{k}: {', '.join(sorted(v[0]))}" for k, v in LAYOUTS.items())
    raise UserError(f"{name}: unknown column layout {sorted(present)} (known layouts: {known})")


def _text(row: Mapping[str, Any], field: str) -> str:
    value = row.get(field)
    if value is None:
        raise RowError("missing_field", f"field '{field}' is missing")
    if not isinstance(value, str):
        raise RowError("wrong_type", f"field '{field}' is {type(value).__name__}, expected text")
    return value


def adapt_medqa(row: Mapping[str, Any]) -> dict[str, Any]:
    """MedQA layout: ``question``, ``options`` {A..E}, ``answer_idx`` letter, ``answer`` text."""
    options = row.get("options")
    if not isinstance(options, Mapping):
        raise RowError(
            "missing_field" if options is None else "wrong_type", "field 'options' must map letters to text"
        )
    return {
        "question": _text(row, "question"),
        "options": {k: v for k, v in options.items() if v is not None},
        "answer_idx": row.get("answer_idx"),
        "answer": row.get("answer"),
    }


def adapt_hf_multiple_choice(row: Mapping[str, Any]) -> dict[str, Any]:
    """LinkBERT "-hf" layout: ``sent1`` stem, ``ending0..N`` options, ``label`` 0-based index."""
    options = {
        LETTERS[i]: row[f"ending{i}"] for i in range(len(LETTERS)) if row.get(f"ending{i}") is not None
    }
    label = row.get("label")
    if not isinstance(label, int) or isinstance(label, bool):
        raise RowError("wrong_type", "field 'label' must be an integer option index")
    if not 0 <= label < len(options):
        raise RowError(
            "answer_not_in_options", f"field 'label' is {label}, options are 0..{len(options) - 1}"
        )
    return {"question": _text(row, "sent1"), "options": options, "answer_idx": LETTERS[label], "answer": None}


LAYOUTS: dict[str, tuple[set[str], Adapter]] = {
    "medqa": ({"question", "options", "answer_idx"}, adapt_medqa),
    "hf_multiple_choice": ({"sent1", "ending0", "ending1", "label"}, adapt_hf_multiple_choice),
}
