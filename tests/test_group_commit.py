"""Answers that land in one turn of the event loop are committed in one transaction (`ResponseCache.commit`),
and no answer a call was told is committed is lost to a SIGKILL. Real diskcache on disk, a real process."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cot_synth.cache import ResponseCache
from cot_synth.records import Completion
from tests.conftest import count_calls


def _answer(i: int) -> tuple[str, Completion]:
    return f"key-{i}", Completion(f"trace {i}", "stop", 10, 20, 0.2)


def test_answers_landing_together_share_one_transaction(tmp_path: Path, monkeypatch) -> None:
    cache = ResponseCache(tmp_path / "cache")
    transactions = count_calls(monkeypatch, cache, "put_many")

    async def land() -> None:
        await asyncio.gather(*(cache.commit([_answer(i)]) for i in range(64)))  # one bunch
        await cache.commit([_answer(64)])  # a later turn: a transaction of its own

    asyncio.run(land())
    assert transactions[0] == 2 and cache.stats.writes == 65
    with ResponseCache(tmp_path / "cache") as other:  # another connection reads every one of them
        assert all(other.get(key) == answer for key, answer in map(_answer, range(65)))


def test_a_failed_commit_fails_every_call_that_waited_on_it(tmp_path: Path, monkeypatch) -> None:
    cache = ResponseCache(tmp_path / "cache")

    def full_disk(items: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache, "put_many", full_disk)

    async def land() -> list[object]:
        return await asyncio.gather(*(cache.commit([_answer(i)]) for i in range(3)), return_exceptions=True)

    outcomes = asyncio.run(land())
    assert [type(o) for o in outcomes] == [OSError] * 3


CHILD = """
import asyncio, sys
from cot_synth.cache import ResponseCache
from cot_synth.records import Completion

async def main() -> None:
    cache = ResponseCache(__import__("pathlib").Path(sys.argv[1]))
    for bunch in range(10**6):
        keys = [f"key-{bunch}-{i}" for i in range(16)]
        await asyncio.gather(*(cache.commit([(k, Completion(k, "stop", 1, 1, 0.0))]) for k in keys))
        sys.stdout.write("".join(k + "\\n" for k in keys))  # told: committed
        sys.stdout.flush()

asyncio.run(main())
"""


@pytest.mark.parametrize("after_s", [0.3, 0.7, 1.1])
def test_no_acknowledged_answer_is_lost_to_a_sigkill(tmp_path: Path, after_s: float) -> None:
    folder = tmp_path / "cache"
    log = tmp_path / "acknowledged.txt"
    with log.open("w") as out:
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(folder)], stdout=out)
        time.sleep(after_s + 1.5)  # its imports, then a moment into its commits
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    told = [line for line in log.read_text().splitlines() if line]
    assert len(told) >= 16, "the child acknowledged nothing before the kill"
    with ResponseCache(folder) as cache:
        assert [key for key in told if cache.get(key) is None] == []
