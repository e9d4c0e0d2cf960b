"""CSV and TSV sources: what pandas, under ``datasets``, would read wrongly or refuse without saying where.

Cells are text as written (only an empty one is missing); a file not in UTF-8, a header naming a column twice
and split files with different headers are refused in one line; a record with more cells than the header, and
one whose cell swallowed the rows after it, are set apart for quarantine.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from pathlib import Path
from typing import Any

from cot_synth.errors import UserError
from cot_synth.ingest.json_rows import read_bytes
from cot_synth.records import Quarantined

# A text table's cells are text as written, missing only when empty: pandas would also read an option "None",
# "NA" or "null" as missing (and drop it unseen when it is the last one), and rewrite one that looks like a
# number ("0.50" as 0.5, "007" as 7, "1e3" as 1000.0): every column is read as text (``column_names``), and
# an answer column of whole numbers only is read back as numbers (``numbered_answers``).
TEXT_CELLS: dict[str, Any] = {"keep_default_na": False, "na_values": [""]}
_WHOLE = re.compile(r"[+-]?\d+(?:\.0*)?")  # "2", and "2.0" (pandas writes a column with a gap as floats)
_CHUNK = 1 << 24  # bytes decoded at a time when a text table's encoding is checked


def check_text_tables(files: list[Path], sep: str) -> tuple[list[str], list[Quarantined]]:
    """Refuse text tables that pandas would read wrongly or fail on with a message naming nothing: one not in
    UTF-8, a header naming a column twice (pandas renames the second "A" to "A.1", and the layout never
    reads it), or shards whose headers differ. Returns the columns, named as pandas names them (an unnamed
    one "Unnamed: 3"), for reading every one as text; and the records with more cells than the header
    (pandas fails the whole file on one), quarantined, numbered as records across the files."""
    headers: dict[tuple[str, ...], Path] = {}
    overlong: list[Quarantined] = []
    records = 0
    for path in files:
        data = read_bytes(path)
        _check_utf8(path, data)
        text = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="")  # decoded as read
        reader = csv.reader(text, delimiter=sep)
        header = tuple(next(reader, []))
        twice = [name for name, count in Counter(header).items() if count > 1 and name.strip()]
        if twice:
            raise UserError(f"{path}: line 1: the header names column '{twice[0]}' more than once")
        headers.setdefault(header, path)
        for cells in reader:
            records += bool(cells)  # a blank line is no record (pandas skips it)
            if len(cells) > len(header):
                detail = (
                    f"line {reader.line_num}: {len(cells)} cells where the header names {len(header)} "
                    "(a separator in a cell that is not quoted?)"
                )
                overlong.append(Quarantined(records, str(path), "extra_cells", detail, cells))
    if len(headers) > 1:
        (first_header, first_path), (other, other_path) = list(headers.items())[:2]
        differ = sorted(set(first_header) ^ set(other)) or ["the order of the columns"]
        raise UserError(
            f"{other_path}: its header differs from {first_path}'s ({', '.join(differ)}); "
            "the files of one split must share their columns"
        )
    header = next(iter(headers), ())
    return [name if name.strip() else f"Unnamed: {i}" for i, name in enumerate(header)], overlong


def numbered_answers(rows: list[dict[str, Any]], columns: list[str]) -> list[dict[str, Any]]:
    """``rows`` with each of ``columns`` (the answer columns of a text table read as text) whose every
    value is a whole number holding numbers, as a typed source would ("2" counts options; "B" or "2.5" in
    one row keeps the column text)."""
    whole = [
        c
        for c in columns
        if any(row.get(c) is not None for row in rows)
        and all(row.get(c) is None or _WHOLE.fullmatch(str(row[c]).strip()) for row in rows)
    ]
    if not whole:
        return rows
    return [{**row, **{c: int(float(row[c])) for c in whole if row.get(c) is not None}} for row in rows]


def _check_utf8(path: Path, data: bytes) -> None:
    """Refuse a text table that is not UTF-8 in one line naming where (Arrow says only "Invalid UTF8
    sequence"): one stray byte usually means the whole file was saved in another encoding."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    for start in range(0, len(data) + 1, _CHUNK):  # in pieces: a whole decoded copy could be 4x the file
        pending = len(decoder.getstate()[0])  # the end of a character cut by the previous piece
        try:
            decoder.decode(view[start : start + _CHUNK], final=start + _CHUNK > len(data))
        except UnicodeDecodeError as exc:
            at = start - pending + exc.start
            line = data.count(b"\n", 0, at) + 1
            raise UserError(
                f"{path}: line {line}: byte {data[at : at + 1]!r} is not UTF-8; "
                "save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)"
            ) from None


def split_swallowed_rows(
    rows: list[dict[str, Any]], numbers: list[int], sep: str, name: str
) -> tuple[list[dict[str, Any]], list[int], list[Quarantined]]:
    """Set apart the records of a text table that swallowed the rows after them: a cell that opens with a
    quote never closed runs on over the next lines, and the reader reads those rows as that one cell
    (rows gone unseen). A line of a cell that looks like a row is taken for one: as many separators as a
    row has, and after the last one a value the table's last column holds (a lab table in a question,
    "Na 140, K 4.1, …", has the separators, not the answer letter after them)."""
    if not rows or len(rows[0]) < 2:
        return rows, numbers, []
    width, last = len(rows[0]), list(rows[0])[-1]
    ends = {str(row[last]).strip() for row in rows if row.get(last) is not None}
    kept, kept_numbers, swallowed = [], [], []
    for number, row in zip(numbers, rows, strict=True):
        if (field_name := _swallowing_field(row, sep, width, ends)) is not None:
            detail = (
                f"field '{field_name}' holds lines that look like rows of their own: a quote opened in it "
                "and never closed?"
            )
            swallowed.append(Quarantined(number, name, "swallowed_rows", detail, row))
        else:
            kept.append(row)
            kept_numbers.append(number)
    return kept, kept_numbers, swallowed


def _swallowing_field(row: dict[str, Any], sep: str, width: int, ends: set[str]) -> str | None:
    """The first cell of ``row`` with a later line that looks like a row (see ``_split_swallowed_rows``)."""
    for key, value in row.items():
        if isinstance(value, str) and "\n" in value:
            for line in value.split("\n")[1:]:
                if line.count(sep) >= width - 1 and line.rsplit(sep, 1)[1].strip().strip('"') in ends:
                    return key
    return None
