"""Parquet sources that ``datasets`` cannot read: no rows at all, or a column of Arrow maps.

``datasets`` has no type for an Arrow map (Spark and pyarrow write a ``{"A": …, "B": …}`` column so) and
fails the whole file on one; an empty file fails with "BatchSize must be greater than 0". Such a table is
read here with pyarrow, its maps turned into objects, and its records go the way JSON records go.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from cot_synth.errors import UserError
from cot_synth.ingest.json_rows import COMPRESSIONS, DuplicateKey, unique_keys
from cot_synth.records import Quarantined


def check_parquet(files: list[Path], name: str) -> bool:
    """Whether the parquet files hold a map column (to be read by ``read_parquet_maps``); a compressed
    file (Arrow would call it corrupted) and a source whose files hold no row at all are refused in one
    line."""
    if packed := [f for f in files if f.suffix.lower() in COMPRESSIONS]:
        raise UserError(f"{packed[0]}: parquet compresses its own columns; decompress the file first")
    try:
        metadata = [pq.read_metadata(f) for f in files]
    except (OSError, pa.ArrowException) as exc:
        raise UserError(f"{name}: cannot read as parquet ({type(exc).__name__}: {exc})") from None
    if sum(m.num_rows for m in metadata) == 0:
        raise UserError(f"{name}: no rows (the parquet files hold a schema and nothing under it)")
    return any(_holds_map(field.type) for m in metadata for field in m.schema.to_arrow_schema())


def _holds_map(kind: pa.DataType) -> bool:
    if pa.types.is_map(kind):
        return True
    if pa.types.is_struct(kind):
        return any(_holds_map(kind.field(i).type) for i in range(kind.num_fields))
    if pa.types.is_list(kind) or pa.types.is_large_list(kind):
        return _holds_map(kind.value_type)
    return False


def read_parquet_maps(
    files: list[Path], limit: int | None
) -> tuple[list[tuple[int, dict[str, Any]]], list[Quarantined]]:
    """The records of parquet files with map columns, numbered from 1 across the files, each map an object;
    a record whose map names a key twice is quarantined (``duplicate_key``), as a JSON object would be."""
    rows: list[tuple[int, dict[str, Any]]] = []
    bad: list[Quarantined] = []
    number = 0
    for path in files:
        for batch in pq.ParquetFile(path).iter_batches():
            for record in batch.to_pylist():
                if limit is not None and number >= limit:
                    return rows, bad
                number += 1
                try:
                    rows.append(
                        (number, {k: _objects(v, batch.schema.field(k).type) for k, v in record.items()})
                    )
                except DuplicateKey as exc:
                    bad.append(Quarantined(number, str(path), "duplicate_key", str(exc), record))
    return rows, bad


def _objects(value: Any, kind: pa.DataType) -> Any:
    """A value as pyarrow gives it, with every map (a list of key, value pairs) an object."""
    if value is None:
        return None
    if pa.types.is_map(kind):
        return unique_keys([(str(k), _objects(v, kind.item_type)) for k, v in value])
    if pa.types.is_struct(kind):
        return {
            kind.field(i).name: _objects(value[kind.field(i).name], kind.field(i).type)
            for i in range(kind.num_fields)
        }
    if pa.types.is_list(kind) or pa.types.is_large_list(kind):
        return [_objects(v, kind.value_type) for v in value]
    return value
