"""JSON and JSON Lines sources read by this package, line by line, before ``datasets`` sees them.

``datasets`` fails a whole file on one syntax error, one non-UTF-8 byte or one row nested too deeply, and a
folder of shards on one bad line in any of them; here each bad line is quarantined with its file and line
number, and the good rows are kept. A file may also be one JSON array, or one JSON document over several
lines; compressed files are read through their suffix.
"""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import re
from pathlib import Path
from typing import Any

from cot_synth.errors import UserError
from cot_synth.records import Quarantined

COMPRESSIONS = {".gz": gzip.decompress, ".bz2": bz2.decompress, ".xz": lzma.decompress}
_SPACE = re.compile(rb"\s*")
_TEXT = re.compile(rb"\S")
_ESCAPED_SURROGATE = re.compile(rb"\\u[dD]")  # in JSON text that may decode to a lone surrogate


class DuplicateKey(ValueError):
    """An object that names one key twice: ``json`` keeps the last value and drops the other unseen."""

    def __init__(self, key: str) -> None:
        super().__init__(f"key '{key}' appears twice in one object")


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``json``'s ``object_pairs_hook`` (and a parquet map's reader): the object, refused if a key repeats
    (options {"A": …, "A": …})."""
    row = dict(pairs)
    if len(row) < len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKey(key)
            seen.add(key)
    return row


def loads(text: str | bytes) -> Any:
    """One JSON value, every object in it with unique keys (``DuplicateKey`` otherwise)."""
    return json.loads(text, object_pairs_hook=unique_keys)


def read_json_files(
    files: list[Path], limit: int | None
) -> tuple[list[tuple[int, dict[str, Any]]], list[Quarantined], int, str]:
    """``read_json_rows`` over a split's files in order, so a bad line in one shard is quarantined with its
    file and line (Arrow would refuse the whole folder, or turn a number into text to fit the other
    shards). Rows of several files are numbered as records across them; a quarantined line keeps its own
    file and line."""
    if len(files) == 1:
        return read_json_rows(files[0], limit)
    numbered: list[tuple[int, dict[str, Any]]] = []
    unreadable: list[Quarantined] = []
    blank = 0
    for file in files:
        left = None if limit is None else limit - len(numbered)
        if left == 0:
            break
        rows, bad, empty, _ = read_json_rows(file, left)
        numbered += [(len(numbered) + i, row) for i, (_, row) in enumerate(rows, start=1)]
        unreadable += bad
        blank += empty
    return numbered, unreadable, blank, "record"


def read_json_rows(
    path: Path, limit: int | None = None
) -> tuple[list[tuple[int, dict[str, Any]]], list[Quarantined], int, str]:
    """Parse a JSON-lines file (or one JSON array or document) into numbered rows, quarantining what cannot
    be parsed.

    Returns (rows, quarantined, blank lines, row unit). JSONL rows are numbered by their 1-based line;
    a JSON array can only fail as a whole, so its elements are numbered as records.
    """
    data = read_bytes(path).removeprefix(b"\xef\xbb\xbf")
    first = _SPACE.match(data).end()
    if data[first : first + 1] == b"[":
        return _read_json_array(path, data, limit)
    if (whole := _pretty_object(path, data)) is not None:
        return _records(path, whole, limit, _ESCAPED_SURROGATE.search(data) is not None)
    rows: list[tuple[int, dict[str, Any]]] = []
    bad: list[Quarantined] = []
    blank = 0
    lines = data.split(b"\n")
    if lines[-1] == b"":  # the newline that ends the last line does not start another
        lines.pop()
    for number, raw in enumerate(lines, start=1):
        if limit is not None and len(rows) + len(bad) >= limit:
            break
        if not raw.strip():
            blank += 1
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            detail = f"byte {exc.start} ({raw[exc.start : exc.start + 1]!r}) is not UTF-8"
            bad.append(Quarantined(number, str(path), "invalid_utf8", detail, raw.decode("utf-8", "replace")))
            continue
        try:
            row = loads(text)
        except json.JSONDecodeError as exc:
            bad.append(Quarantined(number, str(path), "invalid_json", f"column {exc.colno}: {exc.msg}", text))
            continue
        except DuplicateKey as exc:
            bad.append(Quarantined(number, str(path), "duplicate_key", str(exc), text))
            continue
        except RecursionError:
            detail = "nested too deeply to read"
            bad.append(Quarantined(number, str(path), "invalid_json", detail, text[:200]))
            continue
        if ("\\ud" in text or "\\uD" in text) and (held := _lone_surrogate(number, path, row, text)):
            bad.append(held)
            continue
        if not isinstance(row, dict):
            detail = f"line holds a JSON {type(row).__name__}, not an object"
            bad.append(Quarantined(number, str(path), "not_an_object", detail, row))
            continue
        rows.append((number, row))
    if len(rows) == 1 and not bad and (columns := _by_column(rows[0][1])) is not None:
        return _records(path, columns, limit, False)
    return rows, bad, blank, "line"


def _by_column(document: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The records of one object that holds a table by column, as pandas' ``to_json()`` writes it by
    default (``{"question": {"0": …, "1": …}, "answer": {"0": …, "1": …}}``); None for any other object."""
    columns = list(document.values())
    if not columns or not all(isinstance(c, dict) and c for c in columns):
        return None
    index = list(columns[0])
    if not all(list(c) == index for c in columns) or not all(k.isdigit() for k in index):
        return None
    return [{name: column[i] for name, column in document.items()} for i in index]


