"""The ``judge`` command's job: verdicts for a file of traces made anywhere, one output row per input row.

Rows carry the MCQ fields (``question``, ``options``, ``answer_idx``, optional ``id``; or one ``mcq``
object, as in our own ``accepted.jsonl``), a ``trace``, and optional ``mode`` and ``finish_reason``.
A row that cannot be judged gets an output row with reason ``invalid_row`` and the error, in place, so
outputs line up with inputs and nothing is dropped.
"""

from __future__ import annotations

import asyncio
import codecs
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cot_synth.cache import ResponseCache
from cot_synth.clean.validate import to_mcq
from cot_synth.config import GenerateConfig
from cot_synth.content import ContentDir
from cot_synth.errors import UserError
from cot_synth.ingest.json_rows import DuplicateKey, loads
from cot_synth.ingest.layouts import ColumnMap, RowError, adapt
from cot_synth.judging.rules import RuleJudge
from cot_synth.records import (
    FINISH_REASONS,
    MCQ,
    MODES,
    RULE_JUDGE_ERROR,
    Mode,
    Verdict,
    json_line,
    judge_warning,
    unparsed_verdicts,
)
from cot_synth.runfolder import ready_output_file

INVALID = "invalid_row"


@dataclass(frozen=True)
class TraceRow:
    """One input line: a judgeable (MCQ, trace) or the error that makes it unjudgeable."""

    row: int
    id: Any = None
    mcq: MCQ | None = None
    trace: str = ""
    mode: Mode = "blind"
    finish_reason: str = "stop"
    error: str | None = None


@dataclass
class JudgeSummary:
    rows: int = 0
    accepted: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    model_calls: int | None = None
    failed_calls: int = 0
    judge_errors: int = 0  # rows the rule judge raised on (a bug)
    unparsed: int = 0  # rows the model judge gave no valid verdict for

    def warning_line(self) -> str | None:
        return judge_warning(self.judge_errors, self.unparsed, "rows")

    def failure_line(self) -> str | None:
        """What failed, when a model-judge call did: its rows say ``judge_error``; a rerun asks only them."""
        if not self.failed_calls:
            return None
        return (
            f"{self.failed_calls} model-judge calls failed for good; their rows carry judge_error. "
            "Run the same command again to retry only those (the rest come from the cache)."
        )

    def line(self) -> str:
        mix = ", ".join(f"{code} {n}" for code, n in self.reasons.most_common()) or "none"
        calls = "" if self.model_calls is None else f" · model calls {self.model_calls}"
        rejected = self.rows - self.accepted
        return f"rows {self.rows} · accepted {self.accepted} · rejected {rejected} · reasons: {mix}{calls}"


def parse_row(number: int, line: str) -> TraceRow:
    """Validate one JSONL line; every problem becomes the row's ``error`` naming the field."""
    try:
        data = loads(line)
    except DuplicateKey as exc:  # refused, not read as its last value
        return TraceRow(number, error=str(exc))
    except ValueError as exc:
        return TraceRow(number, error=f"not valid JSON ({exc})")
    except RecursionError:
        return TraceRow(number, error="not valid JSON (nested too deeply to read)")
    if not isinstance(data, dict):
        return TraceRow(number, error="not a JSON object")
    fields = data["mcq"] if isinstance(data.get("mcq"), dict) else data
    row_id = data.get("id", fields.get("id"))
    trace, mode, finish = data.get("trace"), data.get("mode", "blind"), data.get("finish_reason", "stop")
    if not isinstance(trace, str):
        return TraceRow(number, row_id, error="field 'trace': missing or not a string")
    if mode not in MODES:
        return TraceRow(number, row_id, error=f"field 'mode': {mode!r} is not one of {', '.join(MODES)}")
    if not isinstance(finish, str):
        return TraceRow(number, row_id, error="field 'finish_reason': not a string")
    finish = finish.strip().lower()  # "MAX_TOKENS" is a truncated trace too
    if finish not in FINISH_REASONS:
        known = ", ".join(sorted(FINISH_REASONS))
        return TraceRow(number, row_id, error=f"field 'finish_reason': {finish!r} is not one of {known}")
    if isinstance(fields.get("answer_idx"), int | float):  # 0- or 1-based? prepare reads a whole file to tell
        return TraceRow(number, row_id, error="field 'answer_idx': a number; give the answer's letter")
    try:
        mcq = to_mcq(_adapted(fields), {"row": number})
    except RowError as exc:
        return TraceRow(number, row_id, error=exc.detail)
    return TraceRow(number, mcq.id if row_id is None else row_id, mcq, trace, mode, finish)


def _adapted(fields: dict[str, Any]) -> dict[str, Any]:
    """The MCQ fields as ``prepare`` reads them (options as a list or with lower-case keys, a letter as
    "c" or "C."), where a row has them; a row without them fails validation as it stands."""
    if "question" not in fields or "options" not in fields or not {"answer_idx", "answer"} & set(fields):
        return {k: fields[k] for k in ("question", "options", "answer_idx", "answer") if k in fields}
    columns = ColumnMap(
        "question",
        ("options",),
        "answer_idx" if "answer_idx" in fields else None,
        "answer" if "answer" in fields else None,
    )
    adapted = adapt(fields, columns)
    return {k: v for k, v in adapted.items() if v is not None and k != "source_id"}


