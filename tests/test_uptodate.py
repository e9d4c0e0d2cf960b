"""A rerun of a finished job whose outputs are intact stops at once (uptodate.py), keeping the bytes a
rebuild from the cache would write; a change to what the outputs follow from, or to the outputs, rebuilds
them. Real runs through the fault server, real files."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from cot_synth import runfolder
from cot_synth.config import GenerateConfig
from cot_synth.pipeline import run_generate
from cot_synth.report import analyse
from tests.conftest import count_calls, fault_run_config, judges_with_min_reasoning
from tests.fault_server import FaultServer

KEPT = (
    runfolder.ACCEPTED,
    runfolder.REJECTED,
    runfolder.REPORT_JSON,
    runfolder.REPORT_MD,
    runfolder.REPORT_HTML,
)


@pytest.fixture
def finished(medqa_dir: Path, tmp_path: Path) -> GenerateConfig:
    """A finished job's settings; its server is gone, so a rerun that asked it anything would fail."""
    with FaultServer(tmp_path / "arrivals.jsonl") as server:
        config = fault_run_config(medqa_dir, tmp_path / "run", server.base_url)
        run_generate(config)
    return config


def _files(out: Path) -> dict[str, tuple[bytes, int]]:
    return {name: ((out / name).read_bytes(), (out / name).stat().st_mtime_ns) for name in KEPT}


def test_a_rerun_of_a_finished_job_keeps_its_outputs(finished: GenerateConfig, monkeypatch) -> None:
    out = finished.out
    before, manifest = _files(out), json.loads((out / runfolder.MANIFEST).read_text())
    builds = count_calls(monkeypatch, analyse, "analyse")
    summary = run_generate(finished)
    assert summary.current and "outputs already current" in summary.line()
    assert summary.model_calls == 0 and summary.cached == manifest["attempts"]["total"] > 0
    assert (summary.generated, summary.rejected) == (
        manifest["counts"]["generated"],
        manifest["counts"]["rejected"],
    )
    assert _files(out) == before and builds[0] == 0  # not even rewritten (prepare's own files are)
    kept = json.loads((out / runfolder.MANIFEST).read_text())
    assert kept.pop("timings_s")["generate"] == 0.0
    manifest.pop("timings_s")
    assert kept == manifest  # what it says of the run that wrote the outputs
    assert "outputs already current" in (out / runfolder.RUN_LOG).read_text()


def test_what_a_rerun_keeps_is_what_a_rebuild_writes(finished: GenerateConfig) -> None:
    out = finished.out
    run_generate(finished)
    kept = {name: (out / name).read_bytes() for name in (*runfolder.RECORD_FILES, runfolder.PREPARED)}
    (out / runfolder.MANIFEST).unlink()  # the way to have a finished job's outputs rebuilt anyway
    rebuilt = run_generate(finished)
    assert not rebuilt.current and rebuilt.model_calls == 0
    assert {name: (out / name).read_bytes() for name in kept} == kept
    assert run_generate(finished).current  # and the rebuilt folder is current in turn


def _edit_a_record(config: GenerateConfig, tmp_path: Path) -> GenerateConfig:
    path = config.out / runfolder.REJECTED
    rows = runfolder.read_jsonl(path)
    rows[0]["reasons"] = ["edited_by_hand"]
    runfolder.write_jsonl(path, rows)
    return config


def _remove_the_html_report(config: GenerateConfig, tmp_path: Path) -> GenerateConfig:
    (config.out / runfolder.REPORT_HTML).unlink()
    return config


def _change_a_judge(config: GenerateConfig, tmp_path: Path) -> GenerateConfig:
    return replace(config, judges=str(judges_with_min_reasoning(tmp_path / "judges", 5000)))


def _edit_an_input_row_in_place(config: GenerateConfig, tmp_path: Path) -> GenerateConfig:
    """The same input path, the same counts and calls, one row's other column changed: only the prepared
    set's bytes tell (each sample keeps its original row)."""
    moved = tmp_path / "input.jsonl"
    rows = [json.loads(line) for line in Path(str(config.input)).read_text().splitlines()[:6]]
    moved.write_text("".join(json.dumps(row) + "\n" for row in rows))
    first = replace(config, input=str(moved))
    run_generate(first)  # the folder now holds the job on the rows at this path
    rows[0]["meta_info"] = "edited in place"
    moved.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return first


def _change_the_price_table(config: GenerateConfig, tmp_path: Path) -> GenerateConfig:
    prices = tmp_path / "prices.yaml"
    prices.write_text("m: {input: 1.0, output: 2.0}\n")
    priced = replace(config, price_table=str(prices))
    run_generate(priced)
    prices.write_text("m: {input: 3.0, output: 4.0}\n")
    return priced


@pytest.mark.parametrize(
    "change",
    [
        _edit_a_record,
        _remove_the_html_report,
        _change_a_judge,
        _edit_an_input_row_in_place,
        _change_the_price_table,
    ],
)
def test_a_changed_input_or_output_is_rebuilt(change, finished: GenerateConfig, tmp_path: Path) -> None:
    config = change(finished, tmp_path)
    rebuilt = run_generate(config)
    assert not rebuilt.current and rebuilt.model_calls == 0
    assert (config.out / runfolder.REPORT_HTML).is_file()
    rejected = (config.out / runfolder.REJECTED).read_text()
    assert "edited_by_hand" not in rejected and rejected.count("edited in place") == (
        change is _edit_an_input_row_in_place
    )
    assert run_generate(config).current
