"""The rule judge on a process of its own (a real child process): the same verdicts as in this process,
errors raised where the trace was awaited, and no child left behind, even when its parent is SIGKILLed."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from benchmarks.bench_judge import judge_rows, load_labelled, mcq_of
from cot_synth import runfolder
from cot_synth.config import GenerateConfig
from cot_synth.content import ContentDir
from cot_synth.errors import UserError
from cot_synth.judging.rules import RuleJudge
from cot_synth.judging.spec import JudgeSpec
from cot_synth.pipeline import run_generate
from cot_synth.records import MCQ
from cot_synth.synthesize.judge_process import JudgeProcess, JudgeProcessError
from cot_synth.synthesize.local import spawned_judge

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def spec() -> JudgeSpec:
    return JudgeSpec.from_content(ContentDir.resolve("judges", None))


def test_verdicts_are_the_ones_this_process_gives(spec: JudgeSpec) -> None:
    rows = load_labelled("dev")[::12]  # ~240 traces of every category and style
    expected = [verdict.to_json() for verdict in judge_rows(RuleJudge.from_spec(spec), rows)]

    async def through_the_process() -> list[dict]:
        process = JudgeProcess(spec)
        try:
            verdicts = await asyncio.gather(
                *(process.judge(mcq_of(r), r["trace"], r["finish_reason"], r["mode"]) for r in rows)
            )
        finally:
            await process.close()
        assert process._reader is not None and process._reader.exception() is None  # ended by the EOF
        return [v.to_json() for v in verdicts]

    assert asyncio.run(through_the_process()) == expected


def test_an_error_is_raised_where_the_trace_was_awaited(spec: JudgeSpec) -> None:
    mcq = MCQ("x", "Which drug?", {"A": "Ampicillin", "B": "Doxycycline"}, "A", "Ampicillin")

    async def scenario() -> None:
        process = JudgeProcess(spec)
        try:
            with pytest.raises(ValueError, match="mode must be one of"):
                await process.judge(mcq, "The answer is A.", "stop", "bogus")
            verdict = await process.judge(mcq, "The answer is A.", "stop", "blind")  # the child goes on
            assert verdict.extracted_answer == "A"
        finally:
            await process.close()

    asyncio.run(scenario())


def test_rules_that_do_not_build_fail_each_trace_with_their_user_error(spec: JudgeSpec) -> None:
    """The child builds the judge: malformed rules reach the parent as the one-line error building gives."""
    broken = dataclasses.replace(spec, rules={k: v for k, v in spec.rules.items() if k != "form"})
    with pytest.raises(UserError) as built:
        RuleJudge.from_spec(broken)
    mcq = MCQ("x", "Which drug?", {"A": "Ampicillin", "B": "Doxycycline"}, "A", "Ampicillin")

    async def scenario() -> None:
        process = JudgeProcess(broken)
        try:
            for _ in range(2):
                with pytest.raises(UserError) as raised:
                    await asyncio.wait_for(process.judge(mcq, "The answer is A.", "stop", "blind"), 30)
                assert str(raised.value) == str(built.value)
        finally:
            await process.close()

    assert "rules.yaml" in str(built.value)
    asyncio.run(scenario())


def test_a_child_that_dies_fails_the_waiting_traces_and_the_later_ones(spec: JudgeSpec) -> None:
    row = load_labelled("dev")[0]
    arguments = (mcq_of(row), row["trace"], row["finish_reason"], row["mode"])

    async def scenario() -> None:
        process = JudgeProcess(spec)
        await process.judge(*arguments)
        child = process._child
        assert child is not None
        child.kill()
        with pytest.raises(JudgeProcessError, match="ended"):
            await asyncio.wait_for(process.judge(*arguments), 10)  # sent before its end was noticed
        with pytest.raises(JudgeProcessError, match="ended"):
            await asyncio.wait_for(process.judge(*arguments), 10)  # sent after
        await process.close()

    asyncio.run(scenario())


STARTED_AND_CLOSED = textwrap.dedent(
    """
    import asyncio
    from cot_synth.content import ContentDir
    from cot_synth.judging.spec import JudgeSpec
    from cot_synth.synthesize.judge_process import JudgeProcess

    async def main():
        process = JudgeProcess(JudgeSpec.from_content(ContentDir.resolve("judges", None)))
        process.start()
        await process.close()
        print(process._starting.done(), process._child, flush=True)

    asyncio.run(main())
    """
)


def test_a_process_started_and_closed_before_any_trace_ends_cleanly() -> None:
    """A run whose items all came from the cache starts the child and closes at once: the close waits for
    the start and ends the child (cancelled mid-spawn, the start left a child that ``asyncio.run`` waited
    for forever; run apart, so that such a hang fails here instead of holding up the suite)."""
    run = subprocess.run(
        [sys.executable, "-c", STARTED_AND_CLOSED], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["True", "None"]


PARENT = textwrap.dedent(
    """
    import asyncio, os, signal
    from cot_synth.content import ContentDir
    from cot_synth.judging.spec import JudgeSpec
    from cot_synth.records import MCQ
    from cot_synth.synthesize.judge_process import JudgeProcess

    async def main():
        process = JudgeProcess(JudgeSpec.from_content(ContentDir.resolve("judges", None)))
        mcq = MCQ("x", "Which drug?", {"A": "Ampicillin", "B": "Doxycycline"}, "A", "Ampicillin")
        await process.judge(mcq, "The answer is A.", "stop", "blind")
        print(process._child.pid, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

    asyncio.run(main())
    """
)


def test_the_child_exits_when_its_parent_is_killed() -> None:
    parent = subprocess.run(
        [sys.executable, "-c", PARENT], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert parent.returncode == -signal.SIGKILL, parent.stderr
    child = int(parent.stdout.split()[0])
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, exited and waiting for a parent that is gone, does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def _judge_children() -> list[int]:
    """This process's live judge children."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            command = (stat.parent / "cmdline").read_bytes()
        except (FileNotFoundError, ProcessLookupError):
            continue
        if int(fields[1]) == os.getpid() and fields[0] != "Z" and b"judge_process" in command:
            found.append(int(stat.parent.name))
    return found


def test_a_fresh_run_spawns_its_judge_at_once_and_a_rerun_does_not(spec: JudgeSpec, tmp_path: Path) -> None:
    """A fresh local run's child is up before the input is read (its build overlaps the preparation) and
    judges once joined to the loop; a folder with a cache (a rerun, maybe judged already) spawns none."""
    config = GenerateConfig(out=tmp_path / "run")
    mcq = MCQ("x", "Which drug?", {"A": "Ampicillin", "B": "Doxycycline"}, "A", "Ampicillin")
    with spawned_judge(config, spec) as judging:
        assert judging is not None and _judge_children() == [judging._child.pid]

        async def judged() -> str | None:
            try:
                return (await judging.judge(mcq, "The answer is A.", "stop", "blind")).extracted_answer
            finally:
                await judging.close()

        assert asyncio.run(judged()) == "A"
    assert _judge_children() == []
    (tmp_path / "run" / runfolder.CACHE).mkdir(parents=True)
    with spawned_judge(config, spec) as judging:
        assert judging is None


def test_a_run_that_fails_before_judging_leaves_no_child(tmp_path: Path) -> None:
    """Bad input stops a fresh run after its judge was spawned: the child is killed on the way out."""
    config = GenerateConfig(input=str(tmp_path / "missing.jsonl"), out=tmp_path / "run")
    with pytest.raises(UserError, match="missing.jsonl"):
        run_generate(config)
    assert _judge_children() == []
