"""MCQ layouts: which source columns hold the question, the options and the answer (``ColumnMap``, found by
``detect``), and the one pure adapter that turns a source row into the canonical MCQ fields through that map.

A row that cannot be adapted raises ``RowError`` with a stable reason code, so it is quarantined rather than
lost. Whether integer answers count from 0 or 1, and whether an answer column holds letters or texts, is read
off the whole column here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from cot_synth.errors import UserError
from cot_synth.ingest.option_shapes import decoded, labelled_pairs
from cot_synth.records import LETTERS


class RowError(ValueError):
    """A row that cannot become an MCQ. ``reason`` is a stable code, ``detail`` names the field."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class ColumnMap:
    """Which source columns hold each canonical field.

    ``options`` is one column (a letter → text mapping, or a list of texts, optionally "A. text") or
    one column per option. ``answer_idx`` holds a letter or an option number counted from
    ``index_base``; ``answer`` holds the answer text (used to find the letter when there is no index).
    """

    question: str
    options: tuple[str, ...]
    answer_idx: str | None = None
    answer: str | None = None
    id: str | None = None
    index_base: int | None = None
    question_end: str | None = None  # a column that continues the question (SWAG-style ``sent2``)

    @property
    def columns(self) -> list[str]:
        named = [self.question, self.question_end, *self.options, self.answer_idx, self.answer, self.id]
        return [c for c in named if c is not None]

    def describe(self) -> str:
        question = "+".join(c for c in (self.question, self.question_end) if c)
        parts = [f"question={question}", "options=" + ",".join(self.options)]
        if self.answer_idx:
            parts.append(f"answer_idx={self.answer_idx}")
        if self.answer:
            parts.append(f"answer={self.answer}")
        if self.id:
            parts.append(f"id={self.id}")
        return ", ".join(parts)


def settle_answer_column(columns: ColumnMap, rows: list[dict[str, Any]]) -> ColumnMap:
    """Whether the answer column holds letters and option numbers or option texts, read off the whole column:
    the layout names only a column, and one row alone cannot tell ("A" is a letter, and a blood group).

    A column of answer texts holding only whole numbers within each row's options (``"answer": 2`` beside a
    list of options), or only bare letters ("C", "(c)"), holds positions: it is read as an index, whose base
    ``resolve_index_base`` then settles. A column of letters and numbers with a value that is neither (or a
    number past its row's options) which is one of its row's option texts holds texts ("12" among the options
    "10", "11", "12", "13"; "O" among blood groups): read as positions, its rows would be kept with another
    answer."""
    if columns.answer_idx is None and columns.answer is not None:
        found = [(v, row) for row in rows if (v := row.get(columns.answer)) is not None]
        positions = all(_position(v, row, columns) for v, row in found)
        if found and (positions or all(_letter(v) is not None for v, _ in found)):
            return replace(columns, answer_idx=columns.answer, answer=None)
    elif columns.answer_idx is not None and columns.answer is None:
        for row in rows:
            value = row.get(columns.answer_idx)
            if value is None or _letter(value) is not None or _position(value, row, columns):
                continue
            try:
                texts = {str(_as_text(v)).strip().casefold() for v in _options(row, columns).values()}
            except RowError:
                continue
            if str(value).strip().casefold() in texts:
                return replace(columns, answer=columns.answer_idx, answer_idx=None)
    return columns


def _position(value: Any, row: Mapping[str, Any], columns: ColumnMap) -> bool:
    """A whole number that may count one of the row's options, from 0 or from 1."""
    count = _option_count(row, columns)
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= (count or value)


def _letter(value: Any) -> str | None:
    """The option letter a value is written as ("C", "c", "C.", "(c)", "C)"), or None."""
    if not isinstance(value, str):
        return None
    letter = value.strip().removeprefix("(").rstrip(".)").strip().upper()
    return letter if letter in tuple(LETTERS) else None


