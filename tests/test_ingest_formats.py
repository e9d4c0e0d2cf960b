"""Sources as users hold them: compressed files, folders of split files, MMLU-style ``choices`` and
spreadsheet letter columns, answers given as a letter; each read from real MedQA rows and checked against
the same rows read from the original file."""

from __future__ import annotations

import bz2
import csv
import gzip
import json
import lzma
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from cot_synth.clean.balance import gold_distribution
from cot_synth.clean.validate import clean
from cot_synth.config import DEFAULT_SPLIT
from cot_synth.errors import UserError
from cot_synth.ingest.readers import check_split, load_source
from cot_synth.records import LETTERS
from tests.conftest import write_jsonl

ROWS = 40


@pytest.fixture
def original(medqa_dir):
    """The first rows of the MedQA test split, as the original file gives them, and their MCQs."""
    path = medqa_dir / "phrases_no_exclude_test.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[:ROWS]]
    return rows, clean(load_source(str(path), limit=ROWS)).mcqs


def _same(mcqs, expected) -> None:
    assert [(m.id, m.answer_idx, m.answer) for m in mcqs] == [
        (m.id, m.answer_idx, m.answer) for m in expected
    ]


@pytest.mark.parametrize(
    ("suffix", "compress"), [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)]
)
def test_a_compressed_jsonl_reads_as_the_plain_file(tmp_path, original, medqa_dir, suffix, compress):
    rows, expected = original
    text = "".join(json.dumps(r) + "\n" for r in rows) + "{not json\n"
    path = tmp_path / f"test.jsonl{suffix}"
    path.write_bytes(compress(text.encode()))
    result = clean(load_source(str(path)))
    _same(result.mcqs, expected)
    assert [(q.row, q.reason) for q in result.quarantined] == [
        (ROWS + 1, "invalid_json")
    ]  # line numbers kept


def test_a_damaged_archive_is_one_line_naming_the_file(tmp_path):
    path = tmp_path / "test.jsonl.gz"
    path.write_bytes(b"not gzip at all")
    with pytest.raises(UserError, match=r"test\.jsonl\.gz: cannot decompress \(BadGzipFile"):
        load_source(str(path))


def _letter_rows(rows):
    return [{"question": r["question"], **r["options"], "answer": r["answer_idx"]} for r in rows]


def test_letter_columns_in_a_gzipped_csv_and_a_tsv(tmp_path, original):
    rows, expected = original
    for name, delimiter in (("sheet.csv", ","), ("sheet.tsv", "\t")):
        with open(tmp_path / name, "w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, ["question", "A", "B", "C", "D", "answer"], delimiter=delimiter)
            writer.writeheader()
            writer.writerows(_letter_rows(rows))
    with open(tmp_path / "sheet.csv", "rb") as f, gzip.open(tmp_path / "sheet.csv.gz", "wb") as g:
        shutil.copyfileobj(f, g)
    for name in ("sheet.csv.gz", "sheet.tsv"):
        source = load_source(str(tmp_path / name))
        assert source.layout == "letter_columns"
        _same(clean(source).mcqs, expected)


@pytest.mark.parametrize("delimiter, suffix", [(",", ".csv"), ("\t", ".tsv")])
def test_an_option_that_reads_none_or_na_in_a_text_table_is_kept_as_written(
    tmp_path, original, delimiter, suffix
):
    """pandas reads "None", "NA", "N/A", "null" as missing: a last option "None" vanished unseen. Only an
    empty cell is no option (a 4-option row in a 5-column sheet)."""
    rows, _ = original
    words = ["None", "NA", "N/A", "null", "nan"]
    table = [{**row, "D": words[i % len(words)]} for i, row in enumerate(_letter_rows(rows))]
    table[0]["D"] = ""
    path = tmp_path / f"sheet{suffix}"
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, ["question", "A", "B", "C", "D", "answer"], delimiter=delimiter)
        writer.writeheader()
        writer.writerows(table)
    kept = {m.meta["row"]: m.options for m in clean(load_source(str(path))).mcqs}
    assert "D" not in kept[1] and len(kept) == len(table)
    assert {options["D"] for row, options in kept.items() if row > 1} == set(words)


