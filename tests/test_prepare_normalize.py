"""Text cleaning on the oddities audited in the real MedQA files (see ../shared/data/medqa/SOURCE.md)."""

from __future__ import annotations

import json

import pytest

from cot_synth.clean.text import clean_text

TRAIN = "phrases_no_exclude_train.reconstructed.jsonl"


@pytest.fixture(scope="module")
def train_rows(medqa_dir) -> list[dict]:
    return [json.loads(line) for line in (medqa_dir / TRAIN).open(encoding="utf-8")]


def test_cyrillic_look_alikes_become_latin(train_rows):
    text, fixes = clean_text(train_rows[1889]["question"])
    assert text.startswith("A 60-year-old Hispanic man presents to the office for a regular health checkup.")
    assert not any("\u0400" <= c <= "\u04ff" for c in text)
    assert "homoglyph" in fixes


def test_soft_hyphen_and_stray_marks_are_removed(train_rows):
    soft, fixes = clean_text(train_rows[9450]["question"])  # SOURCE.md: one soft hyphen, in row 9450
    assert "\u00ad" in train_rows[9450]["question"] and "\u00ad" not in soft
    assert "101.8°F" in soft and "invisible" in fixes
    marks, _ = clean_text(train_rows[4895]["question"])  # two Arabic vowel signs before "A 22-month-old"
    assert marks.startswith("A 22-month-old girl")


def test_degree_written_as_ordinal_or_ring(train_rows):
    text, fixes = clean_text(train_rows[680]["question"])
    assert "36.9°C (98.4°F)" in text and "º" not in text and "compat_form" in fixes


def test_latin_look_alikes_of_greek_letters(train_rows):
    assert clean_text(train_rows[3950]["options"]["B"], one_line=True)[0] == "Interferon α"
    assert "γ-GT" in clean_text(train_rows[6938]["question"])[0]


def test_lab_tables_keep_their_lines_and_options_fold_to_one_line(train_rows):
    row = next(r for r in train_rows if "\n\n" in r["question"])
    text, _ = clean_text(row["question"])
    assert text.count("\n") >= 3 and "\n\n\n" not in text and "  " not in text
    option = next(v for r in train_rows for v in r["options"].values() if v.endswith('\n"'))
    folded, fixes = clean_text(option, one_line=True)
    assert "\n" not in folded and not folded.endswith('"') and "stray_quote" in fixes


@pytest.mark.parametrize(
    "text",
    [
        "Доктор осмотрел пациента",  # real Cyrillic text stays Cyrillic
        "α-blockers and β2-agonists; 10³ cells/mm³; TNF-α",  # Greek letters and superscripts are meaning
        "Serum K+ 4.3 mEq/L\nNa+ 139 mEq/L",  # already clean
        "Café-au-lait spots",  # composed accents stay
    ],
)
def test_meaningful_text_is_left_alone(text):
    assert clean_text(text) == (text, frozenset())


def test_compatibility_forms_and_unicode_spaces():
    text, fixes = clean_text("ﬁbrosis\u200b at 37\u2009°C,\u00a0non\u2011specific\r\n\r\n\r\n next\tline ")
    assert text == "fibrosis at 37 °C, non-specific\n\nnext line"
    assert fixes == {"compat_form", "invisible", "whitespace"}
    assert clean_text("Cafe\u0301")[0] == "Café"  # NFC


@pytest.mark.parametrize("separator", ["\x0b", "\x0c", "\x85", "\x1c", "\x1f", "\u2028"])
def test_controls_that_separate_words_become_a_space_not_nothing(separator):
    """A vertical tab is Excel's line break inside a cell; deleted, it glued "physician.During" and
    "A39-year-old" together. Separating controls become a space, as Unicode's own line separator does;
    a control that separates nothing (a bell) is still dropped."""
    text, fixes = clean_text(f"seen by a physician.{separator}During the visit, a{separator}39-year-old")
    assert text == "seen by a physician. During the visit, a 39-year-old" and fixes == {"whitespace"}
    assert clean_text("poly\x07uria") == ("polyuria", frozenset({"invisible"}))
