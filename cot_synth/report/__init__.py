"""Report: figures and tables of a run folder (``analyse``), drawn as markdown and HTML (``views``, from
templates) with plots (``plots``); ``write_reports`` writes them all, unless they already show what the
folder holds."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from cot_synth import content, runfolder
from cot_synth.records import canonical_json

OUTPUTS = (runfolder.REPORT_JSON, runfolder.REPORT_MD, runfolder.REPORT_HTML, runfolder.REJECTED_BY_REASON)


def write_reports(folder: Path) -> dict[str, Any]:
    """Rebuild report.json, report.md, report.html and rejected_by_reason/ from a run folder, unless the
    folder's files (timings aside) and this code are what they were built from: a cached rerun rewrites
    the same records, and redrawing them costs seconds. The report then keeps the earlier timings."""
    stamp = inputs_stamp(folder)
    if stamp is not None and _built_from(folder, stamp):
        return json.loads((folder / runfolder.REPORT_JSON).read_text(encoding="utf-8"))
    from cot_synth.report.analyse import analyse, rejected_attempts  # numpy, matplotlib: only to build
    from cot_synth.report.views import render_html, render_markdown

    run = runfolder.load_run(folder)
    attempts = rejected_attempts(run)
    data = analyse(run, attempts)
    by_reason = folder / runfolder.REJECTED_BY_REASON
    by_reason.mkdir(exist_ok=True)
    codes = {code for a in attempts for code in a["reasons"]}
    for stale in by_reason.glob("*.jsonl"):
        if stale.stem not in codes:
            stale.unlink()
    for code in sorted(codes):
        runfolder.write_jsonl(by_reason / f"{code}.jsonl", (a for a in attempts if code in a["reasons"]))
    runfolder.write_json(folder / runfolder.REPORT_JSON, data)
    runfolder.write_text(folder / runfolder.REPORT_MD, render_markdown(data))
    runfolder.write_text(folder / runfolder.REPORT_HTML, render_html(data, attempts))
    if stamp is not None:
        runfolder.write_text(folder / runfolder.REPORT_INPUTS, stamp + "\n")
    return data


def inputs_stamp(folder: Path) -> str | None:
    """Hash of what the report is built from: the record files' bytes, the manifest and prepare report
    without their timings, and the package's code. None when the manifest is unreadable (``load_run``
    then says why)."""
    digest = hashlib.sha256(content.code_hash().encode())
    for name in (runfolder.MANIFEST, runfolder.PREPARE_REPORT):
        path = folder / name
        try:
            facts = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None
        except (OSError, ValueError):
            return None
        if not isinstance(facts, dict) and name == runfolder.MANIFEST:
            return None
        if isinstance(facts, dict):
            facts.pop("timings_s", None)
        digest.update(canonical_json(facts).encode() + b"\0")
    for name in runfolder.RECORD_FILES:
        path = folder / name
        digest.update(path.read_bytes() if path.is_file() else b"missing")
        digest.update(b"\0")
    return digest.hexdigest()


def is_current(folder: Path) -> bool:
    """Whether the folder's report was built from the folder's files as they are now."""
    stamp = inputs_stamp(folder)
    return stamp is not None and _built_from(folder, stamp)


def _built_from(folder: Path, stamp: str) -> bool:
    try:
        built = (folder / runfolder.REPORT_INPUTS).read_text(encoding="utf-8").strip()
    except OSError:
        return False
    return built == stamp and all(_in_place(folder / name) for name in OUTPUTS)


def _in_place(path: Path) -> bool:
    """Whether an output is there as what it should be: rejected_by_reason/ a folder, the rest files (a
    folder where report.md belongs is rebuilt over, and so refused in one line)."""
    return path.is_dir() if path.name == runfolder.REJECTED_BY_REASON else path.is_file()