def resolve_index_base(
    columns: ColumnMap, layout: str, rows: list[dict[str, Any]], cop_base: int | None, name: str
) -> tuple[ColumnMap, str]:
    """Fix whether integer answers count from 0 or 1: the user's ``--cop-base``, else the data's values, else
    the layout's rule.

    MedMCQA's ``cop`` is 0-based on the hub (0..3) but 1-based in the original release (1..4), and a
    ``label`` or MMLU-style ``answer`` column, 0-based by convention, is 1-based in some exports. A 0 proves
    counting from 0 and a number equal to its row's option count proves counting from 1; when only one of
    them occurs it decides, over the layout's rule too (read by the rule, every other row would be kept with
    its answer shifted by one option). Both, or neither without a rule, are ambiguous: the user must say.
    """
    if columns.answer_idx is None:
        return columns, ""
    column, rule = columns.answer_idx, columns.index_base
    if cop_base is not None:  # the user's word over the data and the layout's rule
        return _with_base(columns, cop_base), f"; numbers in '{column}' count from {cop_base} (--cop-base)"
    numbered = [(n, row) for row in rows if (n := _as_number(row.get(column))) is not None]
    if not numbered:
        return columns, ""
    zero = any(n == 0 for n, _ in numbered)
    last = any(n == _option_count(row, columns) for n, row in numbered)
    span = f"values {min(n for n, _ in numbered)}..{max(n for n, _ in numbered)}"
    if zero and last:
        raise UserError(
            f"{name}: '{column}' holds both 0 and a row's last option number ({span}); set --cop-base 0 or 1 "
            f"(layout {layout})"
        )
    if zero or last:
        base = 0 if zero else 1
        usual = f", though layout {layout} usually counts from {rule}" if rule not in (None, base) else ""
        note = f"; numbers in '{column}' count from {base} (detected: {span}{usual})"
        return _with_base(columns, base), note
    if rule is not None:
        return columns, f"; numbers in '{column}' count from {rule} (the layout's rule)"
    raise UserError(
        f"{name}: cannot tell whether '{column}' counts from 0 or 1 ({span}); set --cop-base 0 or 1"
    )


def _option_count(row: Mapping[str, Any], columns: ColumnMap) -> int | None:
    """How many options the adapter reads from a source row, or None if it cannot read them."""
    try:
        return len(_options(row, columns))
    except RowError:
        return None


def _as_number(value: Any) -> int | None:
    """An option number as the adapter reads it ("2" and 2.0 count too), else None (letters, junk)."""
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _with_base(columns: ColumnMap, base: int) -> ColumnMap:
    return replace(columns, index_base=base)


_LABELLED = re.compile(r"\(?([A-Ea-e])\s*[.):]\s+(.*)", re.S)


def _option_list(values: list[Any]) -> dict[str, Any]:
    """Letter the options of a list; "A. text" prefixes are taken off when they letter it A, B, C…."""
    while values and _unused(values[-1]):  # a 4-option row in a file with a fifth option column
        values = values[:-1]
    if len(values) > len(LETTERS):
        raise RowError("too_many_options", f"{len(values)} options, at most {len(LETTERS)} are supported")
    labels = [_LABELLED.fullmatch(v.strip()) if isinstance(v, str) else None for v in values]
    if values and all(labels):
        written = "".join(m.group(1).upper() for m in labels)
        if written == LETTERS[: len(values)]:
            values = [m.group(2) for m in labels]
        elif sorted(written) == list(LETTERS[: len(values)]):  # an answer letter may mean either order
            raise RowError("invalid_options", f"the options are labelled {', '.join(written)}: out of order")
    return {LETTERS[i]: v for i, v in enumerate(values)}


