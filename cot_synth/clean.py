"""Turn adapted rows into validated MCQs; quarantine every row that fails, with its reason.

Nothing is dropped silently: each source row ends up either as an ``MCQ`` or as a ``Quarantined`` record
naming the row number, the field and a stable reason code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import jsonschema

from cot_synth.ingest import RowError, Source
from cot_synth.records import MCQ, MCQ_SCHEMA, Quarantined, mcq_id

_VALIDATOR = jsonschema.Draft202012Validator(MCQ_SCHEMA)


@dataclass
class CleanResult:
    mcqs: list[MCQ] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)


def to_mcq(fields: dict, meta: dict) -> MCQ:
    """Validate adapted fields against the one MCQ schema and build the record."""
    error = jsonschema.exceptions.best_match(_VALIDATOR.iter_errors(fields))
    if error is not None:
        where = ".".join(str(p) for p in error.absolute_path) or "row"
        raise RowError(
            "invalid_" + (str(error.absolute_path[0]) if error.absolute_path else "row"),
            f"{where}: {error.message}",
        )
    options = fields["options"]
    letter = fields["answer_idx"]
    if letter not in options:
        raise RowError("answer_not_in_options", f"answer_idx '{letter}' is not one of {', '.join(options)}")
    answer = fields.get("answer")
    if answer is not None and answer.strip() != options[letter].strip():
        raise RowError(
            "answer_mismatch", f"answer '{answer}' differs from option {letter} '{options[letter]}'"
        )
    return MCQ(
        mcq_id(fields["question"], options), fields["question"], options, letter, options[letter], meta
    )


def clean(source: Source) -> CleanResult:
    result = CleanResult()
    for number, row in enumerate(source.rows, start=1):  # 1-based: the line number in a JSONL file
        meta = {"source": source.name, "layout": source.layout, "row": number, "original": row}
        try:
            result.mcqs.append(to_mcq(source.adapter(row), meta))
        except RowError as exc:
            result.quarantined.append(Quarantined(number, source.name, exc.reason, exc.detail, row))
    return result
