"""A bug the rule judge meets on one trace rejects that trace as ``judge_error`` and says so, instead of
ending a long job (and every rerun of it, which would meet the same trace). The bug is injected, as a real
judge cannot be made to raise on demand; the runs, server, cache and files around it are real."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cot_synth import runfolder
from cot_synth.content import ContentDir
from cot_synth.judging.rules import RuleJudge
from cot_synth.judging.traces import judge_traces
from cot_synth.pipeline import run_generate
from cot_synth.records import RULE_JUDGE_ERROR
from cot_synth.synthesize.judge_process import JudgeProcess
from tests.conftest import fault_run_config, write_jsonl
from tests.fault_server import FaultServer
from tests.test_judge_cli import GOOD
from tests.test_judging import MCQ_D

BUG = "KeyError: 'J'"


def _raise_on_first(monkeypatch: pytest.MonkeyPatch, owner: type, method: str) -> list[str]:
    """``owner.method`` raises KeyError('J') on the first trace it is asked about; returns the traces seen."""
    seen: list[str] = []
    judge = getattr(owner, method)

    def buggy(self, mcq, text, *rest):
        seen.append(text)
        if len(seen) == 1:
            raise KeyError("J")
        return judge(self, mcq, text, *rest)

    monkeypatch.setattr(owner, method, buggy)
    return seen


def test_generate_rejects_the_trace_and_goes_on(medqa_dir: Path, tmp_path: Path, monkeypatch) -> None:
    seen = _raise_on_first(monkeypatch, JudgeProcess, "judge")
    with FaultServer(tmp_path / "arrivals.jsonl") as server:
        config = fault_run_config(medqa_dir, tmp_path / "run", server.base_url)
        summary = run_generate(config)
    assert summary.generated == 6 and len(seen) > 1  # the run went on past the bug
    assert summary.judge_errors == 1 and "raised on 1 traces" in summary.warning_line()
    manifest = json.loads((config.out / runfolder.MANIFEST).read_text())
    assert manifest["attempts"]["judge_errors"] == 1
    verdicts = [v for row in runfolder.read_jsonl(config.out / runfolder.REJECTED) for v in row["attempts"]]
    failed = [a["verdict"] for a in verdicts if RULE_JUDGE_ERROR in a["verdict"]["details"]]
    assert len(failed) == 1 and failed[0]["reasons"] == ["judge_error"] and not failed[0]["accepted"]
    assert failed[0]["details"][RULE_JUDGE_ERROR] == BUG
    assert "the rule judge raised on item" in (config.out / runfolder.RUN_LOG).read_text()

    monkeypatch.undo()  # the judge fixed: its failed verdict was not kept, so the trace is judged again
    (config.out / runfolder.MANIFEST).unlink()  # (a fixed judge is other code: its job is rebuilt anyway)
    again = run_generate(config)
    assert again.judge_errors == 0 and again.model_calls == 0 and again.warning_line() is None


def test_the_judge_command_writes_judge_error_for_that_row(tmp_path: Path, monkeypatch) -> None:
    _raise_on_first(monkeypatch, RuleJudge, "judge")
    mcq = {"question": MCQ_D.question, "options": MCQ_D.options, "answer_idx": "D"}
    rows = write_jsonl(tmp_path / "traces.jsonl", [{**mcq, "id": n, "trace": GOOD} for n in range(3)])
    summary = judge_traces(rows, tmp_path / "verdicts.jsonl", ContentDir.resolve("judges", None))
    verdicts = runfolder.read_jsonl(tmp_path / "verdicts.jsonl")
    assert [v["reasons"] for v in verdicts] == [["judge_error"], [], []]
    assert verdicts[0]["details"][RULE_JUDGE_ERROR] == BUG and summary.judge_errors == 1
    assert "raised on 1 rows" in summary.warning_line()
