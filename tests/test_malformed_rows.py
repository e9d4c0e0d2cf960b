"""Rows a careless export or a hostile file holds, each quarantined with its reason while the good rows
around it are kept (never a traceback, never the whole file refused, never a silent change): option keys
that collide or leave a gap, JSON nested past the parser's depth, a lone UTF-16 surrogate; and the
options that steer the reading (``--cop-base`` over a layout's rule, an empty ``--map`` or ``--out``)."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys

import pytest

from cot_synth.clean.validate import clean
from cot_synth.errors import UserError
from cot_synth.ingest.detect import map_columns
from cot_synth.ingest.readers import load_source
from cot_synth.records import LETTERS
from tests.conftest import run_cli


@pytest.fixture
def medqa_rows(medqa_dir):
    path = medqa_dir / "phrases_no_exclude_test.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[:6]]


def _read(tmp_path, lines: list[str]):
    path = tmp_path / "items.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return clean(load_source(str(path)))


def test_option_keys_that_collide_or_leave_a_gap_are_quarantined(tmp_path, medqa_rows):
    first, second, third, *good = medqa_rows
    first["options"]["a"] = "a lower-case twin of A"  # would silently replace A's text
    second["options"]["B"] = None  # null in the middle: the letters would run A, C, D, E
    del third["options"]["C"]
    result = _read(tmp_path, [json.dumps(r) for r in (first, second, third, *good)])
    reasons = {q.row: (q.reason, q.detail) for q in result.quarantined}
    assert reasons[1] == ("invalid_options", "field 'options' has keys 'A' and 'a' for one letter")
    assert reasons[2] == ("invalid_options", "field 'options' has no option B (missing or null) before D")
    assert reasons[3][1].startswith("field 'options' has no option C")
    assert len(result.mcqs) == len(good) and set(reasons) == {1, 2, 3}


def test_a_key_written_twice_in_one_object_is_quarantined_in_json_lines_and_refused_in_an_array(
    tmp_path, medqa_rows
):
    """``json`` keeps the last of two values under one key: options {"A": …, "A": …} became one option."""
    twice = json.dumps(medqa_rows[0]).replace('"options": {', '"options": {"A": "its first A", ', 1)
    result = _read(tmp_path, [twice, json.dumps(medqa_rows[1])])
    assert [(q.row, q.reason, q.detail) for q in result.quarantined] == [
        (1, "duplicate_key", "key 'A' appears twice in one object")
    ]
    assert len(result.mcqs) == 1
    array = tmp_path / "items.json"
    array.write_text(f"[{json.dumps(medqa_rows[1])}, {twice}]", encoding="utf-8")
    with pytest.raises(
        UserError, match=r"items.json: key 'A' appears twice in one object; write the records"
    ):
        load_source(str(array))


def test_a_text_question_is_kept_whatever_most_rows_hold_and_any_scalar_id_goes(tmp_path, medqa_rows):
    """The kind a field should hold wins over the kind most rows hold: three number "questions" do not
    make the fourth row's real question the odd one out. Ids are text, whatever their JSON kind."""
    numbers = [{**row, "question": 1000 + i} for i, row in enumerate(medqa_rows[:3])]
    result = _read(tmp_path, [json.dumps(r) for r in [*numbers, medqa_rows[3]]])
    assert [m.meta["row"] for m in result.mcqs] == [4]
    assert {q.detail for q in result.quarantined} == {"field 'question' is number where string is expected"}
    ids = [1, "b", 2**70]
    result = _read(tmp_path, [json.dumps({**row, "id": i}) for row, i in zip(medqa_rows, ids, strict=False)])
    assert [m.meta["source_id"] for m in result.mcqs] == ["1", "b", str(2**70)] and not result.quarantined


def test_a_struct_column_pads_a_four_option_row_with_a_null_e(tmp_path, medqa_rows):
    row = medqa_rows[0]
    row["options"] = {**{k: row["options"][k] for k in "ABCD"}, "E": None}
    row["answer_idx"] = "A"
    row["answer"] = row["options"]["A"]
    (mcq,) = _read(tmp_path, [json.dumps(row)]).mcqs
    assert list(mcq.options) == list("ABCD")