@pytest.mark.parametrize("sep, suffix", [(",", ".csv"), ("\t", ".tsv")])
def test_text_table_cells_that_look_like_numbers_are_kept_as_written(tmp_path, sep, suffix):
    """pandas rewrote a cell that looks like a number: option "0.50" became "0.5", "007" "7", "1e3"
    "1000.0", id "001" "1". Cells are text as written; an answer column of whole numbers still counts
    options (MedMCQA's ``cop``)."""
    lines = [
        sep.join(["id", "question", "opa", "opb", "opc", "opd", "cop"]),
        sep.join(["001", "Which dose of the drug in mg is given?", "0.50", "1e3", "007", "2.00", "0"]),
        sep.join(["002", "Which count of cells per field is normal?", "10", "NaN", "1,000", "-3", "2"]),
    ]
    lines[2] = lines[2].replace("1,000", '"1,000"')
    path = tmp_path / f"sheet{suffix}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    source = load_source(str(path))
    assert source.layout == "medmcqa"
    assert [r.row["id"] for r in source.rows] == ["001", "002"]
    mcqs = clean(source).mcqs
    assert [m.options for m in mcqs] == [
        {"A": "0.50", "B": "1e3", "C": "007", "D": "2.00"},
        {"A": "10", "B": "NaN", "C": "1,000", "D": "-3"},
    ]
    assert [(m.answer_idx, m.answer) for m in mcqs] == [("A", "0.50"), ("C", "1,000")]


@pytest.mark.parametrize("sep, suffix", [(",", ".csv"), ("\t", ".tsv")])
def test_a_record_with_more_cells_than_the_header_is_quarantined_not_the_file_failed(tmp_path, sep, suffix):
    """One unquoted separator in a question made pandas refuse the whole file ("Expected 6 fields in line
    3, saw 8"). That record is quarantined with its line; the others are read, numbered as records (a
    blank line is none), and ``--limit`` counts the quarantined record too (as a line of JSONL)."""
    header = sep.join(["question", "A", "B", "C", "D", "answer"])
    good = [
        sep.join([f"Case {i}: a {20 + i}-year-old. Which diagnosis?", "w", "x", "y", "z", "B"])
        for i in range(4)
    ]
    bad = sep.join(["Which test", " if any", " is best?", "w", "x", "y", "z", "C"])
    path = tmp_path / f"sheet{suffix}"
    path.write_text("\n".join([header, good[0], bad, "", good[1], good[2], good[3]]) + "\n", encoding="utf-8")
    source = load_source(str(path))
    assert [r.number for r in source.rows] == [1, 3, 4, 5]
    assert [r.row["question"] for r in source.rows] == [line.split(sep)[0] for line in good]
    [quarantined] = source.unreadable
    assert (quarantined.row, quarantined.reason, quarantined.original[0]) == (2, "extra_cells", "Which test")
    assert quarantined.detail.startswith("line 3: 8 cells where the header names 6")
    limited = load_source(str(path), limit=3)
    assert [r.number for r in limited.rows] == [1, 3] and len(limited.unreadable) == 1
    limited = load_source(str(path), limit=1)
    assert [r.number for r in limited.rows] == [1] and not limited.unreadable


@pytest.mark.parametrize("sep, suffix", [(",", ".csv"), ("\t", ".tsv")])
def test_a_cell_whose_quote_never_closes_is_quarantined_with_the_rows_it_swallowed(tmp_path, sep, suffix):
    """A question opening with a stray quote runs on over the next rows, which the reader takes for its
    text: that record is quarantined, saying why, instead of kept with four questions in one. A question
    quoted over several lines of its own, a lab table with the separators in it, stays."""
    table = sep.join(["Na 140", " K 4.1", " Cl 100", " HCO3 24", " BUN 12", " creatinine 1.1"])
    labs = f'"Labs:\n{table}\nWhich is the cause?"'
    lines = [sep.join(["question", "A", "B", "C", "D", "answer"]), sep.join([labs, "w", "x", "y", "z", "B"])]
    lines += [
        sep.join([f"Case {i}: a {20 + i}-year-old. Which diagnosis?", "a", "b", "c", "d", "A"])
        for i in range(6)
    ]
    lines[3] = '"' + lines[3]  # case 1 opens a quote; case 4's "so-called" closes it
    lines[6] = lines[6].replace("Which", 'The "so-called" which')
    path = tmp_path / f"sheet{suffix}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    source = load_source(str(path))
    assert [(q.row, q.reason) for q in source.unreadable] == [(3, "swallowed_rows")]
    assert source.unreadable[0].detail.startswith(
        "field 'question' holds lines that look like rows of their own"
    )
    assert [r.row["question"][:6] for r in source.rows] == ["Labs:\n", "Case 0", "Case 5"]


