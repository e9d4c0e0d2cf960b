"""The only module that knows the file names of a run folder (and an export folder), and how to read and
write them.

Writes go to a temporary file and are renamed, so a killed run never leaves a half-written output behind
(except the accepted and rejected records, which grow line by line while a job runs: ``LiveRecords``).
Everything downstream of ``generate`` (report, export, merge) is built from these files alone, so it can be
rebuilt at any time, on any machine, without the cache or the model.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from cot_synth.errors import UserError
from cot_synth.record_schemas import (
    MANIFEST_SCHEMA,
    QUARANTINED_ROW_SCHEMA,
    REJECTION_ROW_SCHEMA,
    REMOVED_ROW_SCHEMA,
    SAMPLE_ROW_SCHEMA,
)
from cot_synth.records import json_line
from cot_synth.schemas import first_error

DEFAULT_RUNS = Path("cot_synth_runs")
DEFAULT_RUN_NAME = "medqa_sample"  # the bundled sample's run folder, when --input is not given

# a run folder (generate, merge)
ACCEPTED = "accepted.jsonl"
REJECTED = "rejected.jsonl"
QUARANTINE = "quarantine.jsonl"
REMOVED = "removed.jsonl"
PREPARED = "prepared.jsonl"
PREPARE_REPORT = "prepare_report.json"
PREPARE_MEMO = "prepare_memo.pickle"  # the prepared set, for a rerun on the same inputs (clean.memo)
MANIFEST = "manifest.json"
RUN_LOG = "run.log"
CACHE = "cache"
REPORT_JSON = "report.json"
REPORT_MD = "report.md"
REPORT_HTML = "report.html"
REJECTED_BY_REASON = "rejected_by_reason"
REPORT_INPUTS = "report_inputs.sha256"  # what the report was built from (report.inputs_stamp)
RECORD_FILES = (ACCEPTED, REJECTED, QUARANTINE, REMOVED)  # what `merge` joins
# an export folder
EXPORT_MANIFEST = "export_manifest.json"
PROVENANCE = "provenance.jsonl"
DROPPED = "dropped.jsonl"
CARD = "README.md"
SFT_DIR = "sft"
JSONL_DIR, PARQUET_DIR, DATASET_DIR = "jsonl", "parquet", "dataset"  # the data, per --to target


def default_out(input_spec: str | None) -> Path:
    """Where a command writes when ``--out`` is not given: one folder per input, named after it."""
    return DEFAULT_RUNS / (Path(input_spec).stem if input_spec else DEFAULT_RUN_NAME)


def refuse_overwrite(out: Path, inputs: Iterable[Path], option: str = "--out") -> None:
    """Refuse an output (``--out``, ``--json``) that names one of the command's own inputs: writing it would
    destroy them."""
    for source in inputs:
        same = out.resolve() == source.resolve()
        if same or (out.exists() and source.exists() and os.path.samefile(out, source)):
            raise UserError(f"{option} {out}: that is also an input ({source}); write the output elsewhere")


def ready_output_file(path: Path, option: str) -> None:
    """Make the folder of an output file, or refuse it in one line, before any work: a folder named as the
    file, or a file in the way of its folder, would be found out only at the command's end; a device or a
    link would be replaced by a plain file (run as root, ``--out /dev/null`` replaced the device)."""
    if path.is_dir():
        raise UserError(f"{option} {path}: is a directory; name a file")
    if path.is_symlink() or (path.exists() and not path.is_file()):  # /dev/null, a pipe, a link
        raise UserError(
            f"{option} {path}: not a plain file (a device, pipe or link); name a file: the output is "
            "written beside it and renamed into place, which would replace it"
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise UserError(
            f"{option} {path}: cannot make its folder {path.parent} (a file is in the way)"
        ) from None
    except OSError as exc:
        raise UserError(f"{option} {path}: cannot make its folder {path.parent} ({os_reason(exc)})") from None


def make_folder(path: Path, option: str = "--out") -> Path:
    """Create an output folder, or say in one line why it cannot be one."""
    if path.exists() and not path.is_dir():
        raise UserError(f"{option} {path}: is a file, not a folder; name a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"{option} {path}: cannot create the folder ({os_reason(exc)})") from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise UserError(f"{option} {path}: not writable")
    return path


def os_reason(exc: OSError) -> str:
    """An OS error as a few words: "No space left on device", "Permission denied: /x"."""
    where = f": {exc.filename}" if exc.filename else ""
    return f"{exc.strerror or type(exc).__name__}{where}"


def _atomic_write(path: Path, data: str | bytes) -> None:
    """Write a temporary file and rename it; on any failure the temporary file is removed, and an OS
    error (a full disk, a folder that vanished) becomes one line naming the file."""
    if path.is_dir():
        raise UserError(f"{path}: cannot write (Is a directory); name a file")
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        if isinstance(data, bytes):
            tmp.write_bytes(data)
        else:
            tmp.write_text(data, encoding="utf-8")
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise UserError(
                f"{path}: cannot write ({os_reason(exc)}); free space or fix it, then rerun"
            ) from None
        raise


def jsonl(records: Iterable[dict[str, Any]]) -> str:
    """Records as JSON lines: the one encoding of every output file."""
    return "".join(json_line(r) + "\n" for r in records)


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> None:
    _atomic_write(path, jsonl(records))


def write_records(
    out: Path, accepted: list[dict[str, Any]], rejected: list[dict[str, Any]], encoded: tuple[str, str] | None
) -> None:
    """The final accepted and rejected files, in input order, over what ``LiveRecords`` grew; ``encoded``:
    their text when the runner has it already (it encoded each item's lines once, to write them live)."""
    texts = encoded or (jsonl(accepted), jsonl(rejected))
    for name, text in zip((ACCEPTED, REJECTED), texts, strict=True):
        _atomic_write(out / name, text)


class LiveRecords:
    """``accepted.jsonl`` and ``rejected.jsonl`` growing while a job runs, one whole line per finished item,
    so a user can watch a long job and use what is done. They are the exception to atomic writes: the job
    replaces both with ``write_records`` at its end, in input order, unless every item was added in input
    order (as a rerun replays them) and every write succeeded: then they are already that (``intact``).
    Both are started on the first finished item, so a job that stops before one (an endpoint that refused
    the probe) leaves the last run's files."""

    def __init__(self, out: Path) -> None:
        self._out = out
        self._handles: dict[str, TextIO] = {}
        self._flushing = False
        self.intact = True  # no write failed

    def add(self, accepted: str, rejected: str) -> None:
        """One finished item's lines (``jsonl``), accepted and rejected. Called on an event loop, the files
        are flushed once per turn of the loop (a rerun finishes thousands of items in one turn: a flush
        each was 9k system calls), else at once."""
        for name, lines in ((ACCEPTED, accepted), (REJECTED, rejected)):
            try:
                if not self._handles:
                    self._handles = {
                        n: (self._out / n).open("w", encoding="utf-8") for n in (ACCEPTED, REJECTED)
                    }
                if lines:
                    self._handles[name].write(lines)
            except OSError as exc:  # a full disk: the cache holds every answer, a rerun rebuilds the files
                self.intact = False
                raise UserError(
                    f"{self._out / name}: cannot write ({os_reason(exc)}); free space, then rerun"
                ) from None
        if not self._flushing:
            try:
                asyncio.get_running_loop().call_soon(self._flush)
                self._flushing = True
            except RuntimeError:  # no loop runs: now
                self._flush()

    def _flush(self) -> None:
        """Flush both files; a failure is left to the next write, or to ``write_records``, to report."""
        self._flushing = False
        for handle in self._handles.values():
            try:
                handle.flush()
            except OSError:
                self.intact = False

    def close(self) -> None:
        for handle in self._handles.values():
            try:
                handle.close()
            except OSError:
                self.intact = False

    def __enter__(self) -> LiveRecords:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_json(path: Path, data: dict[str, Any]) -> None:
    _atomic_write(path, json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n")


def write_text(path: Path, text: str) -> None:
    _atomic_write(path, text)


def write_bytes(path: Path, data: bytes) -> None:
    _atomic_write(path, data)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Rows of a JSONL file; a missing file is an empty list (a run with nothing quarantined may lack one)."""
    if not path.is_file():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: not UTF-8 text (byte {exc.start}); cut short or edited?") from None
    rows = []
    for number, line in enumerate(text.split("\n"), 1):  # not splitlines: JSON strings may hold U+2028
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise UserError(
                    f"{path}, line {number}: not valid JSON ({exc.msg}); cut short or edited?"
                ) from None
    return rows


def read_json(path: Path, missing: str) -> dict[str, Any]:
    """A JSON object file; ``missing`` says what to do when it is absent."""
    if not path.is_file():
        raise UserError(f"{path.parent}: {missing} (no {path.name})")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise UserError(f"{path}: not a text file (JSON expected)") from None
    except json.JSONDecodeError as exc:
        raise UserError(f"{path}: not valid JSON ({exc.msg})") from exc


@dataclass(frozen=True)
class RunFolder:
    path: Path
    manifest: dict[str, Any]
    accepted: list[dict[str, Any]]
    rejected: list[dict[str, Any]]
    quarantined: list[dict[str, Any]]
    removed: list[dict[str, Any]]
    prepare_report: dict[str, Any] | None  # absent in merged folders; describes the whole source in shards

    def records(self) -> dict[str, list[dict[str, Any]]]:
        """The record files by name, as ``merge`` joins them."""
        rows = (self.accepted, self.rejected, self.quarantined, self.removed)
        return dict(zip(RECORD_FILES, rows, strict=True))


COUNTED = {ACCEPTED: "samples", REJECTED: "rejected", QUARANTINE: "quarantined", REMOVED: "removed"}
ROW_SCHEMAS = dict(
    zip(
        RECORD_FILES,
        (SAMPLE_ROW_SCHEMA, REJECTION_ROW_SCHEMA, QUARANTINED_ROW_SCHEMA, REMOVED_ROW_SCHEMA),
        strict=True,
    )
)
REBUILD = "rerun the same `generate` (or `merge`) command: the cache rebuilds the folder without new calls"


def check_manifest(path: Path, manifest: Any) -> None:
    """Refuse a manifest that lacks what ``generate`` and ``merge`` always write, or holds it in another
    kind (counts written as text read as "11 rows, the manifest counts 11")."""
    if (error := first_error(MANIFEST_SCHEMA, manifest)) is not None:
        raise UserError(f"{path}: not a run manifest ({error.where()}: {error.message}); {REBUILD}")


def check_rows(path: Path, rows: list[dict[str, Any]], schema: dict[str, Any], remedy: str = REBUILD) -> None:
    """Refuse a record file with a row of another shape than its writer gives (a field missing, a row that
    is a list), naming the row and the field, instead of a traceback in whatever reads it."""
    for number, row in enumerate(rows, 1):
        if (error := first_error(schema, row)) is not None:
            raise UserError(f"{path}, row {number}: {error.where()}: {error.message}; edited? {remedy}")


def check_records(run: RunFolder) -> None:
    """Compare each record file with the count the manifest recorded when it was written: a file deleted
    or cut short at a line end would otherwise give a report with wrong numbers and no word said."""
    counts = run.manifest["counts"]
    problems = []
    for name, rows in run.records().items():
        expected = counts.get(COUNTED[name])
        if expected is None or expected == len(rows):
            continue
        state = "missing" if not (run.path / name).is_file() else f"{len(rows)} rows"
        problems.append(f"{name} {state}, the manifest counts {expected}")
    if problems:
        raise UserError(f"{run.path}: damaged run folder: {'; '.join(problems)}; {REBUILD}")


def load_run(path: Path) -> RunFolder:
    """A run folder, checked against its manifest."""
    manifest = read_json(path / MANIFEST, "not a finished run folder; run `generate` or `merge` first")
    check_manifest(path / MANIFEST, manifest)
    prepare_path = path / PREPARE_REPORT
    run = RunFolder(
        path=path,
        manifest=manifest,
        accepted=read_jsonl(path / ACCEPTED),
        rejected=read_jsonl(path / REJECTED),
        quarantined=read_jsonl(path / QUARANTINE),
        removed=read_jsonl(path / REMOVED),
        prepare_report=read_json(prepare_path, "") if prepare_path.is_file() else None,
    )
    for name, rows in run.records().items():
        check_rows(path / name, rows, ROW_SCHEMAS[name])
    check_records(run)
    return run
