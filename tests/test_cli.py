"""``python -m cot_synth`` as a user runs it: real subprocesses, real server, real signals."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli, write_jsonl


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(")")[-1].split()[0] == "Z")


def _wait_gone(pid: int, seconds: float = 15) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.1)
    return False


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def test_help_explains_every_option(tmp_path):
    result = run_cli("generate", "--help", cwd=tmp_path)
    assert result.returncode == 0
    for option in ("--input", "--split", "--limit", "--out", "--backend", "--model", "--base-url",
                   "--api-key-env", "--seed", "--blind-attempts", "--prompts", "--judges"):  # fmt: skip
        assert option in result.stdout


@pytest.mark.slow  # starts the embedded model
def test_generate_embedded_end_to_end_then_from_cache(tmp_path):
    args = ("generate", "--limit", "3", "--max-tokens", "128", "--out", "run", "--no-progress")
    first = run_cli(*args, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("read 3 · quarantined 0 · removed 0 · generated 3 · accepted ")
    run = tmp_path / "run"
    for name in (
        "accepted.jsonl",
        "rejected.jsonl",
        "quarantine.jsonl",
        "manifest.json",
        "report.md",
        "run.log",
    ):
        assert (run / name).is_file(), name
    outputs = {n: (run / n).read_bytes() for n in ("accepted.jsonl", "rejected.jsonl")}
    server_log = (run / "embedded_server.log").read_bytes()
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["backend"] == "embedded" and manifest["model"] == "SmolLM2-135M-Instruct.Q4_1"
    assert manifest["attempts"]["model_calls"] >= 3

    second = run_cli(*args, cwd=tmp_path)  # the finished job's outputs are intact: kept as they are
    assert second.returncode == 0, second.stderr
    assert "model calls 0 (cached" in second.stdout and "outputs already current" in second.stdout
    (run / "manifest.json").unlink()  # rebuilt from the cache instead
    third = run_cli(*args, cwd=tmp_path)
    assert third.returncode == 0, third.stderr
    assert "model calls 0 (cached" in third.stdout and "outputs already current" not in third.stdout
    assert json.loads((run / "manifest.json").read_text())["attempts"]["model_calls"] == 0
    assert {n: (run / n).read_bytes() for n in outputs} == outputs
    assert (run / "embedded_server.log").read_bytes() == server_log, "a cached rerun must not start the model"


def test_user_mistakes_are_one_line_errors(tmp_path):
    missing = run_cli("generate", "--input", "nope.jsonl", cwd=tmp_path)
    assert missing.returncode == 2
    assert (
        missing.stderr.strip()
        == "error: nope.jsonl: no such file (and not a hub dataset id like 'owner/name')"
    )
    flag = run_cli("prepare", "--limit", "ten", cwd=tmp_path)  # argparse's whole usage block came first
    assert flag.returncode == 2 and flag.stderr.splitlines() == [
        "error: argument --limit: invalid int value: 'ten' "
        "(`python -m cot_synth prepare --help` lists the options)"
    ]
    typo = run_cli("prepare", "--input", "dta/medqa", "--out", "o", cwd=tmp_path)  # data/medqa meant
    assert typo.returncode == 2 and typo.stderr.count("\n") == 1, typo.stderr  # no line per Hub retry
    assert typo.stderr.startswith(
        "error: dta/medqa: no such file or folder here, and not readable as a hub dataset"
    )
    odd = write_jsonl(tmp_path / "odd.jsonl", [{"stem": "Q", "choices": ["a", "b"]}])
    layout = run_cli("generate", "--input", str(odd), cwd=tmp_path)
    assert layout.returncode == 2 and "Traceback" not in layout.stderr
    assert "unknown column layout" in layout.stderr and len(layout.stderr.strip().splitlines()) == 1
    no_model = run_cli("generate", "--backend", "openai", cwd=tmp_path)
    assert no_model.returncode == 2 and "needs --model" in no_model.stderr


@pytest.mark.slow  # starts the embedded model
def test_ctrl_c_stops_the_run_and_its_server(tmp_path):
    command = [sys.executable, "-m", "cot_synth", "generate", "--out", "run", "--no-progress"]
    proc = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not _children(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    servers = _children(proc.pid)
    assert servers, "the embedded server should have started"
    time.sleep(2)  # let it take requests
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "rerun the same command to resume" in stderr and "Traceback" not in stderr
    assert all(_wait_gone(pid) for pid in servers)


def test_server_dies_with_a_sigkilled_parent(tmp_path):
    script = (
        "from cot_synth.backends.embedded import EmbeddedServer, model_path\n"
        "import time\n"
        "s = EmbeddedServer(model_path()).__enter__()\n"
        "print(s.pid, flush=True)\n"
        "time.sleep(600)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, text=True)
    server_pid = int(parent.stdout.readline())
    assert _alive(server_pid)
    parent.kill()  # SIGKILL: no Python cleanup runs in the parent
    parent.wait()
    assert _wait_gone(server_pid), "an orphaned llama.cpp server would hold the CPU forever"


INTERRUPTED_MID_TASK = """
import asyncio, os, signal, threading, time
from cot_synth.cli.exits import interrupt_now

signal.signal(signal.SIGINT, interrupt_now)

async def busy():
    started = time.monotonic()
    while time.monotonic() - started < 5:  # a task's step: the Ctrl-C lands inside it
        pass

async def main():
    asyncio.ensure_future(busy())
    await asyncio.sleep(10)

threading.Timer(0.5, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("interrupted")
"""


def test_a_ctrl_c_inside_a_task_prints_no_traceback() -> None:
    """The task the interrupt cut short ends unawaited: asyncio must not print it as an error on exit
    (what made the embedded-model Ctrl-C test fail on a busy machine)."""
    run = subprocess.run(
        [sys.executable, "-c", INTERRUPTED_MID_TASK], cwd=REPO, capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert run.stdout.strip() == "interrupted"
    assert "Traceback" not in run.stderr and "never retrieved" not in run.stderr, run.stderr
