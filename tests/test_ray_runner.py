"""The Ray runner on a real local Ray instance: the local runner's outputs; resume after a killed actor."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from tests.conftest import run_cli
from tests.proxy import LoggingProxy
from tests.test_resume import _cached_keys, _key

pytest.importorskip("ray")

OUTPUTS = ("accepted.jsonl", "rejected.jsonl", "quarantine.jsonl", "removed.jsonl")
JOB = ("--limit", "4", "--max-tokens", "64", "--no-progress")


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def _calls(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text())["attempts"]


def _generate(medqa_dir: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    source = str(medqa_dir / "phrases_no_exclude_test.jsonl")
    return run_cli("generate", "--input", source, *JOB, "--out", str(out), *extra, cwd=out.parent)


@pytest.mark.slow  # starts the embedded model
def test_embedded_backend_through_ray_equals_the_local_runner(medqa_dir, tmp_path):
    ray_out, local_out = tmp_path / "ray", tmp_path / "local"
    first = _generate(medqa_dir, ray_out, "--runner", "ray", "--ray-actors", "2", "--ray-batch-size", "1")
    assert first.returncode == 0, first.stderr
    made = _calls(ray_out)
    assert made["model_calls"] == made["total"] >= 4 and made["cached"] == 0
    api = json.loads((ray_out / "manifest.json").read_text())["api"]  # every actor's client, added up
    assert api["succeeded"] == made["model_calls"] and api["failed"] == 0
    assert "- cost: local model: free" in (ray_out / "report.md").read_text()

    shutil.copytree(ray_out / "cache", local_out / "cache")
    local = _generate(medqa_dir, local_out)  # the local runner over the cache the actors filled
    assert local.returncode == 0, local.stderr
    assert _outputs(local_out) == _outputs(ray_out)
    assert _calls(local_out)["model_calls"] == 0 and _calls(local_out)["total"] == made["total"]

    (ray_out / "manifest.json").unlink()  # rebuilt, not kept as current
    again = _generate(medqa_dir, ray_out, "--runner", "ray")  # a finished Ray job rebuilds from its cache
    assert again.returncode == 0 and "model calls 0" in again.stdout and "already current" not in again.stdout
    assert _outputs(ray_out) == _outputs(local_out)
    manifest = json.loads((ray_out / "manifest.json").read_text())
    assert manifest["config"]["runner"] == "ray" and manifest["counts"]["read"] == 4
    assert (ray_out / "report.html").is_file()


def _generate_actors() -> list[psutil.Process]:
    return [
        p
        for p in psutil.process_iter(["cmdline"])
        if any("GenerateActor" in part for part in (p.info["cmdline"] or []))
    ]


def test_actor_killed_mid_run_resumes_without_paying_twice(embedded_server, medqa_dir, tmp_path):
    out = tmp_path / "run"
    with LoggingProxy(embedded_server.base_url) as proxy:
        source = str(medqa_dir / "phrases_no_exclude_test.jsonl")
        job = [
            "generate", "--input", source, *JOB, "--concurrency", "2", "--backend", "openai",
            "--base-url", proxy.base_url, "--model", "smollm2", "--api-key-env", "COT_SYNTH_TEST_NO_KEY",
        ]  # fmt: skip
        ray = ["--runner", "ray", "--ray-actors", "2", "--ray-batch-size", "2"]
        command = [sys.executable, "-m", "cot_synth", *job, *ray, "--out", str(out)]
        proc = subprocess.Popen(
            command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        deadline = time.time() + 300
        while len(_cached_keys(out)) < 2 and time.time() < deadline and proc.poll() is None:
            time.sleep(0.2)
        actors = _generate_actors()
        assert actors, "no generation actor is running"
        killed_at, completed = time.time(), _cached_keys(out)
        actors[0].send_signal(signal.SIGKILL)
        _, stderr = proc.communicate(timeout=600)
        assert proc.returncode == 0, stderr
        asked_again = {_key(body) for at, body in proxy.log if at > killed_at} & completed
        assert not asked_again, "a call completed before the actor was killed was paid for again"

        local_out = tmp_path / "local"
        shutil.copytree(out / "cache", local_out / "cache")
        local = run_cli(*job, "--out", str(local_out), cwd=tmp_path)
    assert local.returncode == 0, local.stderr
    assert _calls(local_out)["model_calls"] == 0
    assert _outputs(local_out) == _outputs(out)


def test_an_endpoint_that_is_down_ends_a_ray_run_in_one_line_before_ray_starts(medqa_dir, tmp_path):
    out = tmp_path / "run"
    down = (
        "--backend",
        "openai",
        "--base-url",
        "http://127.0.0.1:9/v1",
        "--model",
        "m",
        "--connect-timeout",
        "2",
    )
    result = _generate(medqa_dir, out, "--runner", "ray", *down)
    assert result.returncode == 4, result.stderr
    assert "Traceback" not in result.stdout + result.stderr and "ray" not in result.stderr.lower()
    assert result.stderr.strip().startswith(
        "error: http://127.0.0.1:9/v1 (model 'm'): a 1-token probe failed"
    )
    assert len(result.stderr.strip().splitlines()) == 1