def _lone_surrogate(number: int, path: Path, row: Any, original: str) -> Quarantined | None:
    """A record that decoded to a lone surrogate ("\\ud800" is valid JSON but no text), quarantined: it would
    fail the whole file where the rows are written or handed to Arrow. ``original``: the record's JSON text
    with its escapes (the one way to keep it whole in a UTF-8 file)."""
    try:
        json.dumps(row, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        detail = f"holds \\u{ord(exc.object[exc.start]):04x}, half of a UTF-16 pair: not text"
        return Quarantined(number, str(path), "invalid_utf8", detail, original)
    return None


def read_bytes(path: Path) -> bytes:
    """A file's bytes, decompressed by its suffix."""
    data = path.read_bytes()
    decompress = COMPRESSIONS.get(path.suffix.lower())
    if decompress is None:
        return data
    try:
        return decompress(data)
    except (OSError, EOFError, lzma.LZMAError) as exc:
        raise UserError(f"{path}: cannot decompress ({type(exc).__name__}: {exc})") from None


def _read_json_array(
    path: Path, data: bytes, limit: int | None
) -> tuple[list[tuple[int, dict[str, Any]]], list[Quarantined], int, str]:
    try:
        records = loads(data.decode("utf-8"))
    except DuplicateKey as exc:
        raise _unreadable_document(path, str(exc)) from None
    except UnicodeDecodeError as exc:
        raise _unreadable_document(path, f"byte {exc.start} is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise UserError(f"{path}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    except RecursionError:
        raise _unreadable_document(path, "JSON nested too deeply to read") from None
    return _records(path, records, limit, _ESCAPED_SURROGATE.search(data) is not None)


def _unreadable_document(path: Path, problem: str) -> UserError:
    """One JSON document is read whole, so one bad record fails it: say which problem, and how to keep the
    other records."""
    return UserError(
        f"{path}: {problem}; write the records as JSON Lines (one per line) to have that one quarantined"
    )


def _pretty_object(path: Path, data: bytes) -> list[Any] | None:
    """The records of a file that is one JSON object written over several lines, not JSON Lines: its one
    list of records (``{"data": [...]}``), or the object as the one record. None for anything else (JSON
    Lines, whose first line is a whole object, and text that is no JSON at all)."""
    start = _SPACE.match(data).end()  # no copy of the data: a source may be gigabytes
    end = data.find(b"\n", start)
    if data[start : start + 1] != b"{" or end < 0 or _TEXT.search(data, end) is None:
        return None  # not an object, or on one line
    try:
        json.loads(data[start:end])
        return None  # the first line is a whole object: JSON Lines
    except (ValueError, RecursionError):
        pass
    try:
        whole = loads(data)
    except DuplicateKey as exc:
        raise _unreadable_document(path, str(exc)) from None
    except (ValueError, RecursionError):
        return None
    lists = [v for v in whole.values() if isinstance(v, list)] if isinstance(whole, dict) else []
    if len(whole) == 1 and len(lists) == 1:
        return lists[0]
    by_column = _by_column(whole) if isinstance(whole, dict) else None
    return [whole] if by_column is None else by_column


def _records(
    path: Path, records: list[Any], limit: int | None, escapes: bool
) -> tuple[list[tuple[int, dict[str, Any]]], list[Quarantined], int, str]:
    """A JSON document's records, numbered from 1; those that are no object, or (where the document
    ``escapes`` a surrogate) hold a lone surrogate, quarantined."""
    rows, bad = [], []
    for number, record in enumerate(records[:limit] if limit is not None else records, start=1):
        if not isinstance(record, dict):
            detail = f"record is a JSON {type(record).__name__}, not an object"
            bad.append(Quarantined(number, str(path), "not_an_object", detail, record))
        elif escapes and (held := _lone_surrogate(number, path, record, json.dumps(record))):
            bad.append(held)
        else:
            rows.append((number, record))
    return rows, bad, 0, "record"