def test_a_blank_last_option_pads_a_shorter_row_but_a_blank_gap_is_quarantined(tmp_path, medqa_rows):
    """ "E": "" (or a list ending in "") is a 4-option row in a 5-option file, as "E": null is; every such row
    was quarantined. A blank option before another is still a gap."""
    padded, listed, gap = (dict(medqa_rows[i]) for i in range(3))
    padded["options"] = {**padded["options"], "E": " "}
    listed["options"] = [*listed["options"].values(), ""]
    listed.pop("answer_idx")
    gap["options"] = {**gap["options"], "B": ""}
    result = _read(tmp_path, [json.dumps(padded), json.dumps(gap)])
    assert [list(m.options) for m in result.mcqs] == [list("ABCD")]
    assert [(q.row, q.reason) for q in result.quarantined] == [(2, "invalid_options")]
    (mcq,) = _read(tmp_path, [json.dumps(listed)]).mcqs  # a list of options: its own file, its own kind
    assert list(mcq.options) == list("ABCD")


def test_json_past_the_parsers_depth_and_a_lone_surrogate_are_quarantined_lines(tmp_path, medqa_rows):
    deep = '{"question": ' + "[" * 100_000 + "]" * 100_000 + "}"
    lone = json.dumps(medqa_rows[1]).replace('"question": "', '"question": "\\ud800', 1)
    result = _read(tmp_path, [json.dumps(medqa_rows[0]), deep, lone, json.dumps(medqa_rows[2])])
    assert len(result.mcqs) == 2
    reasons = {q.row: (q.reason, q.detail) for q in result.quarantined}
    assert reasons == {
        2: ("invalid_json", "nested too deeply to read"),
        3: ("invalid_utf8", "holds \\ud800, half of a UTF-16 pair: not text"),
    }


def test_a_lone_surrogate_in_a_json_array_quarantines_its_record_not_the_file(tmp_path, medqa_rows):
    """A JSON array is parsed whole, but a record holding a lone surrogate is still only that record: it
    failed the whole file where the rows were handed to Arrow."""
    records = json.dumps(medqa_rows[:3]).replace('"question": "', '"question": "\\uDC00', 2)
    records = records.replace('"question": "\\uDC00', '"question": "', 1)  # the second record only
    (tmp_path / "items.json").write_text(records, encoding="utf-8")
    source = load_source(str(tmp_path / "items.json"))
    assert [r.number for r in source.rows] == [1, 3]
    [held] = source.unreadable
    assert (held.row, held.reason, held.detail) == (
        2,
        "invalid_utf8",
        "holds \\udc00, half of a UTF-16 pair: not text",
    )
    assert json.loads(held.original)["question"].startswith("\udc00") and held.original.isascii()


def test_cop_base_overrides_a_layouts_own_rule(tmp_path, medqa_rows):
    table = [
        {
            "question": r["question"],
            "choices": list(r["options"].values()),
            "answer": 1 + LETTERS.index(r["answer_idx"]),
        }
        for r in medqa_rows
    ]
    path = tmp_path / "mmlu.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in table), encoding="utf-8")
    source = load_source(str(path), cop_base=1)
    assert "count from 1 (--cop-base)" in source.detected
    assert [m.answer_idx for m in clean(source).mcqs] == [r["answer_idx"] for r in medqa_rows]


