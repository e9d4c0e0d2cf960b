"""What a SIGKILLed run spent is not lost: the resumed run's manifest counts the tokens earlier runs paid
for the attempts it found cached, and the two together are every recorded attempt's tokens."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from cot_synth import runfolder
from cot_synth.records import canonical_json
from tests.conftest import run_cli
from tests.fault_server import FaultServer


def test_a_killed_runs_spend_is_in_the_resumed_manifest(medqa_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "run"
    with FaultServer(tmp_path / "arrivals.jsonl", delay_s=0.1) as server:
        job = [
            "generate", "--input", str(medqa_dir / "phrases_no_exclude_test.jsonl"), "--limit", "8",
            "--out", str(out), "--backend", "openai", "--base-url", server.base_url, "--model", "m",
            "--concurrency", "2", "--no-progress", "--price-table", str(_prices(tmp_path)),
        ]  # fmt: skip
        first = subprocess.Popen([sys.executable, "-m", "cot_synth", *job], cwd=tmp_path)
        deadline = time.monotonic() + 60
        while len(server.arrivals()) < 8 and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(first.pid, signal.SIGKILL)
        first.wait()
        assert not (out / runfolder.MANIFEST).exists()
        resumed = run_cli(*job, cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    manifest = json.loads((out / runfolder.MANIFEST).read_text())
    earlier = manifest["earlier_runs"]
    assert earlier["attempts"] == manifest["attempts"]["cached"] >= 4
    recorded = [a for line in (out / runfolder.REJECTED).open() for a in json.loads(line)["attempts"]]
    assert len(recorded) == manifest["attempts"]["total"]
    assert earlier["completion_tokens"] + manifest["attempts"]["completion_tokens"] == sum(
        a["completion_tokens"] for a in recorded
    )
    assert earlier["cost_usd"] > 0
    assert "paid by earlier runs" in (out / runfolder.REPORT_MD).read_text()


def _prices(tmp_path: Path) -> Path:
    path = tmp_path / "prices.json"
    path.write_text(canonical_json({"m": {"input": 1.0, "output": 2.0}}))
    return path
