"""Read MCQ source rows with ``datasets`` and adapt each layout to the canonical MCQ fields.

Sources: a local .jsonl/.json/.parquet/.csv/.tsv file (the text ones gzip, bzip2 or xz compressed too), a
folder of split files (``train.jsonl``, ``test-00000-of-00002.parquet``: the ``--split`` is picked by file
name), a hub dataset id, or (by default) the bundled MedQA sample. Every layout is a ``ColumnMap`` (which
columns hold the question, the options and the answer); known layouts are detected from the column names,
anything else is mapped explicitly (``--map``). One pure adapter turns a row into canonical fields
through its map, or raises ``RowError`` with a stable reason code so the row is quarantined rather than
lost.

JSON files are pre-read line by line (``json_rows``) before ``datasets`` sees them: ``datasets`` fails a whole
file on one syntax error, one non-UTF-8 byte or one row whose field type differs from the others, and
the user would lose every good row to one bad one. Bad lines are quarantined with their line number, the
layout is detected from the union of the rows' keys (``Dataset.from_list`` would take row 1's keys and
drop the others silently), rows whose mapped fields contradict the other rows' types are quarantined
too, and the mapped columns of the good rows go through ``datasets.Dataset.from_dict``. So every source,
local or hub, reaches the adapter as the same Arrow-normalised rows (absent keys as None), and each
output record keeps the row exactly as the file had it.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cot_synth.config import DEFAULT_SPLIT
from cot_synth.errors import UserError
from cot_synth.ingest.detect import detect_layout, map_columns
from cot_synth.ingest.json_rows import COMPRESSIONS, read_json_files
from cot_synth.ingest.layouts import ColumnMap, resolve_index_base, settle_answer_column
from cot_synth.ingest.parquet_tables import check_parquet, read_parquet_maps
from cot_synth.ingest.text_tables import (
    TEXT_CELLS,
    check_text_tables,
    numbered_answers,
    split_swallowed_rows,
)
from cot_synth.records import Quarantined

SHOWN_FILES = 6  # of a split's files, named in the summary
BUNDLED_SAMPLE = Path(__file__).resolve().parents[1] / "data" / "medqa_sample.jsonl"
# A source file's format, by its suffix: the ``datasets`` builder that reads it, with the builder's options
FORMATS: dict[str, tuple[str, dict[str, Any]]] = {
    ".jsonl": ("json", {}),
    ".json": ("json", {}),
    ".parquet": ("parquet", {}),
    ".csv": ("csv", TEXT_CELLS),
    ".tsv": ("csv", {**TEXT_CELLS, "sep": "\t"}),
}


@dataclass(frozen=True)
class SourceRow:
    """One readable source row: its number (JSONL line, else 1-based record), the Arrow-normalised row
    the adapter reads, and the row exactly as it was in the file (kept in every output record)."""

    number: int
    row: dict[str, Any]
    original: Any


@dataclass(frozen=True)
class Source:
    """Rows read from one source, the layout detected (and how), and the rows that could not be read."""

    name: str
    rows: list[SourceRow]
    layout: str
    columns: ColumnMap
    detected: str
    unreadable: list[Quarantined] = field(default_factory=list)
    row_unit: str = "record"
    blank_lines: int = 0

    @property
    def read(self) -> int:
        """Rows read = rows handed to the adapter + rows quarantined before it (blank lines excluded)."""
        return len(self.rows) + len(self.unreadable)


def load_source(
    spec: str | None,
    split: str = DEFAULT_SPLIT,
    limit: int | None = None,
    column_map: Mapping[str, str] | None = None,
    cop_base: int | None = None,
) -> Source:
    """Load rows (the first ``limit`` if given), detect or apply the layout, and say what was detected."""
    path = Path(spec) if spec else BUNDLED_SAMPLE
    name = str(path) if spec is None or path.exists() else str(spec)
    files = split_files(path, split) if path.is_dir() and not _saved(path) else [path]
    if len(files) == 1:
        path = files[0]
        name = str(path) if path.exists() else name
    unreadable: list[Quarantined] = []
    blank = 0
    formats = {source_format(f) if f.is_file() else None for f in files}
    if formats <= {".json", ".jsonl"} or (formats == {".parquet"} and check_parquet(files, name)):
        if formats == {".parquet"}:  # with a column of Arrow maps, which ``datasets`` cannot read
            (numbered, unreadable), blank, unit = read_parquet_maps(files, limit), 0, "record"
        else:
            numbered, unreadable, blank, unit = read_json_files(files, limit)
        if not numbered:
            first = unreadable[0] if unreadable else None
            why = f"; line {first.row}: {first.reason}, {first.detail}" if first else ""
            raise UserError(f"{name}: no readable row ({len(unreadable)} unreadable{why})")
        layout, columns = _layout(column_map, list(dict.fromkeys(k for _, r in numbered for k in r)), name)
        numbered, conflicts = split_type_conflicts(numbered, columns, name)
        unreadable = sorted(unreadable + conflicts, key=lambda q: q.row)
        dataset = _from_rows([r for _, r in numbered], columns, name)
        numbers = [n for n, _ in numbered]
        originals = [r for _, r in numbered]
    else:
        dataset, unreadable = _load_dataset(files, spec, split, name)
        aside = {q.row for q in unreadable}  # records the reader skipped: the others' numbers step over them
        numbers = [n for n in range(1, len(dataset) + len(aside) + 1) if n not in aside]
        if limit is not None:  # the first ``limit`` records, quarantined ones too (as lines of JSONL)
            numbers = [n for n in numbers if n <= limit]
            dataset = dataset.select(range(len(numbers)))
            unreadable = [q for q in unreadable if q.row <= limit]
        unit, originals = "record", None
        layout, columns = _layout(column_map, list(dataset.column_names), name)
    rows = dataset.to_list()
    if (sep := _text_table_separator(files)) is not None:
        rows, numbers, swallowed = split_swallowed_rows(rows, numbers, sep, name)
        unreadable += swallowed
        rows = numbered_answers(rows, [c for c in (columns.answer, columns.answer_idx) if c])
    if not column_map or not {"answer", "answer_idx"} & set(column_map):  # the user's word stands
        columns = settle_answer_column(columns, rows)
    columns, base_note = resolve_index_base(columns, layout, rows, cop_base, name)
    detected = f"layout {layout} ({columns.describe()}){base_note}{_files_note(path, files)}"
    source_rows = [
        SourceRow(n, row, row if originals is None else originals[i])
        for i, (n, row) in enumerate(zip(numbers, rows, strict=True))
    ]
    return Source(name, source_rows, layout, columns, detected, unreadable, unit, blank)


def _text_table_separator(files: list[Path]) -> str | None:
    """The cell separator of a local CSV or TSV source, None for any other."""
    fmt = source_format(files[0]) if files[0].is_file() else None
    return None if fmt not in (".csv", ".tsv") else FORMATS[fmt][1].get("sep", ",")


def _files_note(folder: Path, files: list[Path]) -> str:
    """Which files of a folder were read as the split, named in the summary: a stray "train.backup.jsonl"
    beside "train.jsonl" is read too, and the user should see it."""
    if len(files) < 2:
        return ""
    names = [str(f.relative_to(folder)) if f.is_relative_to(folder) else str(f) for f in files]
    more = f" and {len(names) - SHOWN_FILES} more" if len(names) > SHOWN_FILES else ""
    return f"; {len(files)} files: {', '.join(names[:SHOWN_FILES])}{more}"


def _layout(column_map: Mapping[str, str] | None, columns: list[str], name: str) -> tuple[str, ColumnMap]:
    if column_map:
        return "mapped", map_columns(column_map, columns, name)
    return detect_layout(columns, name)


def _quiet_datasets() -> Any:
    import datasets  # deferred: importing datasets costs about a second

    datasets.disable_progress_bars()
    datasets.logging.set_verbosity(logging.CRITICAL)  # its errors reach the user as our one line
    logging.getLogger("datasets").setLevel(logging.CRITICAL)
    logging.getLogger("huggingface_hub").setLevel(logging.CRITICAL)  # a line per retry of an unreachable Hub
    return datasets


def _load_dataset(
    files: list[Path], spec: str | None, split: str, name: str
) -> tuple[Any, list[Quarantined]]:
    """The rows ``datasets`` reads, and the records of a text table it was told to skip (quarantined)."""
    datasets = _quiet_datasets()
    try:
        if _saved(files[0]):
            return _load_saved(files[0], split), []
        if files[0].exists():
            formats = {source_format(f) for f in files}
            if None in formats or not all(f.is_file() for f in files):
                raise UserError(f"{name}: unsupported file type; use one of {', '.join(FORMATS)}")
            if len(formats) > 1:
                raise UserError(f"{name}: the {split} files mix formats ({', '.join(sorted(formats))})")
            builder, options = FORMATS[formats.pop()]
            if builder == "csv":
                text = datasets.Value("string")  # every cell as written (see ``TEXT_CELLS``)
                names, overlong = check_text_tables(files, options.get("sep", ","))
                options = {**options, "features": datasets.Features(dict.fromkeys(names, text))}
                if overlong:
                    options["on_bad_lines"] = "skip"
            else:
                overlong = []
            files_read = [str(f) for f in files]
            return datasets.load_dataset(builder, data_files=files_read, split="train", **options), overlong
        if _looks_like_hub_id(spec):
            try:
                return datasets.load_dataset(spec, split=split), []
            except Exception as exc:  # the user may have mistyped a local path: say that it is none either
                raise UserError(
                    f"{spec}: no such file or folder here, and not readable as a hub dataset "
                    f"({_first_line(exc)})"
                ) from exc
        raise UserError(f"{spec}: no such file (and not a hub dataset id like 'owner/name')")
    except UserError:
        raise
    except Exception as exc:  # datasets raises many types; the user needs the first line, not a traceback
        if "corresponds to no data" in str(exc):  # a table with its header row only
            raise UserError(f"{name}: no rows (a header line and nothing under it)") from exc
        raise UserError(f"{name}: cannot read ({_first_line(exc)})") from exc


def _saved(path: Path) -> bool:
    """A folder ``datasets`` wrote with ``save_to_disk`` (one dataset, or a dict of splits)."""
    try:
        return path.is_dir() and any((path / n).is_file() for n in ("dataset_dict.json", "state.json"))
    except PermissionError:  # a folder that cannot be read: ``split_files`` says so
        return False


def _load_saved(folder: Path, split: str) -> Any:
    """A ``save_to_disk`` folder's dataset; of a dict of splits, ``split``'s."""
    datasets = _quiet_datasets()
    data = datasets.load_from_disk(str(folder))
    if not isinstance(data, datasets.DatasetDict):
        return data
    if split not in data:
        raise UserError(
            f"{folder}: no '{split}' split in the saved dataset (it holds {', '.join(data)}); "
            "choose with --split"
        )
    return data[split]


def source_format(path: Path) -> str | None:
    """A source file's format suffix (a ``FORMATS`` key), a compression suffix aside (x.jsonl.gz: .jsonl)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in COMPRESSIONS:
        suffixes.pop()
    return suffixes[-1] if suffixes and suffixes[-1] in FORMATS else None


