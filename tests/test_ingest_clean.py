"""Ingest and clean on the real MedQA files and on broken rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cot_synth.clean.validate import clean
from cot_synth.errors import UserError
from cot_synth.ingest.readers import BUNDLED_SAMPLE, load_source
from tests.conftest import write_jsonl


def test_bundled_sample_is_real_medqa_and_all_valid():
    source = load_source(None)
    result = clean(source)
    assert source.layout == "medqa"
    assert len(source.rows) == 50
    assert len(result.mcqs) == 50 and not result.quarantined
    first = result.mcqs[0]
    assert first.question.startswith("A junior orthopaedic surgery resident")
    assert set(first.options) == {"A", "B", "C", "D"}
    assert first.answer == first.options[first.answer_idx]
    assert (BUNDLED_SAMPLE.parent / "NOTICE.md").is_file()


def test_medqa_test_split_four_options(medqa_dir):
    source = load_source(str(medqa_dir / "phrases_no_exclude_test.jsonl"), limit=200)
    result = clean(source)
    assert (len(result.mcqs), len(result.quarantined)) == (200, 0)
    assert len({m.id for m in result.mcqs}) == 200


def test_five_option_layout(medqa_dir):
    result = clean(load_source(str(medqa_dir / "us_5options" / "test.jsonl"), limit=20))
    assert len(result.mcqs) == 20
    assert all(set(m.options) == set("ABCDE") for m in result.mcqs)


def test_hf_multiple_choice_layout_matches_original(medqa_dir):
    hf = clean(load_source(str(medqa_dir / "MedQA-USMLE-4-options-hf" / "test.json"), limit=30))
    original = clean(load_source(str(medqa_dir / "phrases_no_exclude_test.jsonl"), limit=30))
    assert hf.mcqs[0].meta["layout"] == "hf_multiple_choice"
    assert [(m.id, m.answer_idx, m.answer) for m in hf.mcqs] == [
        (m.id, m.answer_idx, m.answer) for m in original.mcqs
    ]


def test_broken_rows_are_quarantined_with_reason_and_row(tmp_path):
    good = {"question": "Q?", "options": {"A": "x", "B": "y"}, "answer_idx": "A", "answer": "x"}
    rows = [
        good,
        {**good, "answer_idx": "C"},  # answer not among options
        {**good, "question": ""},  # empty question
        {**good, "answer": "z"},  # answer text differs from its letter's option
        {**good, "options": None},  # no options
    ]
    result = clean(load_source(str(write_jsonl(tmp_path / "broken.jsonl", rows))))
    assert len(result.mcqs) == 1
    reasons = {q.row: q.reason for q in result.quarantined}
    assert reasons == {
        2: "answer_not_in_options",
        3: "invalid_question",
        4: "answer_mismatch",
        5: "missing_field",
    }
    assert all(q.original for q in result.quarantined)


def test_missing_file_is_a_one_line_user_error(tmp_path):
    with pytest.raises(UserError, match="no such file"):
        load_source(str(tmp_path / "nope.jsonl"))


def test_unknown_layout_names_the_columns(tmp_path):
    path = write_jsonl(tmp_path / "odd.jsonl", [{"stem": "Q", "choices": ["a", "b"]}])
    with pytest.raises(UserError, match=r"unknown column layout \['choices', 'stem'\]"):
        load_source(str(path))


DATA = Path(__file__).resolve().parent / "data"

REAL_LAYOUTS = [
    ("phrases_no_exclude_test.jsonl", "medqa", 1273, 4, "line"),
    ("phrases_no_exclude_train.reconstructed.jsonl", "medqa", 10178, 4, "line"),
    ("us_5options/test.jsonl", "medqa", 1273, 5, "line"),
    ("us_5options/medqa_full_dev.json", "medqa_answer_text", 1272, 5, "record"),
    ("MedQA-USMLE-4-options-hf/test.json", "hf_multiple_choice", 1273, 4, "line"),
    ("medmcqa/test.jsonl", "medqa", 2816, 4, "line"),
    ("pubmedqa/test.jsonl", "medqa", 500, 3, "line"),
    ("pubmedqa/train.jsonl", "medqa", 450, 3, "line"),
]


@pytest.mark.parametrize(("name", "layout", "rows", "width", "unit"), REAL_LAYOUTS)
def test_every_real_layout_is_detected_and_every_row_is_valid(medqa_dir, name, layout, rows, width, unit):
    source = load_source(str(medqa_dir / name))
    result = clean(source)
    assert (source.layout, source.read, source.row_unit) == (layout, rows, unit)
    assert source.detected.startswith(f"layout {layout} (question=")
    assert len(result.mcqs) == rows and not result.quarantined  # none of the real rows is invalid
    assert {len(m.options) for m in result.mcqs} == {width}
    assert all(m.answer == m.options[m.answer_idx] for m in result.mcqs)


def test_hf_layout_equals_the_original_test_split_row_for_row(medqa_dir):
    hf = clean(load_source(str(medqa_dir / "MedQA-USMLE-4-options-hf" / "test.json")))
    original = clean(load_source(str(medqa_dir / "phrases_no_exclude_test.jsonl")))
    assert (
        "numbers in 'label' count from 0"
        in load_source(str(medqa_dir / "MedQA-USMLE-4-options-hf" / "test.json"), limit=1).detected
    )
    assert [(m.id, m.answer_idx, m.answer) for m in hf.mcqs] == [
        (m.id, m.answer_idx, m.answer) for m in original.mcqs
    ]
    assert hf.mcqs[0].meta["source_id"] == "test-00000"


def test_dev_json_array_with_lettered_option_list_and_answer_text(medqa_dir):
    path = medqa_dir / "us_5options" / "medqa_full_dev.json"
    records = json.loads(path.read_text(encoding="utf-8"))
    result = clean(load_source(str(path)))
    assert len(result.mcqs) == len(records)
    for number, (mcq, record) in enumerate(zip(result.mcqs, records, strict=True), start=1):
        assert mcq.meta["row"] == number
        for (letter, text), raw in zip(mcq.options.items(), record["options"], strict=True):
            assert raw.startswith(f"{letter}. ")  # the prefix is taken off; the text is the rest, cleaned
            assert text in " ".join(raw[3:].split()) or not raw.isascii()  # (homoglyphs are mapped)
        answer = " ".join(record["answer"].split())
        assert mcq.answer in answer or not answer.isascii()  # the letter was found from the text


def test_five_option_test_questions_match_the_four_option_file(medqa_dir):
    five = clean(load_source(str(medqa_dir / "us_5options" / "test.jsonl")))
    four = clean(load_source(str(medqa_dir / "phrases_no_exclude_test.jsonl")))
    for a, b in zip(five.mcqs, four.mcqs, strict=True):
        assert a.question == b.question and a.answer == b.answer
        assert set(b.options.values()) <= set(a.options.values())


def test_a_one_based_label_in_the_hf_layout_is_read_as_one_based(medqa_dir, tmp_path):
    path = medqa_dir / "MedQA-USMLE-4-options-hf" / "test.json"
    rows = [json.loads(line) for line in path.read_text().splitlines()[:60]]
    one_based = load_source(str(_rewrite(tmp_path / "one.jsonl", rows, label=lambda r: r["label"] + 1)))
    assert "count from 1 (detected: values 1..4, though layout hf_multiple_choice usually counts from 0)" in (
        one_based.detected
    )
    as_given = clean(load_source(str(path), limit=60)).mcqs
    assert [m.answer for m in clean(one_based).mcqs] == [m.answer for m in as_given]


def test_medmcqa_original_columns_with_one_based_cop():
    source = load_source(str(DATA / "medmcqa_original.jsonl"))
    assert source.layout == "medmcqa"
    assert "numbers in 'cop' count from 1 (detected: values 1..4)" in source.detected
    result = clean(source)
    originals = [json.loads(line) for line in (DATA / "medmcqa_original.jsonl").read_text().splitlines()]
    assert [m.answer for m in result.mcqs] == [r["op" + "abcd"[r["cop"] - 1]] for r in originals]


def _rewrite(path: Path, rows: list[dict], **changes) -> Path:
    return write_jsonl(path, [{**row, **{k: f(row) for k, f in changes.items()}} for row in rows])


def test_medmcqa_zero_based_cop_is_detected_and_ambiguity_is_refused(tmp_path):
    rows = [json.loads(line) for line in (DATA / "medmcqa_original.jsonl").read_text().splitlines()]
    zero = _rewrite(tmp_path / "zero.jsonl", rows, cop=lambda r: r["cop"] - 1)
    one = clean(load_source(str(DATA / "medmcqa_original.jsonl")))
    assert "count from 0 (detected: values 0..3)" in load_source(str(zero)).detected
    assert [m.answer for m in clean(load_source(str(zero))).mcqs] == [m.answer for m in one.mcqs]
    ambiguous = write_jsonl(tmp_path / "ambiguous.jsonl", [r for r in rows if r["cop"] in (1, 2, 3)])
    with pytest.raises(UserError, match=r"cannot tell whether 'cop' counts from 0 or 1 .*--cop-base"):
        load_source(str(ambiguous))
    forced = clean(load_source(str(ambiguous), cop_base=1))
    assert [m.answer_idx for m in forced.mcqs] == [m.answer_idx for m in one.mcqs if m.answer_idx != "D"]


def test_explicit_column_map_with_option_list_and_answer_text(medqa_dir, tmp_path):
    rows = [json.loads(line) for line in (medqa_dir / "phrases_no_exclude_test.jsonl").open()][:40]
    custom = [
        {
            "stem": r["question"],
            "choices": [f"{k}) {v}" for k, v in r["options"].items()],
            "correct": r["answer"],
        }
        for r in rows
    ]
    path = write_jsonl(tmp_path / "custom.jsonl", custom)
    mapping = {"question": "stem", "options": "choices", "answer": "correct"}
    mapped = clean(load_source(str(path), column_map=mapping))
    original = clean(load_source(str(medqa_dir / "phrases_no_exclude_test.jsonl"), limit=40))
    assert [(m.id, m.answer_idx) for m in mapped.mcqs] == [(m.id, m.answer_idx) for m in original.mcqs]
    with pytest.raises(UserError, match="--map names column 'stem2'"):
        load_source(str(path), column_map={**mapping, "question": "stem2"})


def test_one_column_per_option_through_the_map(tmp_path):
    rows = [{"q": "Which organ makes insulin?", "o1": "Liver", "o2": "Pancreas", "o3": "Spleen", "key": 2}]
    path = write_jsonl(tmp_path / "cols.jsonl", rows)
    mapping = {"question": "q", "options": "o1,o2,o3", "answer_idx": "key"}
    mcq = clean(load_source(str(path), column_map=mapping, cop_base=1)).mcqs[0]
    assert (mcq.options, mcq.answer_idx) == ({"A": "Liver", "B": "Pancreas", "C": "Spleen"}, "B")


def test_parquet_and_csv_go_through_datasets(medqa_dir, tmp_path):
    import datasets

    rows = [json.loads(line) for line in (medqa_dir / "phrases_no_exclude_test.jsonl").open()][:25]
    parquet = tmp_path / "medqa.parquet"
    datasets.Dataset.from_list(rows).to_parquet(str(parquet))
    from_parquet = clean(load_source(str(parquet)))
    from_jsonl = clean(load_source(str(medqa_dir / "phrases_no_exclude_test.jsonl"), limit=25))
    assert [m.id for m in from_parquet.mcqs] == [m.id for m in from_jsonl.mcqs]
    original = [json.loads(line) for line in (DATA / "medmcqa_original.jsonl").read_text().splitlines()]
    csv = tmp_path / "medmcqa.csv"
    datasets.Dataset.from_list(original).to_csv(str(csv), index=False)
    source = load_source(str(csv))
    assert source.layout == "medmcqa" and source.row_unit == "record"
    assert [m.answer for m in clean(source).mcqs] == [
        m.answer for m in clean(load_source(str(DATA / "medmcqa_original.jsonl"))).mcqs
    ]


def test_type_conflicts_only_matter_in_the_columns_the_layout_uses(medqa_dir, tmp_path):
    rows = [json.loads(line) for line in (medqa_dir / "phrases_no_exclude_test.jsonl").open()][:6]
    rows[2]["meta_info"] = 3  # a number among strings, in a column no adapter reads
    rows[4]["answer_idx"] = 2  # a number among letters: Arrow cannot hold both in one column
    source = load_source(str(write_jsonl(tmp_path / "mixed.jsonl", rows)))
    assert [(q.row, q.reason, q.detail) for q in source.unreadable] == [
        (5, "wrong_type", "field 'answer_idx' is number where most rows have string")
    ]
    assert [r.number for r in source.rows] == [1, 2, 3, 4, 6]
    assert source.rows[2].original["meta_info"] == 3  # the original row is kept as it was