def _options(row: Mapping[str, Any], columns: ColumnMap) -> dict[str, Any]:
    if len(columns.options) > 1:
        return _option_list([row.get(c) for c in columns.options])
    column = columns.options[0]
    value = decoded(row.get(column))
    if value is None:
        raise RowError("missing_field", f"field '{column}' is missing")
    if isinstance(value, list | tuple) and (pairs := labelled_pairs(value)) is not None:
        value = pairs
    elif isinstance(value, list | tuple):
        return _option_list(list(value))
    if not isinstance(value, Mapping):
        raise RowError("wrong_type", f"field '{column}' is {type(value).__name__}, expected options")
    # None is a struct column's unused key (a 4-option row beside 5-option ones), and so is a blank last
    # option ("E": ""); a gap is checked below
    given = [(str(k).strip().upper(), k) for k, v in value.items() if v is not None]
    while given and _unused(value[max(given)[1]]):
        given.remove(max(given))
    options = {key: value[raw] for key, raw in given}
    strange = [k for k in options if k not in LETTERS]
    if strange:
        raise RowError("invalid_options", f"field '{column}' has key '{strange[0]}', expected letters A–E")
    if len(options) < len(given):  # "A" and "a": one would silently replace the other
        twins = sorted(repr(raw) for key, raw in given if [k for k, _ in given].count(key) > 1)
        raise RowError("invalid_options", f"field '{column}' has keys {' and '.join(twins)} for one letter")
    letters = "".join(sorted(options))
    if letters != LETTERS[: len(letters)]:
        gap = next(x for x in LETTERS if x not in options)
        detail = f"field '{column}' has no option {gap} (missing or null) before {letters[-1]}"
        raise RowError("invalid_options", detail)
    return dict(sorted(options.items()))


def _unused(option: Any) -> bool:
    """An option slot a shorter row leaves empty: null, or blank text."""
    return option is None or (isinstance(option, str) and not option.strip())


def _answer_letter(value: Any, columns: ColumnMap, count: int) -> str:
    """A letter as given, or an option number turned into its letter (counted from the map's base)."""
    column = columns.answer_idx
    if (letter := _letter(value)) is not None:
        return letter
    number = _as_number(value)
    if number is None:
        kind = f"'{value}'" if isinstance(value, str) else type(value).__name__
        if isinstance(value, str) and len(value.strip()) == 1 and not value.strip().isascii():
            kind += f" ({unicodedata.name(value.strip(), 'an unnamed character')}, not a Latin letter)"
        raise RowError(
            "invalid_answer_idx" if isinstance(value, str) else "wrong_type",
            f"field '{column}' is {kind}, expected a letter or an option number",
        )
    index = number - (columns.index_base or 0)
    if not 0 <= index < count:
        raise RowError("answer_not_in_options", f"field '{column}' is {value}, there are {count} options")
    return LETTERS[index]


def _as_text(value: Any) -> Any:
    """A number where text belongs (an option 12, or the answer 12 among them) as text; else as it is."""
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


def adapt(row: Mapping[str, Any], columns: ColumnMap) -> dict[str, Any]:
    """Canonical fields of one row through its column map; the answer letter may still be unknown
    (``None``) when the source gives only the answer text, which ``clean`` matches after normalising."""
    options = _options(row, columns)
    options = {k: _as_text(v) for k, v in options.items()}
    letter = None
    if columns.answer_idx is not None:
        value = row.get(columns.answer_idx)
        if value is None:
            raise RowError("missing_field", f"field '{columns.answer_idx}' is missing")
        letter = _answer_letter(value, columns, len(options))
    answer = _as_text(row.get(columns.answer)) if columns.answer else None
    if letter is None and answer is None:
        raise RowError("missing_field", f"field '{columns.answer}' is missing")
    source_id = row.get(columns.id) if columns.id else None
    question, end = row.get(columns.question), row.get(columns.question_end) if columns.question_end else None
    if isinstance(question, str) and isinstance(end, str) and end.strip():
        question = f"{question.rstrip()} {end.strip()}"
    return {
        "question": question,
        "options": options,
        "answer_idx": letter,
        "answer": answer,
        "source_id": None if source_id is None else str(source_id),
    }
