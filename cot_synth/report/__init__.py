"""Report: figures and tables of a run folder (``analyse``), drawn as markdown and HTML (``views``, from
templates) with plots (``plots``); ``write_reports`` writes them all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cot_synth import runfolder
from cot_synth.report.analyse import analyse, rejected_attempts
from cot_synth.report.views import render_html, render_markdown


def write_reports(folder: Path) -> dict[str, Any]:
    """Rebuild report.json, report.md, report.html and rejected_by_reason/ from a run folder."""
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
    return data