@pytest.mark.parametrize("base", [0, 1])
def test_choices_with_a_numbered_answer_is_mmlu_style_counted_as_the_data_shows(tmp_path, original, base):
    """MMLU counts from 0; some exports count from 1, which a row's last option number proves (read by the
    layout's rule, every other row would be kept with its answer shifted by one option)."""
    rows, expected = original
    table = [
        {
            "question": r["question"],
            "choices": list(r["options"].values()),
            "answer": LETTERS.index(r["answer_idx"]) + base,
        }
        for r in rows
    ]
    pq.write_table(pa.Table.from_pylist(table), tmp_path / "mmlu.parquet")
    source = load_source(str(tmp_path / "mmlu.parquet"))
    assert source.layout == "choices" and f"count from {base}" in source.detected
    _same(clean(source).mcqs, expected)


def test_parquet_shards_with_a_map_column_are_read_and_a_map_naming_a_key_twice_is_quarantined(
    tmp_path, original
):
    """Spark and pyarrow write a dict column as an Arrow map, for which ``datasets`` has no type: it failed
    the whole file. The maps are read as objects (records numbered across the shards), a map naming a key
    twice quarantines its record as a JSON object would, and a file with no row is one line."""
    rows, expected = original
    kind = pa.schema(
        [
            ("question", pa.string()),
            ("options", pa.map_(pa.string(), pa.string())),
            ("answer_idx", pa.string()),
        ]
    )
    records = [
        {"question": r["question"], "options": list(r["options"].items()), "answer_idx": r["answer_idx"]}
        for r in rows
    ]
    twice = {**records[1], "options": [*records[1]["options"], ("A", "another text")]}
    data = tmp_path / "data"
    data.mkdir()
    pq.write_table(
        pa.Table.from_pylist(records[:1] + [twice], schema=kind), data / "test-00000-of-00002.parquet"
    )
    pq.write_table(pa.Table.from_pylist(records[1:], schema=kind), data / "test-00001-of-00002.parquet")
    source = load_source(str(data), split="test")
    assert source.layout == "medqa"
    assert [r.number for r in source.rows] == [1, *range(3, len(rows) + 2)]
    [held] = source.unreadable
    assert (held.row, held.reason, held.detail) == (2, "duplicate_key", "key 'A' appears twice in one object")
    _same(clean(source).mcqs, expected)
    pq.write_table(pa.Table.from_pylist([], schema=kind), tmp_path / "empty.parquet")
    with pytest.raises(
        UserError, match=r"empty\.parquet: no rows \(the parquet files hold a schema and nothing"
    ):
        load_source(str(tmp_path / "empty.parquet"))