_NOT_UTF8 = "not UTF-8 text"


def _decoded_row(number: int, line: bytes) -> TraceRow:
    """One line, a row of its own even when it is not UTF-8 (the rows around it are still judged)."""
    try:
        return parse_row(number, line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return TraceRow(number, error=f"{_NOT_UTF8} ({exc.reason} at byte {exc.start} of the line)")


def read_rows(path: Path) -> list[TraceRow]:
    """Every non-blank line of a JSONL file, numbered as an editor numbers them: cut at line feeds only, as
    JSON Lines are (a raw U+2028 or U+0085 inside a trace is part of its string), past a byte-order mark."""
    try:
        data = path.read_bytes().removeprefix(codecs.BOM_UTF8)
    except FileNotFoundError as exc:
        raise UserError(f"--input {path}: no such file") from exc
    except IsADirectoryError as exc:
        raise UserError(f"--input {path}: is a directory; give a .jsonl file") from exc
    rows = [_decoded_row(n, line) for n, line in enumerate(data.split(b"\n"), start=1) if line.strip()]
    if not rows:
        raise UserError(f"--input {path}: no rows (the file is empty); give a JSONL file of traces")
    if all(r.error and r.error.startswith(_NOT_UTF8) for r in rows):  # a binary file, another encoding
        raise UserError(f"--input {path}: {_NOT_UTF8} on any line (line {rows[0].row}: {rows[0].error})")
    if all(r.error and r.error.startswith("not valid JSON") for r in rows):  # a CSV, a pretty-printed JSON
        first = f"line {rows[0].row}: {rows[0].error}"
        raise UserError(f"--input {path}: no line is JSON ({first}); give a JSONL file of traces")
    return rows


def output_row(row: TraceRow, verdict: Verdict | None) -> dict[str, Any]:
    head = {"row": row.row, "id": row.id}
    if verdict is None:
        return {**head, "accepted": False, "extracted_answer": None, "reasons": [INVALID], "error": row.error}
    return {**head, **verdict.to_json(), "mode": row.mode}


def judge_traces(
    input_path: Path,
    out: Path,
    judges: ContentDir,
    model_config: GenerateConfig | None = None,
    llm_judge: bool = False,
    sufficiency: bool = False,
    cache_dir: Path | None = None,
) -> JudgeSummary:
    """Judge every row of ``input_path`` and write ``out``; model judges run when a config is given."""
    ready_output_file(out, "--out")
    if cache_dir is not None and cache_dir.resolve() in (out.resolve(), input_path.resolve()):
        raise UserError(f"--cache {cache_dir}: is the --input or --out file; name a folder of its own")
    rows = read_rows(input_path)
    rule_judge = RuleJudge.from_content(judges)
    verdicts: list[Verdict | None] = [None if r.mcq is None else _rule_verdict(rule_judge, r) for r in rows]
    summary = JudgeSummary(judge_errors=sum(bool(v and RULE_JUDGE_ERROR in v.details) for v in verdicts))
    if model_config is not None and (llm_judge or sufficiency):
        summary.model_calls = 0
        verdicts = _model_review(
            rows, verdicts, judges, model_config, llm_judge, sufficiency, cache_dir, out, summary
        )
        summary.unparsed = unparsed_verdicts(verdicts)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    with partial.open("w", encoding="utf-8") as handle:
        for row, verdict in zip(rows, verdicts, strict=True):
            handle.write(json_line(output_row(row, verdict)) + "\n")
            summary.rows += 1
            summary.accepted += bool(verdict and verdict.accepted)
            summary.reasons.update(verdict.reasons if verdict else [INVALID])
    os.replace(partial, out)  # a killed run never leaves a half-written verdicts file behind
    return summary


def _rule_verdict(judge: RuleJudge, row: TraceRow) -> Verdict:
    """The row's rule verdict; a bug the judge meets on it rejects that row, not the whole file."""
    assert row.mcq is not None
    try:
        return judge.judge(row.mcq, row.trace, row.finish_reason, row.mode)
    except Exception as exc:
        return Verdict.rule_judge_failed(exc)


def _model_review(
    rows: list[TraceRow],
    verdicts: list[Verdict | None],
    judges: ContentDir,
    config: GenerateConfig,
    llm_judge: bool,
    sufficiency: bool,
    cache_dir: Path | None,
    out: Path,
    summary: JudgeSummary,
) -> list[Verdict | None]:
    from cot_synth.backends import open_backend
    from cot_synth.judging.model import ModelJudge

    judged = [
        (i, r.mcq, r.trace, v) for i, (r, v) in enumerate(zip(rows, verdicts, strict=True)) if v and r.mcq
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    with (
        ResponseCache(cache_dir or out.with_name(out.name + ".cache")) as cache,
        open_backend(config, out.parent) as backend,
    ):
        model_judge = ModelJudge(backend, cache, judges, llm_judge, sufficiency)
        reviewed = asyncio.run(model_judge.review([(m, t, v) for _, m, t, v in judged]))
        summary.model_calls = model_judge.calls
        summary.failed_calls = model_judge.failed_calls
    updated = list(verdicts)
    for (i, *_), verdict in zip(judged, reviewed, strict=True):
        updated[i] = verdict
    return updated
