"""Crash-proof resume and sharding, with real processes killed by SIGKILL and a real model server."""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cot_synth.backends.base import Request
from cot_synth.backends.usage import combine
from cot_synth.cache import choice_key, response_keys
from tests.conftest import run_cli
from tests.proxy import LoggingProxy

OUTPUTS = ("accepted.jsonl", "rejected.jsonl", "quarantine.jsonl")


def _job(proxy: LoggingProxy, medqa_dir: Path, out: Path, *extra: str) -> list[str]:
    # concurrency 1: the CPU server's numerics depend on how requests are batched together, so only a
    # sequential run is bit-reproducible across processes (the cache makes any run reproducible on rerun).
    return [
        "generate", "--input", str(medqa_dir / "phrases_no_exclude_test.jsonl"), "--limit", "6",
        "--backend", "openai", "--base-url", proxy.base_url, "--model", "smollm2",
        "--api-key-env", "COT_SYNTH_TEST_NO_KEY", "--concurrency", "1", "--max-tokens", "96",
        "--blind-attempts", "2", "--hinted-attempts", "1", "--out", str(out), "--no-progress", *extra,
    ]  # fmt: skip


def _key(body: dict) -> str:
    params = {k: v for k, v in body.items() if k not in ("model", "messages")}
    return Request.build("openai", body["model"], body["messages"], **params).key


def _cached_keys(out: Path) -> set[str]:
    return response_keys(out / "cache")


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.fixture(scope="module")
def proxy(embedded_server):
    with LoggingProxy(embedded_server.base_url) as proxy:
        yield proxy


@pytest.fixture(scope="module")
def reference(proxy, medqa_dir, tmp_path_factory) -> Path:
    """An uninterrupted run: what every interrupted or sharded run must reproduce."""
    out = tmp_path_factory.mktemp("reference") / "run"
    result = run_cli(*_job(proxy, medqa_dir, out), cwd=out.parent)
    assert result.returncode == 0, result.stderr
    return out


def test_sigkill_at_random_moments_then_resume(proxy, medqa_dir, reference, tmp_path):
    out = tmp_path / "run"
    rng = random.Random(7)
    kills = []
    for completed_before_kill in (1, 3, 6):  # kill at a random moment once this many calls are cached
        command = [sys.executable, "-m", "cot_synth", *_job(proxy, medqa_dir, out)]
        proc = subprocess.Popen(command, cwd=tmp_path)
        while proc.poll() is None and len(_cached_keys(out)) < completed_before_kill:
            time.sleep(0.1)
        time.sleep(rng.uniform(0.0, 1.0))
        proc.send_signal(signal.SIGKILL)
        assert proc.wait() == -signal.SIGKILL, "the run finished before it could be killed"
        kills.append((time.time(), _cached_keys(out)))
        proxy.wait_idle()

    final = run_cli(*_job(proxy, medqa_dir, out), cwd=tmp_path)
    assert final.returncode == 0, final.stderr
    assert _outputs(out) == _outputs(reference)
    for killed_at, completed in kills:
        asked_again = {_key(body) for at, body in proxy.log if at > killed_at} & completed
        assert not asked_again, "a call completed before a kill was paid for again"


def test_sigkill_with_several_choices_per_call_keeps_each_call_whole(proxy, medqa_dir, tmp_path):
    """One call brings three attempts: a kill leaves all three cached or none, and none is paid for twice."""
    out = tmp_path / "run"
    job = _job(proxy, medqa_dir, out, "--choices-per-call", "3", "--blind-attempts", "3")
    kills = []
    for completed_before_kill in (1, 7):
        proc = subprocess.Popen([sys.executable, "-m", "cot_synth", *job], cwd=tmp_path)
        while proc.poll() is None and len(_cached_keys(out)) < completed_before_kill:
            time.sleep(0.05)
        time.sleep(random.Random(completed_before_kill).uniform(0.0, 1.0))
        proc.send_signal(signal.SIGKILL)
        assert proc.wait() == -signal.SIGKILL, "the run finished before it could be killed"
        proxy.wait_idle()
        cached = _cached_keys(out)
        for _, body in proxy.log:
            n = body.get("n", 1)
            choices = {choice_key(_key(body), i, n) for i in range(n)}
            assert choices <= cached or not choices & cached, "a call was cached in part"
        kills.append((time.time(), cached))

    final = run_cli(*job, cwd=tmp_path)
    assert final.returncode == 0, final.stderr
    for killed_at, completed in kills:
        asked_again = {
            choice_key(_key(body), 0, body.get("n", 1)) for at, body in proxy.log if at > killed_at
        }  # fmt: skip
        assert not asked_again & completed, "a call completed before a kill was paid for again"
    counts = json.loads((out / "manifest.json").read_text())["counts"]
    assert counts["read"] == 6 and counts["accepted"] + counts["rejected"] == counts["generated"]


