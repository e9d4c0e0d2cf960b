"""``json_line`` (orjson) writes what ``canonical_json`` (the hashed serialisation) writes."""

from __future__ import annotations

import json

import pytest

from benchmarks.bench_judge import load_labelled
from cot_synth.records import canonical_json, json_line
from tests.conftest import MEDQA


def test_the_same_text_as_canonical_json_on_real_rows() -> None:
    """Labelled traces (look-alike letters, zero-width characters, LaTeX, tables) and MedQA items."""
    rows = load_labelled()
    with (MEDQA / "us_5options" / "test.jsonl").open(encoding="utf-8") as handle:
        rows += [json.loads(line) for _, line in zip(range(500), handle, strict=False)]
    rows.append({"floats": [0.0, 0.5, 0.123, 1.0, 12.75, 1e-3, 0.0001, -2.5], "none": None, "ok": True})
    assert len(rows) > 4000
    for row in rows:
        assert json_line(row) == canonical_json(row)


@pytest.mark.parametrize(
    "value",
    [{1: "a key that is not a string"}, {"big": 2**70}, {"lone": "\ud800"}, ("a", "tuple")],
)
def test_what_orjson_refuses_is_written_by_canonical_json(value: object) -> None:
    assert json_line(value) == canonical_json(value)


def test_floats_orjson_spells_otherwise_still_read_back_the_same() -> None:
    value = {"tiny": 1e-05, "huge": 1e16}
    assert json.loads(json_line(value)) == value
