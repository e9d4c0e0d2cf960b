"""How a failing endpoint looks to the user of ``generate``: the probe that stops a run before it spends,
the circuit breaker that stops calling a dead server, exit codes that tell the truth, and an API key that
never reaches a file. Real ``python -m cot_synth`` runs against the real fault server."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from cot_synth.errors import EXIT_CALLS_FAILED, EXIT_ENDPOINT_DOWN, EXIT_OK
from tests.conftest import run_cli

MODEL = "m"
KEY_ENV = "COT_SYNTH_TEST_CANARY_KEY"
CANARY = "sk-canary-7f3a9c1e5b2d4f6a8c0e1b3d5f7a9c2e"


def generate(base_url: str, out: Path, medqa_dir: Path, *extra: str, limit: int = 6) -> tuple[str, ...]:
    return (
        "generate", "--backend", "openai", "--base-url", base_url, "--model", MODEL,
        "--api-key-env", KEY_ENV, "--limit", str(limit), "--out", str(out),
        "--input", str(medqa_dir / "phrases_no_exclude_test.jsonl"), "--no-progress", *extra,
    )  # fmt: skip


def run_with_key(*args: str, cwd: Path, timeout: float = 120):
    os.environ[KEY_ENV] = CANARY
    try:
        return run_cli(*args, cwd=cwd, timeout=timeout)
    finally:
        del os.environ[KEY_ENV]


def assert_one_error_line(stderr: str, *says: str) -> None:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), stderr
    assert "Traceback" not in stderr
    for text in says:
        assert text in lines[0], lines[0]


@pytest.mark.parametrize(
    ("status", "hint"), [(401, "Check the key (--api-key-env)"), (404, "Check --model and --base-url")]
)
def test_a_wrong_key_or_model_stops_at_the_probe_with_the_servers_words(
    fault_server, medqa_dir, tmp_path, status, hint
) -> None:
    server = fault_server(rules=[{"fault": "status", "status": status, "echo_auth": True, "every": 1}])
    out = tmp_path / "run"
    done = run_with_key(*generate(server.base_url, out, medqa_dir), cwd=tmp_path)

    assert done.returncode == EXIT_ENDPOINT_DOWN
    assert_one_error_line(done.stderr, f"HTTP {status}", f"injected {status}", hint, "Bearer ***")
    assert CANARY[:12] not in done.stderr + done.stdout
    assert len(server.arrivals()) == 1  # one probe, not one failed call per item
    assert not (out / "manifest.json").exists()


def test_a_server_that_is_not_up_fails_fast(fault_server, medqa_dir, tmp_path) -> None:
    server = fault_server()
    server.kill()  # its port is now closed
    started = time.monotonic()
    done = run_cli(*generate(server.base_url, tmp_path / "run", medqa_dir), cwd=tmp_path, timeout=60)

    assert done.returncode == EXIT_ENDPOINT_DOWN
    assert_one_error_line(done.stderr, "connection failed", "ConnectionRefusedError", "Is the server up")
    assert "timed out" not in done.stderr
    assert time.monotonic() - started < 30


def test_a_fresh_run_probes_while_it_prepares_and_a_rerun_not_at_all(
    fault_server, medqa_dir, tmp_path
) -> None:
    """A run folder without a cache calls the endpoint anyway: its probe goes out while the input is read
    and cleaned, not a round trip after. A rerun the cache answers sends nothing, probe included."""
    server = fault_server()
    out = tmp_path / "run"
    first = run_cli(*generate(server.base_url, out, medqa_dir, limit=2), cwd=tmp_path)
    assert first.returncode == EXIT_OK, first.stderr
    probe, *calls = server.arrivals()
    api = json.loads((out / "manifest.json").read_text())["api"]
    assert api["probe_calls"] == 1 and len(calls) == api["succeeded"]  # the first arrival is the probe
    assert probe["t"] < (out / "prepared.jsonl").stat().st_mtime  # sent before the prepared set was written

    again = run_cli(*generate(server.base_url, out, medqa_dir, limit=2), cwd=tmp_path)
    assert again.returncode == EXIT_OK, again.stderr
    assert "outputs already current" in again.stdout and len(server.arrivals()) == 1 + len(calls)
    (out / "manifest.json").unlink()  # the outputs rebuilt from the cache: still nothing sent
    rebuilt = run_cli(*generate(server.base_url, out, medqa_dir, limit=2), cwd=tmp_path)
    assert rebuilt.returncode == EXIT_OK, rebuilt.stderr
    assert "outputs already current" not in rebuilt.stdout and len(server.arrivals()) == 1 + len(calls)
    assert json.loads((out / "manifest.json").read_text())["api"]["probe_calls"] == 0


def test_a_busy_server_is_waited_for_at_the_probe(fault_server, medqa_dir, tmp_path) -> None:
    server = fault_server(rules=[{"fault": "status", "status": 503, "first": 2}])
    done = run_cli(*generate(server.base_url, tmp_path / "run", medqa_dir, limit=2), cwd=tmp_path)
    assert done.returncode == EXIT_OK, done.stderr
    assert [a["outcome"] for a in server.arrivals()[:3]] == ["503", "503", "ok"]


def test_a_server_killed_mid_run_trips_the_breaker_exits_3_and_a_rerun_retries_only_the_failed(
    fault_server, medqa_dir, tmp_path
) -> None:
    server = fault_server(delay_s=0.05, rules=[{"fault": "hang", "after": 8, "every": 1}])  # freezes
    out = tmp_path / "run"
    args = generate(server.base_url, out, medqa_dir, "--circuit-breaker", "4", "--request-timeout", "1",
                    "--blind-attempts", "1", "--hinted-attempts", "0", limit=30)  # fmt: skip
    started = time.monotonic()
    done = run_cli(*args, cwd=tmp_path)
    took = time.monotonic() - started

    assert done.returncode == EXIT_CALLS_FAILED, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    manifest = json.loads((out / "manifest.json").read_text())
    failed, generated = manifest["counts"]["failed"], manifest["counts"]["generated"]
    assert 0 < failed < generated and manifest["api"]["stopped"].startswith("stopped after 4 calls in a row")
    assert f"{failed} of {generated} items failed" in last and "retry only those" in last
    assert "stopped answering" in last and "Traceback" not in done.stderr
    hung = sum(a["outcome"] == "hang" for a in server.arrivals())
    assert hung <= 4 + 4  # the breaker's four, plus calls already in flight (--concurrency 4)
    assert took < 60  # not 20-odd items x 6 attempts x 1 s, four at a time
    assert "circuit breaker stopped after 4 calls" in (out / "report.md").read_text()

    server.kill()
    healthy = fault_server(port=server.port)
    again = run_cli(*args, cwd=tmp_path)
    assert again.returncode == EXIT_OK, again.stderr
    calls = [a for a in healthy.arrivals() if a["outcome"] == "ok"]
    assert len(calls) == failed + 1  # the probe, then only the failed items
    assert json.loads((out / "manifest.json").read_text())["counts"]["failed"] == 0


def test_faults_drawn_per_arrival_are_retried_and_leftover_failures_exit_3(
    fault_server, medqa_dir, tmp_path
) -> None:
    rules = [{"fault": "status", "status": 500, "chance": 0.3, "after": 1}]
    server = fault_server(rules=rules, seed=7)
    retried = run_cli(
        *generate(server.base_url, tmp_path / "a", medqa_dir, "--max-retries", "8"), cwd=tmp_path
    )
    assert retried.returncode == EXIT_OK, retried.stderr
    assert any(a["outcome"] == "500" for a in server.arrivals())

    server = fault_server(rules=rules, seed=7)
    out = tmp_path / "b"
    once = run_cli(*generate(server.base_url, out, medqa_dir, "--max-retries", "0"), cwd=tmp_path)
    assert once.returncode == EXIT_CALLS_FAILED, once.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    failures = sum(a["outcome"] == "500" for a in server.arrivals())
    assert manifest["attempts"]["failed_calls"] == failures > 0
    assert f"{manifest['counts']['failed']} of 6 items failed" in once.stderr.splitlines()[-1]
    rejected = [json.loads(line) for line in (out / "rejected.jsonl").read_text().splitlines()]
    assert sum(bool(row["errors"]) for row in rejected) == manifest["counts"]["failed"]
    assert (out / "report.html").is_file()


def test_the_api_key_reaches_no_file_even_when_a_server_echoes_it_at_the_cut(
    fault_server, medqa_dir, tmp_path
) -> None:
    """The server echoes the key across the 300-character cut of an error (its first 20 characters before
    it): masked first, then cut."""
    rule = {"fault": "status", "status": 500, "echo_auth": True, "pad": 237, "after": 1}
    server = fault_server(rules=[{**rule, "every": 1}])
    out = tmp_path / "run"
    done = run_with_key(*generate(server.base_url, out, medqa_dir, "--max-retries", "1"), cwd=tmp_path)

    assert done.returncode == EXIT_CALLS_FAILED, done.stderr
    assert "Bearer ***" in (out / "rejected.jsonl").read_text()
    assert CANARY[:12] not in done.stdout + done.stderr
    leaks = [p for p in out.rglob("*") if p.is_file() and CANARY[:12].encode() in p.read_bytes()]
    assert leaks == []
    assert (out / "cache").is_dir() and (out / "run.log").is_file()
