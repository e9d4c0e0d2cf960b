"""The report is rebuilt only when what it shows changed (report/__init__.py): a cached rerun leaves it as
it is; a changed record file, manifest fact, judge or package code, or a missing report file, rebuilds it.
Real runs through the fault server, real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cot_synth import content, runfolder
from cot_synth.pipeline import run_generate
from cot_synth.report import analyse, write_reports
from tests.conftest import count_calls, fault_run_config, judges_with_min_reasoning, run_cli
from tests.fault_server import FaultServer

REPORTS = (runfolder.REPORT_JSON, runfolder.REPORT_MD, runfolder.REPORT_HTML)


@pytest.fixture
def run(medqa_dir: Path, tmp_path: Path) -> Path:
    out = tmp_path / "run"
    with FaultServer(tmp_path / "arrivals.jsonl") as server:
        run_generate(fault_run_config(medqa_dir, out, server.base_url))
    return out


def _reports(out: Path) -> list[bytes]:
    return [(out / name).read_bytes() for name in REPORTS]


def test_a_cached_rerun_leaves_the_report(run: Path, medqa_dir: Path, monkeypatch) -> None:
    builds = count_calls(monkeypatch, analyse, "analyse")
    run_generate(fault_run_config(medqa_dir, run, "http://127.0.0.1:9/v1"))  # the server is gone
    assert builds[0] == 1  # the first rerun's manifest differs: every call cached, another URL
    before = _reports(run)
    run_generate(fault_run_config(medqa_dir, run, "http://127.0.0.1:9/v1"))
    assert builds[0] == 1 and _reports(run) == before
    assert write_reports(run) == json.loads(before[0])


def test_a_changed_judge_rebuilds_the_report(run: Path, medqa_dir: Path, tmp_path: Path, monkeypatch) -> None:
    judges = judges_with_min_reasoning(tmp_path / "judges", 5000)
    builds = count_calls(monkeypatch, analyse, "analyse")
    run_generate(fault_run_config(medqa_dir, run, "http://127.0.0.1:9/v1", judges))
    assert builds[0] == 1
    shown = json.loads((run / runfolder.REPORT_JSON).read_text())
    assert "too_short" in {r["reason"] for r in shown["rejections"]["by_reason"]}


def _edit_records(out: Path) -> None:
    path = out / runfolder.REJECTED
    rows = runfolder.read_jsonl(path)
    rows[0]["reasons"] = ["edited_by_hand"]
    runfolder.write_jsonl(path, rows)


def _edit_manifest(out: Path, key: str) -> None:
    path = out / runfolder.MANIFEST
    manifest = json.loads(path.read_text())
    manifest[key]["edited"] = 1
    runfolder.write_json(path, manifest)


CHANGES = {
    "a record file": _edit_records,
    "a manifest fact": lambda out: _edit_manifest(out, "counts"),
    "a missing report file": lambda out: (out / runfolder.REPORT_HTML).unlink(),
    "the code": lambda out: None,
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_changed_input_rebuilds_the_report(change: str, run: Path, monkeypatch) -> None:
    if change == "the code":
        monkeypatch.setattr(content, "code_hash", lambda: "edited")
    CHANGES[change](run)
    builds = count_calls(monkeypatch, analyse, "analyse")
    write_reports(run)
    assert builds[0] == 1 and all((run / name).is_file() for name in REPORTS)
    write_reports(run)
    assert builds[0] == 1  # built once, then current


def test_new_timings_alone_leave_the_report(run: Path, monkeypatch) -> None:
    before = _reports(run)
    _edit_manifest(run, "timings_s")
    builds = count_calls(monkeypatch, analyse, "analyse")
    write_reports(run)
    assert builds[0] == 0 and _reports(run) == before


def test_a_folder_where_a_report_file_belongs_is_refused_not_taken_for_a_current_report(run: Path) -> None:
    """A folder named report.md passed for the report file it replaced: ``report`` said nothing and
    exited 0. The report is rebuilt, and writing over the folder is one line naming it (exit 2)."""
    (run / runfolder.REPORT_MD).unlink()
    (run / runfolder.REPORT_MD).mkdir()
    result = run_cli("report", str(run), cwd=run.parent)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: {run / runfolder.REPORT_MD}: cannot write (Is a directory); name a file"
    ]