def check_split(spec: str | None, split: str) -> None:
    """A single file is one split, read whatever ``--split`` says: a ``--split`` other than the default that
    its name does not carry as a word ("--input train.jsonl --split test", but not "medqa_test.jsonl") is a
    mistake to say, not to ignore."""
    path = Path(spec) if spec else None
    if path is None or not path.is_file() or split == DEFAULT_SPLIT:
        return
    if not re.search(rf"(?<![A-Za-z]){re.escape(split)}(?![A-Za-z])", path.name, re.I):
        raise UserError(
            f"--split {split}: --input {spec} is one file, read whole; give the {split} file or its folder "
            "as --input"
        )


def split_files(folder: Path, split: str) -> list[Path]:
    """The files of ``split`` in a dataset folder, as hub datasets and exports lay them out: named for it
    ("test.jsonl", "test-00000-of-00002.parquet", "data/test.csv.gz"), sorted."""
    if not os.access(folder, os.R_OK | os.X_OK):  # rglob would find nothing and say there is no data file
        raise UserError(f"{folder}: cannot read the folder (permission denied); fix its permissions")
    found = sorted(p for p in folder.rglob("*") if p.is_file() and source_format(p) is not None)
    chosen = [p for p in found if re.match(rf"{re.escape(split)}(?![A-Za-z])", p.name, re.I)]
    places = sorted({str(p.parent) for p in chosen})
    if len(places) > 1:  # a folder of datasets, not one dataset's files: which one is meant?
        raise UserError(
            f"{folder}: '{split}' files in several folders ({', '.join(places)}); give one of them"
        )
    if chosen:
        return chosen
    splits = sorted({m.group() for p in found if (m := re.match(r"[A-Za-z]+", p.name))})
    if not splits:
        raise UserError(f"{folder}: no data file in the folder (looked for {', '.join(FORMATS)})")
    raise UserError(
        f"{folder}: no '{split}' file in the folder (its files name {', '.join(splits)}); choose with --split"
    )