def test_an_empty_map_or_out_is_one_line(tmp_path):
    with pytest.raises(UserError, match="names no column"):
        map_columns({"question": "q", "options": ",", "answer": "a"}, ["q", "a"], "f.csv")
    result = run_cli("prepare", "--out", "", cwd=tmp_path)
    assert result.returncode == 2 and "argument --out: an empty path" in result.stderr
    assert "Traceback" not in result.stderr and list(tmp_path.iterdir()) == []
    result = run_cli("prepare", "--map", "options=", "--out", "o", cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.strip().splitlines() == [
        "error: --map options=: expected FIELD=COLUMN, with a field and a column"
    ]


def test_a_bad_line_in_one_shard_of_a_split_is_quarantined_with_its_file_and_line(tmp_path, medqa_rows):
    folder = tmp_path / "data"
    folder.mkdir()
    one, two = folder / "train-00000-of-00002.jsonl", folder / "train-00001-of-00002.jsonl"
    one.write_text("".join(json.dumps(r) + "\n" for r in medqa_rows[:3]), encoding="utf-8")
    number = {**medqa_rows[3], "question": 123}  # Arrow would turn it into the text "123" to fit shard one
    lines = [
        json.dumps(medqa_rows[4]).encode(),
        b"{broken",
        b'{"question": "carp\xffal"}',
        json.dumps(number).encode(),
    ]
    two.write_bytes(b"\n".join(lines) + b"\n")
    source = load_source(str(folder))
    result = clean(source)
    assert len(result.mcqs) == 4
    assert {(q.source, q.row, q.reason) for q in result.quarantined} == {
        (str(two), 2, "invalid_json"),
        (str(two), 3, "invalid_utf8"),
        (str(folder), 5, "wrong_type"),  # the fifth record read from the split
    }


def test_a_sixth_letter_column_is_read_and_refused_where_a_row_fills_it(tmp_path, medqa_rows):
    path = tmp_path / "items.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, ["question", *"ABCDEF", "answer"])
        writer.writeheader()
        for number, row in enumerate(medqa_rows[:3]):
            sixth = "a sixth option" if number == 0 else ""
            writer.writerow(
                {"question": row["question"], **row["options"], "F": sixth, "answer": row["answer_idx"]}
            )
    result = clean(load_source(str(path)))
    assert [(q.row, q.reason, q.detail) for q in result.quarantined] == [
        (1, "too_many_options", "6 options, at most 5 are supported")
    ]
    assert len(result.mcqs) == 2


def test_one_json_document_over_several_lines_is_read_as_json_not_as_broken_lines(tmp_path, medqa_rows):
    single, wrapped = tmp_path / "one.json", tmp_path / "wrapped.json"
    single.write_text(json.dumps(medqa_rows[0], indent=2), encoding="utf-8")
    wrapped.write_text(json.dumps({"data": medqa_rows[:3]}, indent=2), encoding="utf-8")
    one = clean(load_source(str(single)))
    assert len(one.mcqs) == 1 and not one.quarantined
    three = clean(load_source(str(wrapped)))
    assert len(three.mcqs) == 3 and not three.quarantined


def test_an_answer_number_past_64_bits_is_one_quarantined_row(tmp_path, medqa_rows):
    rows = [{**r, "answer_idx": 1 + LETTERS.index(r["answer_idx"])} for r in medqa_rows]
    rows[1]["answer_idx"] = 2**70
    path = tmp_path / "items.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = clean(load_source(str(path), cop_base=1))
    assert [(q.row, q.reason, q.detail) for q in result.quarantined] == [
        (2, "wrong_type", "field 'answer_idx' is an integer over 64 bits where most rows have number")
    ]
    assert len(result.mcqs) == len(rows) - 1


def test_a_table_not_saved_as_utf8_is_one_line_naming_where(tmp_path):
    path = tmp_path / "items.csv"
    path.write_bytes("question,A,B,answer\nWhich?,x,y,A\nCaf\xe9?,x,y,B\n".encode("latin-1"))
    with pytest.raises(
        UserError, match=r"items\.csv: line 3: byte b'\\xe9' is not UTF-8; save the file as UTF-8"
    ):
        load_source(str(path))


def test_a_look_alike_gold_letter_is_named_for_what_it_is(tmp_path, medqa_rows):
    row = {**medqa_rows[0], "answer_idx": "\u0421"}  # Cyrillic Es, drawn as C
    (quarantined,) = _read(tmp_path, [json.dumps(row), json.dumps(medqa_rows[1])]).quarantined
    assert quarantined.reason == "invalid_answer_idx"
    assert "(CYRILLIC CAPITAL LETTER ES, not a Latin letter)" in quarantined.detail


def test_an_unreadable_folder_says_so(tmp_path, medqa_dir):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(medqa_dir / "phrases_no_exclude_test.jsonl", folder / "train.jsonl")
    folder.chmod(0)
    command = [sys.executable, "-m", "cot_synth", "prepare", "--input", "data", "--out", "out"]
    if os.geteuid() == 0:  # root reads past the mode: drop the capabilities that let it
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: a folder's mode does not stop root")
        dropped = "-dac_override,-dac_read_search"
        command = ["setpriv", f"--bounding-set={dropped}", f"--inh-caps={dropped}", *command]
    try:
        result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 2, result.stderr
    assert (
        result.stderr.strip()
        == "error: data: cannot read the folder (permission denied); fix its permissions"
    )


def test_an_answer_column_of_whole_numbers_beside_an_option_list_is_its_index(tmp_path, medqa_dir):
    rows = [
        json.loads(line)
        for line in (medqa_dir / "phrases_no_exclude_test.jsonl").read_text().splitlines()[:40]
    ]
    path = tmp_path / "items.jsonl"
    table = [
        {
            "question": r["question"],
            "options": list(r["options"].values()),
            "answer": LETTERS.index(r["answer_idx"]),
        }
        for r in rows
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in table), encoding="utf-8")
    source = load_source(str(path))
    assert "answer_idx=answer" in source.detected and "count from 0 (detected" in source.detected
    assert [m.answer_idx for m in clean(source).mcqs] == [r["answer_idx"] for r in rows]
