"""HTTP backends run each item on its own: a slow call holds up only its item, and the outputs are the
same as the round-by-round schedule's (the one a batching backend keeps)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from cot_synth import runfolder
from cot_synth.backends.openai_backend import OpenAIBackend
from cot_synth.cache import ResponseCache
from cot_synth.config import GenerateConfig
from cot_synth.pipeline import run_generate
from cot_synth.synthesize.attempts import ITEMS_PER_SLOT, Synthesizer
from tests.conftest import count_calls
from tests.fault_server import FaultServer

SLOW_S = 3.0  # long enough that 21 calls fit beside it on a loaded 2-core CI machine (1.5 s once did not)
ITEMS = 8


def _config(medqa_dir: Path, server: FaultServer, out: Path, choices_per_call: int = 1) -> GenerateConfig:
    # the server's replies conclude nothing, so every item makes all 2 blind + 1 hinted attempts
    return GenerateConfig(
        input=str(medqa_dir / "phrases_no_exclude_test.jsonl"), limit=ITEMS, out=out,
        backend="openai", model="m", base_url=server.base_url, api_key_env="COT_SYNTH_TEST_NO_SUCH_KEY",
        blind_attempts=2, hinted_attempts=1, concurrency=4, request_timeout_s=10,
        choices_per_call=choices_per_call,
    )  # fmt: skip


def test_a_slow_call_holds_up_only_its_own_item(medqa_dir: Path, tmp_path: Path) -> None:
    rules = [{"fault": "slow", "seconds": SLOW_S, "first": 2, "after": 1}]  # the first call after the probe
    with FaultServer(tmp_path / "arrivals.jsonl", rules=rules) as server:
        summary = run_generate(_config(medqa_dir, server, tmp_path / "run"))
    probe, slow, *others = server.arrivals()
    assert summary.model_calls == len(others) + 1 == ITEMS * 3
    assert slow["delay"] == SLOW_S
    during = [a for a in others if a["t"] < slow["t"] + SLOW_S - 0.3]
    # in rounds, the other items' second attempts would wait for the slow first one: at most ITEMS - 1
    assert len(during) == (ITEMS - 1) * 3


@pytest.mark.parametrize("choices_per_call", [1, 2])
def test_items_on_their_own_give_the_outputs_of_rounds(
    medqa_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, choices_per_call: int
) -> None:
    outputs = {}
    for batches in (True, False):
        monkeypatch.setattr(OpenAIBackend, "batches", batches)
        with FaultServer(tmp_path / f"arrivals-{batches}.jsonl", delay_s=0.05, spread=1.0) as server:
            run_generate(_config(medqa_dir, server, tmp_path / f"run-{batches}", choices_per_call))
        outputs[batches] = [
            (tmp_path / f"run-{batches}" / name).read_bytes()
            for name in (runfolder.ACCEPTED, runfolder.REJECTED)
        ]
        rejected = [json.loads(line) for line in outputs[batches][1].splitlines()]
        assert len(rejected) == ITEMS and all(len(r["attempts"]) == 3 for r in rejected)
    assert outputs[True] == outputs[False]


def test_records_grow_while_the_job_runs(medqa_dir: Path, tmp_path: Path) -> None:
    """Items that finish are on disk at once; the final files hold every item in input order."""
    out = tmp_path / "run"
    rules = [{"fault": "slow", "seconds": 8, "first": 2, "after": 1}]
    with FaultServer(tmp_path / "arrivals.jsonl", rules=rules) as server:
        command = [
            sys.executable, "-m", "cot_synth", "generate",
            "--input", str(medqa_dir / "phrases_no_exclude_test.jsonl"), "--limit", str(ITEMS),
            "--out", str(out), "--backend", "openai", "--base-url", server.base_url, "--model", "m",
            "--concurrency", "4", "--no-progress",
        ]  # fmt: skip
        job = subprocess.Popen(
            command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        # the slow call's 8 s run from its arrival, after a start-up that a loaded machine stretches to
        # seconds: the loop ends when the records are there or the job is over, not at a start-up's guess
        deadline = time.monotonic() + 60
        live: list[str] = []
        while len(live) < ITEMS - 1 and time.monotonic() < deadline and job.poll() is None:
            time.sleep(0.1)
            path = out / runfolder.REJECTED
            live = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        still_running = job.poll() is None
        job.communicate(timeout=60)
    assert still_running and len(live) == ITEMS - 1, (still_running, len(live))
    assert all(json.loads(line)["mcq"]["id"] for line in live)  # whole lines only
    final = [json.loads(line) for line in (out / runfolder.REJECTED).read_text().splitlines()]
    prepared = [json.loads(line)["id"] for line in (out / runfolder.PREPARED).read_text().splitlines()]
    assert [r["mcq"]["id"] for r in final] == prepared


def test_a_fresh_run_admits_a_few_items_per_slot_and_replays_nothing(
    medqa_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Items are under way ``ITEMS_PER_SLOT`` per call slot, not all at once (each item's opening, run for
    10k items before the first call, held it up a second), and an empty cache is not looked up item by
    item; the rerun replays every item from the cache."""
    under_way: set[int] = set()
    peak = [0]
    ask, finish = Synthesizer._round, Synthesizer._finish

    async def asking(self: Synthesizer, items: list, *args: object) -> None:
        under_way.update(id(item) for item in items)
        peak[0] = max(peak[0], len(under_way))
        await ask(self, items, *args)

    def finishing(self: Synthesizer, item: object) -> None:
        under_way.discard(id(item))
        finish(self, item)

    monkeypatch.setattr(Synthesizer, "_round", asking)
    monkeypatch.setattr(Synthesizer, "_finish", finishing)
    lookups = count_calls(monkeypatch, ResponseCache, "judged_calls")
    with FaultServer(tmp_path / "arrivals.jsonl", delay_s=0.02) as server:
        config = replace(_config(medqa_dir, server, tmp_path / "run"), concurrency=1)
        summary = run_generate(config)
    assert summary.model_calls == ITEMS * 3 and lookups[0] == 0
    assert peak[0] == ITEMS_PER_SLOT * config.concurrency
    again = run_generate(replace(config, base_url="http://127.0.0.1:9/v1"))  # all from the cache
    assert again.model_calls == 0 and lookups[0] > 0
