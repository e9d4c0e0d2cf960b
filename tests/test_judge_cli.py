"""``python -m cot_synth judge`` as a user runs it: real subprocesses on real files, no model."""

from __future__ import annotations

import json
from collections import Counter

from benchmarks.bench_judge import LABELLED as FOLDER
from tests.conftest import run_cli, write_jsonl
from tests.test_judging import MCQ_D, REASONING

GOOD = REASONING + "\nThe correct answer is D: Nitrofurantoin"


LABELLED = FOLDER / "dev_original.jsonl"


def _verdicts(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_judges_the_labelled_set_one_row_per_input_in_order(tmp_path):
    result = run_cli("judge", "--input", str(LABELLED), "--out", "verdicts.jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    labelled = [json.loads(line) for line in LABELLED.read_text().splitlines()]
    verdicts = _verdicts(tmp_path / "verdicts.jsonl")
    assert [v["id"] for v in verdicts] == [r["id"] for r in labelled]
    assert [v["row"] for v in verdicts] == list(range(1, len(labelled) + 1))
    assert all({"id", "accepted", "extracted_answer", "reasons"} <= v.keys() for v in verdicts)
    accepted = sum(v["accepted"] for v in verdicts)
    counts = Counter(code for v in verdicts for code in v["reasons"])
    mix = ", ".join(f"{code} {n}" for code, n in counts.most_common())
    assert result.stdout.strip() == (
        f"rows {len(labelled)} · accepted {accepted} · rejected {len(labelled) - accepted} · reasons: {mix}"
    )
    hinted = next(v for v, r in zip(verdicts, labelled, strict=True) if r["mode"] == "hinted")
    assert hinted["mode"] == "hinted"


def test_bad_rows_get_a_reason_in_place_never_a_traceback(tmp_path):
    good = {"id": "ok", **MCQ_D.to_json(), "trace": GOOD}
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({"id": "no-trace", **MCQ_D.to_json()}),
        json.dumps({"id": "no-options", "question": "Q?", "answer_idx": "A", "trace": GOOD}),
        json.dumps({"id": "bad-mode", **MCQ_D.to_json(), "trace": GOOD, "mode": "peeking"}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"mcq": MCQ_D.to_json(), "trace": GOOD, "mode": "hinted"}),  # accepted.jsonl layout
        json.dumps({"id": "odd-finish", **MCQ_D.to_json(), "trace": GOOD, "finish_reason": "banana"}),
        json.dumps({"id": "cut", **MCQ_D.to_json(), "trace": GOOD, "finish_reason": "MAX_TOKENS"}),
        json.dumps({"id": "twice", **MCQ_D.to_json(), "trace": GOOD}).replace(
            '"answer_idx"', '"answer_idx": "A", "answer_idx"'
        ),
    ]
    data = ("\n".join(lines) + "\n").encode() + b'{"id": "latin-1", "trace": "caf\xe9"}\n'
    (tmp_path / "traces.jsonl").write_bytes(data)
    result = run_cli("judge", "--input", "traces.jsonl", "--out", "v.jsonl", cwd=tmp_path)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    rows = _verdicts(tmp_path / "v.jsonl")
    assert [r["row"] for r in rows] == [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12], "blank lines are not rows"
    assert rows[0]["accepted"] and rows[0]["extracted_answer"] == "D"
    errors = {r["row"]: r["error"] for r in rows if r["reasons"] == ["invalid_row"]}
    assert errors[2].startswith("not valid JSON")
    assert errors[3] == "field 'trace': missing or not a string"
    assert errors[4] == "row: 'options' is a required property"
    assert errors[5] == "field 'mode': 'peeking' is not one of blind, hinted"
    assert errors[7] == "not a JSON object"
    assert rows[6]["accepted"] and rows[6]["id"] == MCQ_D.id and rows[6]["mode"] == "hinted"
    assert errors[9].startswith("field 'finish_reason': 'banana' is not one of content_filter, end_turn")
    assert rows[8]["reasons"] == ["truncated"]  # another API's word for the token limit, in capitals
    assert errors[11] == "key 'answer_idx' appears twice in one object"  # not read as its last value
    assert (
        errors[12] == "not UTF-8 text (invalid continuation byte at byte 31 of the line)"
    )  # the rest judged
    assert result.stdout.startswith("rows 11 · accepted 2 · rejected 9 · reasons: invalid_row 8, truncated 1")


