"""Turn adapted rows into validated MCQs; quarantine every row that fails, with its reason.

Nothing is dropped silently: each source row ends up either as an ``MCQ`` or as a ``Quarantined`` record
naming the row number, the field and a stable reason code. Texts are cleaned (``normalize``) before
validation and before the id is computed, so a question typed with Cyrillic look-alikes gets the same id,
and is caught as the same item, as its Latin twin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from cot_synth.clean.text import clean_text
from cot_synth.ingest.layouts import RowError, adapt
from cot_synth.ingest.readers import Source
from cot_synth.record_schemas import MCQ_SCHEMA
from cot_synth.records import MCQ, Quarantined, mcq_id
from cot_synth.schemas import first_error


def schema_error(fields: dict[str, Any]) -> RowError | None:
    """The error to quarantine a row with if it breaks MCQ_SCHEMA, else None."""
    if (error := first_error(MCQ_SCHEMA, fields)) is None:
        return None
    field = str(error.path[0]) if error.path else "row"
    return RowError(f"invalid_{field}", f"{error.where('.', 'row')}: {error.message}")


@dataclass
class CleanResult:
    mcqs: list[MCQ] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)


def normalize_fields(fields: dict[str, Any]) -> tuple[dict[str, Any], frozenset[str]]:
    """Clean every text field (options and answer are one line); non-text values are left for the schema."""
    fixes: set[str] = set()

    def fix(value: Any, one_line: bool) -> Any:
        if not isinstance(value, str):
            return value
        text, kinds = clean_text(value, one_line)
        fixes.update(kinds)
        return text

    cleaned = dict(fields)
    for key, one_line in (("question", False), ("answer", True)):
        if key in cleaned:
            cleaned[key] = fix(cleaned[key], one_line)
    if isinstance(cleaned.get("options"), dict):
        cleaned["options"] = {k: fix(v, True) for k, v in cleaned["options"].items()}
    return cleaned, frozenset(fixes)


def answer_letter(options: dict[str, Any], answer: str) -> str:
    """The letter of the one option whose text is the answer, else the letter the answer names itself
    (``named_letter``)."""
    key = answer.casefold()
    matches = [k for k, v in options.items() if isinstance(v, str) and v.casefold() == key]
    if not matches:  # "Ketotifen eye drops." for "Ketotifen eye drops": the same words, a stop apart
        key = _loosely(answer)
        matches = [k for k, v in options.items() if isinstance(v, str) and _loosely(v) == key]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise RowError("ambiguous_answer", f"answer '{answer}' is the text of options {', '.join(matches)}")
    letter = named_letter(options, answer)
    if letter is None:
        raise RowError("answer_not_in_options", f"answer '{answer}' is not the text of any option")
    return letter


def _loosely(text: str) -> str:
    """A text as an answer may repeat its option: case, spacing and closing punctuation aside."""
    return " ".join(text.casefold().split()).rstrip(" .;,!")


_LABELLED = re.compile(r"\(?([A-Za-z])\s*[.):]\s*(.*)", re.S)


def named_letter(options: dict[str, Any], answer: str) -> str | None:
    """The option an answer names by its letter: a bare letter ("C", "c.", "(C)") or the option labelled
    with its text ("C. Ulnar nerve", "(C) Ulnar nerve"); None when it names none (sources give the answer
    either way, and an answer column of letters beside the options is a common CSV layout)."""
    text = answer.strip()
    if (labelled := _LABELLED.fullmatch(text)) is not None:
        letter, rest = labelled.group(1).upper(), labelled.group(2).strip()
        named = isinstance(options.get(letter), str) and (
            not rest or rest.casefold() == options[letter].casefold()
        )
        return letter if named else None
    letter = text.upper()
    return letter if letter in options else None


def to_mcq(fields: dict[str, Any], meta: dict[str, Any]) -> MCQ:
    """Clean the adapted fields, validate them against the one MCQ schema and build the record."""
    fields, fixes = normalize_fields(fields)
    if (
        fields.get("answer_idx") is None
        and isinstance(fields.get("answer"), str)
        and isinstance(fields.get("options"), dict)
    ):
        fields["answer_idx"] = answer_letter(fields["options"], fields["answer"])
    checked = {k: fields[k] for k in ("question", "options", "answer_idx", "answer") if k in fields}
    error = schema_error(checked)
    if error is not None:
        raise error
    options = fields["options"]
    letter = fields["answer_idx"]
    if letter not in options:
        raise RowError("answer_not_in_options", f"answer_idx '{letter}' is not one of {', '.join(options)}")
    answer = fields.get("answer")
    if (
        answer is not None
        and _loosely(answer) != _loosely(options[letter])
        and (named_letter(options, answer) != letter)
    ):
        raise RowError(
            "answer_mismatch", f"answer '{answer}' differs from option {letter} '{options[letter]}'"
        )
    meta = {**meta, "fixes": sorted(fixes)}
    if fields.get("source_id") is not None:
        meta["source_id"] = fields["source_id"]
    return MCQ(
        mcq_id(fields["question"], options), fields["question"], options, letter, options[letter], meta
    )


def clean(source: Source) -> CleanResult:
    """Adapt and validate every row; a source id seen before with other content is quarantined too."""
    result = CleanResult(quarantined=list(source.unreadable))
    first_seen: dict[str, tuple[int, str]] = {}
    for item in source.rows:
        meta = {"source": source.name, "layout": source.layout, "row": item.number, "original": item.original}
        try:
            mcq = to_mcq(adapt(item.row, source.columns), meta)
            source_id = mcq.meta.get("source_id")
            if source_id is not None:
                row, first_id = first_seen.setdefault(source_id, (item.number, mcq.id))
                if row != item.number and first_id != mcq.id:
                    raise RowError("duplicate_id", f"id '{source_id}' is also row {row}, with other content")
            result.mcqs.append(mcq)
        except RowError as exc:
            result.quarantined.append(
                Quarantined(item.number, source.name, exc.reason, exc.detail, item.original)
            )
    result.quarantined.sort(key=lambda q: q.row)
    return result