def _first_line(exc: BaseException) -> str:
    """The first line of the innermost error: ``datasets`` wraps the telling one ("No columns to parse",
    a UnicodeDecodeError) in "An error occurred while generating the dataset"."""
    while exc.__cause__ is not None or (exc.__context__ is not None and not exc.__suppress_context__):
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return f"{type(exc).__name__}: {(str(exc).strip().splitlines() or [''])[0]}"


def _looks_like_hub_id(spec: str | None) -> bool:
    return bool(spec) and spec.count("/") == 1 and not Path(spec).suffix and not spec.startswith((".", "/"))


def _kind(value: Any) -> str:
    """The JSON kind Arrow cares about: numbers mix freely, nothing else does."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int) and not -(2**63) <= value < 2**63:
        return "an integer over 64 bits"  # Arrow's int64 would refuse the whole file
    if isinstance(value, int | float):
        return "number"
    return {str: "string", dict: "object", list: "array"}.get(type(value), type(value).__name__)


def _find_conflicts(
    values: list[tuple[int, Any]], path: str, found: dict[int, str], expected: tuple[str, ...] = ()
) -> None:
    """Mark the rows whose value at ``path`` has another kind than the usual one there (recursively): the
    ``expected`` kind most rows have, if any row has one, else the kind most rows have (three numbers do
    not make a fourth row's text question the odd one out)."""
    kinds = Counter(_kind(v) for _, v in values if v is not None)
    if not kinds:
        return
    present = [k for k in expected if kinds[k]]
    usual = max(present, key=kinds.__getitem__) if present else kinds.most_common(1)[0][0]
    usual_by = f"{usual} is expected" if present else f"most rows have {usual}"
    for index, value in values:
        if value is not None and _kind(value) != usual:
            found.setdefault(index, f"field '{path}' is {_kind(value)} where {usual_by}")
    alike = [(i, v) for i, v in values if v is not None and _kind(v) == usual]
    if usual == "object":
        for key in dict.fromkeys(k for _, v in alike for k in v):
            _find_conflicts([(i, v.get(key)) for i, v in alike], f"{path}.{key}", found)
    elif usual == "array":
        _find_conflicts([(i, e) for i, v in alike for e in v], f"{path}[]", found)


def _expected_kinds(columns: ColumnMap) -> dict[str, tuple[str, ...]]:
    """The kinds of value each mapped field should hold (an option number may be a number or text)."""
    texts = [columns.question, columns.question_end, columns.answer]
    if len(columns.options) > 1:
        texts += columns.options
    expected = {field: ("string",) for field in texts if field is not None}
    if len(columns.options) == 1:
        expected[columns.options[0]] = ("object", "array")
    return expected


def split_type_conflicts(
    rows: list[tuple[int, dict[str, Any]]], columns: ColumnMap, name: str
) -> tuple[list[tuple[int, dict[str, Any]]], list[Quarantined]]:
    """Set apart rows whose mapped fields hold another kind than expected (Arrow would fail the whole file on
    them); columns the layout does not use are never handed to Arrow, so they cannot, and ids are read as
    text (``_from_rows``), so any scalar id goes."""
    found: dict[int, str] = {}
    expected = _expected_kinds(columns)
    for field_name in columns.columns:
        if field_name != columns.id:
            values = [(i, row.get(field_name)) for i, (_, row) in enumerate(rows)]
            _find_conflicts(values, field_name, found, expected.get(field_name, ()))
    if not found:
        return rows, []
    bad = [
        Quarantined(rows[i][0], name, "wrong_type", detail, rows[i][1]) for i, detail in sorted(found.items())
    ]
    return [r for i, r in enumerate(rows) if i not in found], bad


def _as_id(value: Any) -> str | None:
    """An id as text: ids 1, "b", 3 in one file are all good ids (and an integer over 64 bits too)."""
    return value if value is None or isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _from_rows(rows: list[dict[str, Any]], columns: ColumnMap, name: str) -> Any:
    """An Arrow dataset of the mapped columns only (``from_list`` would take its columns from row 1)."""
    datasets = _quiet_datasets()
    try:
        table = {k: [row.get(k) for row in rows] for k in columns.columns}
        if columns.id is not None:
            table[columns.id] = list(map(_as_id, table[columns.id]))
        return datasets.Dataset.from_dict(table)
    except Exception as exc:  # Arrow refused a value the kind check let through (e.g. an int over 64 bits)
        raise UserError(f"{name}: cannot read ({_first_line(exc)})") from exc