def test_user_mistakes_are_one_line_errors(tmp_path):
    missing = run_cli("judge", "--input", "nope.jsonl", "--out", "v.jsonl", cwd=tmp_path)
    assert missing.returncode == 2 and missing.stderr.strip() == "error: --input nope.jsonl: no such file"
    (tmp_path / "binary.jsonl").write_bytes(b"\xff\xfe\x00")
    binary = run_cli("judge", "--input", "binary.jsonl", "--out", "v.jsonl", cwd=tmp_path)
    assert binary.returncode == 2 and binary.stderr.startswith("error: --input binary.jsonl: not UTF-8 text")
    write_jsonl(tmp_path / "t.jsonl", [{**MCQ_D.to_json(), "trace": GOOD}])
    (tmp_path / "adir").mkdir()
    into_dir = run_cli("judge", "--input", "t.jsonl", "--out", "adir", cwd=tmp_path)
    assert into_dir.returncode == 2 and "--out adir: is a directory" in into_dir.stderr
    under_a_file = run_cli("judge", "--input", "t.jsonl", "--out", "t.jsonl/v.jsonl", cwd=tmp_path)
    assert (
        under_a_file.returncode == 2
        and "cannot make its folder t.jsonl (a file is in the way)" in under_a_file.stderr
    )  # at once
    bad_judges = run_cli("judge", "--input", "t.jsonl", "--out", "v.jsonl", "--judges", "adir", cwd=tmp_path)
    assert bad_judges.returncode == 2 and bad_judges.stderr.strip().endswith("missing 'rules.yaml'")
    (tmp_path / "empty.jsonl").write_text("\n  \n")
    empty = run_cli("judge", "--input", "empty.jsonl", "--out", "v.jsonl", cwd=tmp_path)
    assert empty.returncode == 2 and "no rows (the file is empty)" in empty.stderr
    (tmp_path / "items.csv").write_text("question,A,B,answer\nWhich?,x,y,A\n")
    csv_file = run_cli("judge", "--input", "items.csv", "--out", "v.jsonl", cwd=tmp_path)
    assert csv_file.returncode == 2 and "no line is JSON (line 1: not valid JSON" in csv_file.stderr
    unused = run_cli("judge", "--input", "t.jsonl", "--out", "v.jsonl", "--concurrency", "-5", cwd=tmp_path)
    assert unused.returncode == 2 and unused.stderr.strip() == (
        "error: --concurrency: only a model judge uses this; add --llm-judge or --sufficiency, "
        "or leave it out"
    )
    asked = run_cli(
        "judge", "--input", "t.jsonl", "--out", "v.jsonl", "--llm-judge", "--concurrency", "-5", cwd=tmp_path
    )
    assert asked.returncode == 2 and asked.stderr.strip() == "error: --concurrency must be at least 1"
    assert not (tmp_path / "v.jsonl").exists()
    for result in (missing, binary, into_dir, bad_judges, empty, csv_file, unused, asked):
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_a_row_is_one_line_feed_whatever_unicode_breaks_its_trace_holds(tmp_path):
    good = {**MCQ_D.to_json(), "trace": GOOD}
    broken = {**MCQ_D.to_json(), "trace": GOOD.replace(". ", ".\u2028", 1).replace(". ", ".\u0085", 1)}
    deep = '{"trace": ' + "[" * 100_000 + "]" * 100_000 + "}"
    text = "\ufeff" + "\n".join([json.dumps(good), json.dumps(broken, ensure_ascii=False), deep]) + "\n"
    (tmp_path / "traces.jsonl").write_text(text, encoding="utf-8")
    result = run_cli("judge", "--input", "traces.jsonl", "--out", "v.jsonl", cwd=tmp_path)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    rows = _verdicts(tmp_path / "v.jsonl")
    assert [(r["row"], r["accepted"]) for r in rows] == [(1, True), (2, True), (3, False)]
    assert rows[2]["error"] == "not valid JSON (nested too deeply to read)"


def test_rows_are_read_in_the_forms_prepare_reads(tmp_path):
    item = MCQ_D.to_json()
    as_list = {**item, "options": list(item["options"].values()), "answer_idx": "d", "trace": GOOD}
    gap = {**item, "options": {k: v for k, v in item["options"].items() if k != "B"}, "trace": GOOD}
    number = {**item, "answer_idx": 3, "trace": GOOD}
    write_jsonl(tmp_path / "t.jsonl", [as_list, gap, number])
    result = run_cli("judge", "--input", "t.jsonl", "--out", "v.jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = _verdicts(tmp_path / "v.jsonl")
    assert rows[0]["accepted"] and rows[0]["extracted_answer"] == "D"
    assert rows[1]["error"].startswith("field 'options' has no option B")
    assert rows[2]["error"] == "field 'answer_idx': a number; give the answer's letter"