def test_options_as_labelled_objects_or_as_json_text_are_read(tmp_path, original):
    """A list of {"key": "A", "value": …} (or "label"/"text") objects, in JSONL or a Parquet list of structs,
    and a list written as JSON text in a CSV cell (a CSV holds a list no other way): every row was
    quarantined ("options.D: {...} is not of type 'string'", "field 'Options' is str")."""
    rows, expected = original
    keyed = [
        {
            **{k: r[k] for k in ("question", "answer_idx")},
            "options": [{"key": k, "value": v} for k, v in r["options"].items()],
        }
        for r in rows
    ]
    write_jsonl(tmp_path / "keyed.jsonl", keyed)
    _same(clean(load_source(str(tmp_path / "keyed.jsonl"))).mcqs, expected)
    labelled = [
        {**r, "options": [{"label": o["key"], "text": o["value"]} for o in r["options"]]} for r in keyed
    ]
    pq.write_table(pa.Table.from_pylist(labelled), tmp_path / "labelled.parquet")
    _same(clean(load_source(str(tmp_path / "labelled.parquet"))).mcqs, expected)
    with open(tmp_path / "sheet.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Question", "Options", "Answer"])
        writer.writerows(
            [r["question"], json.dumps(list(r["options"].values())), r["answer_idx"]] for r in rows
        )
    mapped = {"question": "Question", "options": "Options", "answer_idx": "Answer"}
    _same(clean(load_source(str(tmp_path / "sheet.csv"), column_map=mapped)).mcqs, expected)


def test_a_folder_written_by_save_to_disk_is_read_and_its_split_chosen(tmp_path, original):
    """``Dataset.save_to_disk`` and ``DatasetDict.save_to_disk`` folders were refused ("no 'train' file in
    the folder (its files name dataset, state)"), even with --split naming a split they hold."""
    import datasets

    rows, expected = original
    one = datasets.Dataset.from_list(rows)
    one.save_to_disk(str(tmp_path / "one"))
    _same(clean(load_source(str(tmp_path / "one"))).mcqs, expected)
    datasets.DatasetDict({"train": one.select(range(1)), "test": one}).save_to_disk(str(tmp_path / "dict"))
    _same(clean(load_source(str(tmp_path / "dict"), split="test")).mcqs, expected)
    assert len(load_source(str(tmp_path / "dict")).rows) == 1  # --split train by default
    with pytest.raises(
        UserError, match=r"no 'validation' split in the saved dataset \(it holds train, test\)"
    ):
        load_source(str(tmp_path / "dict"), split="validation")


@pytest.mark.parametrize("indent", [None, 2])
def test_json_of_a_table_by_column_as_pandas_writes_it_is_read_by_row(tmp_path, original, indent):
    """``DataFrame.to_json()`` writes one object of columns ({"question": {"0": …}, …}): it was read as one
    row, quarantined ("options has key '0'")."""
    import pandas as pd

    rows, expected = original
    table = pd.DataFrame([{k: r[k] for k in ("question", "options", "answer_idx")} for r in rows])
    table.to_json(tmp_path / "table.json", indent=indent)
    _same(clean(load_source(str(tmp_path / "table.json"))).mcqs, expected)


def test_a_folder_of_split_shards_reads_the_split_asked(tmp_path, original):
    rows, expected = original
    data = tmp_path / "hub_export" / "data"
    data.mkdir(parents=True)
    half = ROWS // 2
    pq.write_table(pa.Table.from_pylist(rows[:half]), data / "test-00000-of-00002.parquet")
    pq.write_table(pa.Table.from_pylist(rows[half:]), data / "test-00001-of-00002.parquet")
    (data / "train.jsonl").write_text(json.dumps(rows[0]) + "\n", encoding="utf-8")
    test = load_source(str(tmp_path / "hub_export"), split="test")
    _same(clean(test).mcqs, expected)
    assert test.detected.endswith(
        "; 2 files: data/test-00000-of-00002.parquet, data/test-00001-of-00002.parquet"
    )
    assert len(clean(load_source(str(tmp_path / "hub_export"))).mcqs) == 1  # --split train by default
    with pytest.raises(UserError, match=r"no 'validation' file in the folder \(its files name test, train\)"):
        load_source(str(tmp_path / "hub_export"), split="validation")


def test_a_real_folder_with_one_split_file(medqa_dir):
    source = load_source(str(medqa_dir / "pubmedqa"), split="test")
    assert source.name.endswith("pubmedqa/test.jsonl") and source.row_unit == "line" and source.read == 500
    with pytest.raises(
        UserError, match=r"no 'train' file in the folder \(its files name test\); choose with"
    ):
        load_source(str(medqa_dir / "medmcqa"))


