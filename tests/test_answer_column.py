"""Whether an answer column holds letters and option numbers or option texts is read off the whole column
(``layouts.settle_answer_column``): one row alone cannot tell ("A" is a letter and a blood group, 12 an
option number and an option text). Each case here was kept with a wrong gold letter, silently, before."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from cot_synth.clean.validate import clean
from cot_synth.ingest.readers import load_source

COUNTS = [
    ("How many pairs of cranial nerves are there in humans?", ["10", "11", "12", "13"], "12", "C"),
    ("How many chambers does the human heart have?", ["2", "3", "4", "5"], "4", "C"),
    ("How many bones are in the middle ear on one side?", ["1", "2", "3", "4"], "3", "C"),
    ("How many lobes does the right lung have?", ["3", "2", "4", "5"], "3", "A"),
]


def _gold(path: Path, **kwargs) -> list[tuple[str, str]]:
    return [(m.answer_idx, m.answer) for m in clean(load_source(str(path), **kwargs)).mcqs]


def test_number_answers_that_are_option_texts_are_matched_as_texts(tmp_path):
    """An answer 12 among four options is no option number: the column holds texts, and every row's answer
    is matched to its option (read as positions, 4 of the 4 rows were kept with another gold)."""
    path = tmp_path / "counts.jsonl"
    rows = [{"question": q, "options": [int(o) for o in opts], "answer": int(a)} for q, opts, a, _ in COUNTS]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert _gold(path) == [(letter, answer) for _, _, answer, letter in COUNTS]
    table = tmp_path / "counts.csv"
    with open(table, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["question", "A", "B", "C", "D", "answer"])
        writer.writerows([q, *opts, a] for q, opts, a, _ in COUNTS)
    assert _gold(table) == [(letter, answer) for _, _, answer, letter in COUNTS]


def test_letters_and_texts_are_told_apart_by_the_column_not_the_row(tmp_path):
    """A column of letters whose row has letters for options ("K", "D", "C", "A") means the letter; a
    column of texts whose rows' texts are letters (blood groups "A", "B") means the text."""
    vitamins = {
        "question": "Which vitamin is given to every newborn at birth?",
        "options": ["K", "D", "C", "A"],
    }
    ulcer = {
        "question": "Which drug class heals a peptic ulcer fastest?",
        "options": ["H2 blocker", "PPI", "Antacid"],
    }
    path = tmp_path / "letters.jsonl"
    path.write_text(
        json.dumps({**vitamins, "answer": "A"}) + "\n" + json.dumps({**ulcer, "answer": "b"}) + "\n",
        encoding="utf-8",
    )
    assert _gold(path) == [("A", "K"), ("B", "PPI")]
    table = tmp_path / "blood.csv"
    lines = [
        ["question", "A", "B", "C", "D", "answer"],
        ["Which ABO group lacks both A and B antigens on its red cells?", "AB", "O", "A", "B", "O"],
        ["Which ABO group is the universal plasma donor?", "O", "AB", "B", "A", "AB"],
        ["Which ABO group carries only the A antigen on its red cells?", "O", "AB", "B", "A", "A"],
    ]
    with open(table, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(lines)
    assert _gold(table) == [("B", "O"), ("B", "AB"), ("D", "A")]


def test_options_labelled_out_of_order_are_quarantined(tmp_path):
    """ "C. …", "A. …", "B. …", "D. …": an answer letter may mean the label or the position, so the row is
    set apart saying why, not kept with the label left in its text."""
    path = tmp_path / "labelled.jsonl"
    options = ["C. Cisplatin", "A. Bortezomib", "B. Paclitaxel", "D. Vincristine"]
    path.write_text(
        json.dumps({"question": "Which drug cross-links DNA?", "options": options, "answer": "C"}) + "\n",
        encoding="utf-8",
    )
    source = load_source(str(path))
    [held] = clean(source).quarantined
    assert (held.reason, held.detail) == (
        "invalid_options",
        "the options are labelled C, A, B, D: out of order",
    )


def test_a_text_table_answer_column_of_whole_floats_counts_options(tmp_path):
    """pandas writes an int column with a gap as floats ("2.0"): read as text, every row was quarantined."""
    table = tmp_path / "floats.csv"
    with open(table, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["question", "A", "B", "C", "D", "answer"])
        writer.writerows([q, *opts, f"{'ABCD'.index(letter) + 1}.0"] for q, opts, _, letter in COUNTS)
    assert _gold(table, cop_base=1) == [(letter, answer) for _, _, answer, letter in COUNTS]


def test_headers_spelt_otherwise_and_answers_written_loosely_are_read(tmp_path):
    """ "Question", " answer ", lower-case letter columns were refused as an unknown layout; an answer "(c)"
    in a column of letters, or an option's text with another case and a closing stop, was quarantined."""
    table = tmp_path / "sheet.csv"
    with open(table, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Question", "a", "b", "c", "d", " Answer "])
        writer.writerows([q, *opts, f"({letter.lower()})"] for q, opts, _, letter in COUNTS)
    source = load_source(str(table))
    assert source.layout == "letter_columns" and "options=a,b,c,d" in source.detected
    assert _gold(table) == [(letter, answer) for _, _, answer, letter in COUNTS]
    path = tmp_path / "loose.jsonl"
    options = ["Warm compresses", "Ketotifen eye drops", "Erythromycin ointment"]
    path.write_text(
        json.dumps({"Question": "Which treats allergic conjunctivitis?", "Options": options,
                    "Answer": "ketotifen eye drops."}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    assert _gold(path) == [("B", "Ketotifen eye drops")]
