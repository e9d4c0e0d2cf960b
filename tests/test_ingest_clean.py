"""Ingest and clean on the real MedQA files and on broken rows."""

from __future__ import annotations

import pytest

from cot_synth.clean import clean
from cot_synth.errors import UserError
from cot_synth.ingest import BUNDLED_SAMPLE, load_source
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
