"""Which known layout a source's columns are: MedQA, MedMCQA, Hugging Face style, MMLU-style ``choices``,
spreadsheet letter columns, detected from the column names (as written, or as the layouts spell them:
"Question", " answer ", "a".."d"); anything else is mapped explicitly (``--map``).
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Mapping
from dataclasses import replace

from cot_synth.errors import UserError
from cot_synth.ingest.layouts import ColumnMap


# Known layouts: (columns that identify it, columns it must not have, how to build its map).
def _medqa(columns: list[str]) -> ColumnMap:
    answer = "answer" if "answer" in columns else None
    return ColumnMap("question", ("options",), "answer_idx", answer, _id_column(columns))


def _answer_text(columns: list[str]) -> ColumnMap:
    return ColumnMap("question", ("options",), None, "answer", _id_column(columns))


def _hf(columns: list[str]) -> ColumnMap:
    endings = tuple(sorted((c for c in columns if re.fullmatch(r"ending\d", c)), key=lambda c: int(c[6:])))
    end = "sent2" if "sent2" in columns else None  # "" in MedQA's hub copy; the stem's end elsewhere
    return ColumnMap("sent1", endings, "label", None, _id_column(columns), index_base=0, question_end=end)


def _medmcqa(columns: list[str]) -> ColumnMap:
    options = tuple(c for c in ("opa", "opb", "opc", "opd", "ope") if c in columns)
    return ColumnMap("question", options, "cop", None, _id_column(columns))


def _choices(columns: list[str]) -> ColumnMap:
    """MMLU and most hub MCQ sets: ``choices`` a list of texts, ``answer`` its 0-based index (or a letter)."""
    return ColumnMap("question", ("choices",), "answer", None, _id_column(columns), index_base=0)


def _letter_columns(columns: list[str]) -> ColumnMap:
    """A spreadsheet's layout: one column per option named by its letter; the answer a letter or a number
    in ``answer_idx`` (with its text in ``answer``, if any), else in ``answer``."""
    # every letter column in a row from A, those past E too: a row that fills them is quarantined as
    # too_many_options, not read without its sixth option
    options = tuple(itertools.takewhile(lambda c: c in columns, string.ascii_uppercase))
    if "answer_idx" in columns:
        answer = "answer" if "answer" in columns else None
        return ColumnMap("question", options, "answer_idx", answer, _id_column(columns))
    return ColumnMap("question", options, "answer", None, _id_column(columns))


def _id_column(columns: list[str]) -> str | None:
    return next((c for c in ("id", "realidx") if c in columns), None)


LAYOUTS = {
    "medqa": ({"question", "options", "answer_idx"}, set(), _medqa),
    "medqa_answer_text": ({"question", "options", "answer"}, {"answer_idx"}, _answer_text),
    "hf_multiple_choice": ({"sent1", "ending0", "ending1", "label"}, set(), _hf),
    "medmcqa": ({"question", "opa", "opb", "cop"}, set(), _medmcqa),
    "choices": ({"question", "choices", "answer"}, {"options"}, _choices),
    "letter_columns": (
        {"question", "A", "B", "answer"},
        {"options", "choices", "answer_idx"},
        _letter_columns,
    ),
    "letter_columns_answer_idx": (
        {"question", "A", "B", "answer_idx"},
        {"options", "choices"},
        _letter_columns,
    ),
}


SHOWN_COLUMNS = 12  # of an unknown layout's columns in its error (a document keyed by 1,000 ids has 1,000)


def detect_layout(columns: list[str], name: str) -> tuple[str, ColumnMap]:
    """Pick the one layout whose columns are present, as written or else as spelt in the layouts ("Question",
    " answer ", "Answer Idx", "a".."d" read as question, answer, answer_idx, A..D); refuse clearly if none
    or several fit."""
    present = set(columns)
    fits = _fits(present)
    spelt = {_layout_spelling(c): c for c in columns}
    if not fits and len(spelt) == len(present) and set(spelt) != present:
        respelt = _fits(set(spelt))
        if len(respelt) == 1:
            return respelt[0], _renamed(LAYOUTS[respelt[0]][2](list(spelt)), spelt)
    if len(fits) == 1:
        return fits[0], LAYOUTS[fits[0]][2](columns)
    if fits:
        raise UserError(f"{name}: columns fit several layouts ({', '.join(fits)}); choose with --map")
    known = "; ".join(f"{k}: {', '.join(sorted(v[0]))}" for k, v in LAYOUTS.items())
    shown = sorted(present)[:SHOWN_COLUMNS] + (
        [f"… {len(present) - SHOWN_COLUMNS} more"] if len(present) > SHOWN_COLUMNS else []
    )
    raise UserError(
        f"{name}: unknown column layout {shown} (known layouts: {known}); "
        "map the columns with --map question=COL --map options=COL --map answer=COL"
    )


def _fits(present: set[str]) -> list[str]:
    return [k for k, (needs, excludes, _) in LAYOUTS.items() if needs <= present and not excludes & present]


def _layout_spelling(column: str) -> str:
    """A column's name as the layouts spell theirs: a letter upper-case, any other word lower-case, with
    underscores between words."""
    name = column.strip()
    return name.upper() if len(name) == 1 and name.isalpha() else re.sub(r"[\s-]+", "_", name).lower()


def _renamed(canonical: ColumnMap, columns: dict[str, str]) -> ColumnMap:
    """``canonical``'s columns by the names the source gives them."""

    def name(column: str | None) -> str | None:
        return None if column is None else columns[column]

    return replace(
        canonical,
        question=columns[canonical.question],
        options=tuple(columns[c] for c in canonical.options),
        answer_idx=name(canonical.answer_idx),
        answer=name(canonical.answer),
        id=name(canonical.id),
        question_end=name(canonical.question_end),
    )


def map_columns(mapping: Mapping[str, str], columns: list[str], name: str) -> ColumnMap:
    """Build a ColumnMap from ``--map`` pairs (fields checked by CleanOptions), checking the columns exist."""
    for needed in ("question", "options"):
        if needed not in mapping:
            raise UserError(f"--map needs {needed}=COLUMN")
    if "answer" not in mapping and "answer_idx" not in mapping:
        raise UserError("--map needs answer=COLUMN (answer text) or answer_idx=COLUMN (letter or number)")
    options = tuple(c.strip() for c in mapping["options"].split(",") if c.strip())
    if not options:
        raise UserError("--map options= names no column: give one column (a list or dict) or A,B,C,… columns")
    columns_map = ColumnMap(
        mapping["question"], options, mapping.get("answer_idx"), mapping.get("answer"), mapping.get("id")
    )
    missing = [c for c in columns_map.columns if c not in columns]
    if missing:
        raise UserError(f"{name}: --map names column '{missing[0]}', but the columns are {sorted(columns)}")
    return columns_map