def test_shards_cover_the_job_and_merge_to_the_unsharded_run(proxy, medqa_dir, reference, tmp_path):
    shards = []
    for index in range(2):
        out = tmp_path / f"shard{index}"
        shutil.copytree(reference / "cache", out / "cache")  # a shard may start from any cache
        result = run_cli(*_job(proxy, medqa_dir, out, "--shard", f"{index}/2"), cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "model calls 0" in result.stdout
        shards.append(out)
    reads = [json.loads((s / "manifest.json").read_text())["counts"]["read"] for s in shards]
    assert sum(reads) == 6 and all(reads)

    shutil.copytree(reference, tmp_path / "merged")  # merged into a folder an unsharded run wrote
    merged = run_cli("merge", *map(str, shards), "--out", str(tmp_path / "merged"), cwd=tmp_path)
    assert merged.returncode == 0, merged.stderr
    assert not (tmp_path / "merged" / "prepare_report.json").exists()  # no input figures of another run
    assert merged.stdout.startswith("merged 2 shards · read 6 ")
    assert _outputs(tmp_path / "merged") == _outputs(reference)
    manifest = json.loads((tmp_path / "merged" / "manifest.json").read_text())
    assert manifest["counts"] == json.loads((reference / "manifest.json").read_text())["counts"]
    shard_apis = [json.loads((s / "manifest.json").read_text())["api"] for s in shards]
    assert manifest["api"] == combine(shard_apis) and manifest["api"]["concurrency"] == 1
    assert (tmp_path / "merged" / "report.md").read_text().count("| read | 6 |") == 1

    incomplete = run_cli("merge", str(shards[0]), "--out", str(tmp_path / "bad"), cwd=tmp_path)
    assert incomplete.returncode == 2 and "missing [1]" in incomplete.stderr


def test_merge_refuses_shards_of_different_jobs(proxy, medqa_dir, reference, tmp_path):
    outs = []
    for index, seed in ((0, "0"), (1, "1")):
        out = tmp_path / f"shard{index}"
        shutil.copytree(reference / "cache", out / "cache")
        run_cli(*_job(proxy, medqa_dir, out, "--shard", f"{index}/2", "--seed", seed), cwd=tmp_path)
        outs.append(str(out))
    result = run_cli("merge", *outs, "--out", str(tmp_path / "merged"), cwd=tmp_path)
    assert result.returncode == 2
    assert "differs from" in result.stderr and "seed" in result.stderr and "Traceback" not in result.stderr


def test_slurm_array_index(monkeypatch):
    from cot_synth.errors import UserError
    from cot_synth.shard import Shard

    assert Shard.parse("slurm/4", {"SLURM_ARRAY_TASK_ID": "7", "SLURM_ARRAY_TASK_MIN": "5"}) == Shard(2, 4)
    with pytest.raises(UserError, match="SLURM_ARRAY_TASK_ID is not set"):
        Shard.parse("slurm/4", {})
    with pytest.raises(UserError, match=r"\$SLURM_ARRAY_TASK_ID is 'x', not a whole number"):
        Shard.parse("slurm/4", {"SLURM_ARRAY_TASK_ID": "x"})  # was a ValueError traceback
    with pytest.raises(UserError, match=r"\$SLURM_ARRAY_TASK_MIN is '', not a whole number"):
        Shard.parse("slurm/4", {"SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_MIN": ""})
    with pytest.raises(UserError, match="need 0 <= i < N"):
        Shard.parse("4/4")
