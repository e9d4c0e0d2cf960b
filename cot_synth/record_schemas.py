"""JSON Schemas of the data contracts in ``records``: a canonical MCQ, the demonstrations file, and what each
record file's rows and each manifest must hold for the commands that read them (checked with
``schemas.first_error``)."""

from __future__ import annotations

from typing import Any

from cot_synth.records import LETTERS

# JSON Schema of a canonical MCQ after adaptation: every ingested row must validate against it.
MCQ_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["question", "options", "answer_idx"],
    "properties": {
        "question": {"type": "string", "pattern": r"\S"},
        "options": {
            "type": "object",
            "minProperties": 2,
            "propertyNames": {"enum": list(LETTERS)},
            "additionalProperties": {"type": "string", "pattern": r"\S"},
        },
        "answer_idx": {"type": "string", "enum": list(LETTERS)},
        "answer": {"type": ["string", "null"]},
    },
}


# prompts/examples.yaml: demonstration turns (few-shot) per attempt mode, each a small MCQ and its trace.
DEMONSTRATIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        mode: {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["question", "options", "answer_idx", "trace"],
                "additionalProperties": False,
                "properties": {
                    **MCQ_SCHEMA["properties"],
                    "trace": {"type": "string", "pattern": r"\S"},
                },
            },
        }
        for mode in ("blind", "hinted")
    },
}


def _record(required: dict[str, Any]) -> dict[str, Any]:
    """An object schema that requires each named field, of its schema; other fields go."""
    return {"type": "object", "required": list(required), "properties": required}


_TEXT, _COUNT, _OBJECT = {"type": "string"}, {"type": "integer"}, {"type": "object"}
_CODES = {"type": "array", "items": _TEXT}
_MCQ_RECORD = _record({"id": _TEXT, "question": _TEXT, "options": _OBJECT, "answer_idx": _TEXT})
_VERDICT = _record({"accepted": {"type": "boolean"}, "reasons": _CODES})
_ATTEMPT = {"mode": _TEXT, "index": _COUNT, "text": _TEXT}
# What ``report``, ``export``, ``merge`` and ``audit`` read of each record file's rows (``Sample``,
# ``Rejection``, ``Quarantined``, ``Removed``): a row edited or damaged into another shape is named, not a
# traceback deep in a report.
SAMPLE_ROW_SCHEMA = _record(
    {
        "id": _TEXT,
        "mcq": _MCQ_RECORD,
        "trace": _TEXT,
        "attempt": _record(_ATTEMPT),
        "verdict": _VERDICT,
        "provenance": _OBJECT,
    }
)
REJECTION_ROW_SCHEMA = _record(
    {
        "id": _TEXT,
        "mcq": _MCQ_RECORD,
        "reasons": _CODES,
        "attempts": {"type": "array", "items": _record({**_ATTEMPT, "verdict": _VERDICT})},
    }
)
QUARANTINED_ROW_SCHEMA = _record({"row": _COUNT, "source": _TEXT, "reason": _TEXT, "detail": _TEXT})
REMOVED_ROW_SCHEMA = _record({"row": _COUNT, "reason": _TEXT, "detail": _TEXT, "mcq": _MCQ_RECORD})
# export's provenance.jsonl and export_manifest.json: what ``audit`` reads of them
PROVENANCE_ROW_SCHEMA = _record(
    {
        "id": _TEXT,
        "split": _TEXT,
        "n_tokens": _COUNT,
        "mcq": _MCQ_RECORD,
        "trace": _TEXT,
        "mode": _TEXT,
        "verdict": _VERDICT,
        "messages": {"type": "array", "items": _OBJECT},
    }  # fmt: skip
)
EXPORT_MANIFEST_SCHEMA = _record(
    {
        "export": _OBJECT,
        "counts": _OBJECT,
        "files": {"type": "array"},
        "markers": _OBJECT,
        "system_prompt": _TEXT,
    }  # fmt: skip
)
# A run's manifest.json: the parts every folder command reads, of the kinds they read them as ("api": the
# API client's figures, null for in-process backends)
MANIFEST_SCHEMA = _record(
    {
        "config": _OBJECT,
        "counts": {"type": "object", "additionalProperties": {"type": ["number", "object", "null"]}},
        "attempts": _OBJECT,
        "cache": _OBJECT,
        "timings_s": _OBJECT,
        "source": {"type": ["object", "string", "null"]},
    }
)
MANIFEST_SCHEMA["properties"]["api"] = {"type": ["object", "null"]}