def test_an_answer_given_as_its_letter_or_its_labelled_option(tmp_path, original):
    rows, expected = original
    written = []
    for n, r in enumerate(rows):
        letter = r["answer_idx"]
        answer = [letter, f"{letter}.", f"({letter})", f"{letter}. {r['options'][letter]}"][n % 4]
        written.append({"question": r["question"], "options": r["options"], "answer": answer})
    wrong = {**written[0], "answer": "A. " + rows[0]["options"]["B"]}  # the label and the text disagree
    with_idx = {**rows[1], "answer": rows[1]["answer_idx"]}  # the letter twice: no mismatch
    path = tmp_path / "letters.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (*written, wrong)), encoding="utf-8")
    result = clean(load_source(str(path)))
    _same(result.mcqs, expected)
    assert [(q.row, q.reason) for q in result.quarantined] == [(ROWS + 1, "answer_not_in_options")]
    path.write_text(json.dumps(with_idx) + "\n", encoding="utf-8")
    assert clean(load_source(str(path))).mcqs[0].answer_idx == rows[1]["answer_idx"]


def test_one_gold_letter_has_zero_entropy_not_minus_zero(original):
    _, mcqs = original
    same = [m for m in mcqs if m.answer_idx == mcqs[0].answer_idx]
    assert str(gold_distribution(same)["normalized_entropy"]) == "0.0"


def test_prepare_names_the_layout_it_detected(tmp_path, original):
    rows, _ = original
    path = tmp_path / "sheet.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _letter_rows(rows)), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "cot_synth", "prepare", "--input", str(path), "--out", str(tmp_path / "out")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "layout letter_columns (question=question, options=A,B,C,D, answer_idx=answer)" in done.stderr
    assert done.stdout.startswith(f"read {ROWS} · kept ") and " · quarantined 0 · " in done.stdout
    assert Path(tmp_path / "out" / "prepared.jsonl").is_file()


def test_the_hub_multiple_choice_layout_reads_sent2_as_the_end_of_the_stem(tmp_path, original):
    rows, expected = original
    cut = rows[0]["question"].index(" ", 40)  # between two words
    table = [
        {
            "id": str(i),
            "sent1": r["question"] if i else r["question"][:cut],
            "sent2": ""
            if i
            else r["question"][cut:],  # MedQA's hub copy: ""; SWAG-style sets: the stem's end
            **{f"ending{n}": text for n, text in enumerate(r["options"].values())},
            "label": LETTERS.index(r["answer_idx"]),
        }
        for i, r in enumerate(rows)
    ]
    (tmp_path / "hf.jsonl").write_text("".join(json.dumps(r) + "\n" for r in table), encoding="utf-8")
    source = load_source(str(tmp_path / "hf.jsonl"))
    assert source.layout == "hf_multiple_choice" and "question=sent1+sent2" in source.detected
    mcqs = clean(source).mcqs
    assert [(m.answer_idx, m.answer) for m in mcqs] == [(m.answer_idx, m.answer) for m in expected]
    assert mcqs[0].question == expected[0].question


def test_a_split_a_single_file_is_not_named_for_is_refused(tmp_path):
    """A single file is read whole; --split is said to be wrong for it rather than ignored, unless its name
    carries the split as a word (or the split is the default)."""
    for name in ("train.jsonl", "medqa_test.jsonl", "test-00000-of-00001.parquet"):
        (tmp_path / name).write_text("{}\n", encoding="utf-8")
    check_split(str(tmp_path / "medqa_test.jsonl"), "test")
    check_split(str(tmp_path / "test-00000-of-00001.parquet"), "test")
    check_split(str(tmp_path / "train.jsonl"), DEFAULT_SPLIT)
    check_split(str(tmp_path), "validation")  # a folder: split_files picks (and says when none is there)
    check_split("some/hub-dataset", "validation")  # not a file here: a hub name, whose splits datasets reads
    for name, split in (("train.jsonl", "test"), ("medqa_test.jsonl", "testing")):
        with pytest.raises(UserError, match=rf"^--split {split}: --input .*{name} is one file"):
            check_split(str(tmp_path / name), split)
