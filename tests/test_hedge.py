"""Hedged calls against a real server (tests/fault_server.py) that holds one chosen arrival: a call past the
run's usual latency is sent again and the first answer wins; a copy that loses or fails changes nothing."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import pytest

from cot_synth.backends.hedge import HedgeDelay
from cot_synth.backends.openai_backend import OpenAIBackend
from cot_synth.config import GenerateConfig
from tests.fault_server import FaultServer
from tests.test_faults import assert_all_answered, collect, make_backend, make_requests

WARM = 5  # fast calls that set the latency quantile before the one under test
FLOOR_S = 0.2  # the hedge delay in these tests: the warm calls take ~0.02 s


def the_call_after_warm(seconds: float) -> dict[str, Any]:
    """A rule holding the first arrival after the warm calls (the call under test) for ``seconds``."""
    return {"fault": "slow", "seconds": seconds, "after": WARM, "first": WARM + 1}


def its_copy(rule: dict[str, Any]) -> dict[str, Any]:
    """The same rule for the arrival after it: the call's hedge."""
    return {**rule, "after": WARM + 1, "first": WARM + 2}


def run_with_hedging(server: FaultServer, quantile: float) -> tuple[OpenAIBackend, float]:
    """The warm calls, then one call; returns the backend and that call's seconds."""
    backend = make_backend(server, timeout_s=10.0)
    backend.hedge = HedgeDelay(quantile, min_samples=WARM, floor_s=FLOOR_S)
    requests = make_requests(WARM + 1)

    async def scenario() -> float:
        assert_all_answered(requests[:WARM], await collect(backend, requests[:WARM]))
        started = time.perf_counter()
        assert_all_answered(requests[WARM:], await collect(backend, requests[WARM:]))
        return time.perf_counter() - started

    seconds = asyncio.run(scenario())
    arrivals = server.arrivals()
    assert len(arrivals) == backend.succeeded + backend.failed + backend.retries + backend.hedged
    assert backend.retries == backend.failed == 0
    return backend, seconds


def test_a_stuck_call_is_answered_by_its_copy(fault_server: Callable[..., FaultServer]) -> None:
    server = fault_server(rules=[the_call_after_warm(30.0)])
    backend, seconds = run_with_hedging(server, 0.9)
    assert (backend.hedged, backend.hedges_won) == (1, 1)
    assert seconds < 3.0  # the copy's usual latency after the hedge delay, not the 30 s (nor a 10 s timeout)
    tested = server.arrivals()[WARM:]
    assert len(tested) == 2 and tested[0]["key"] == tested[1]["key"]  # the same request, sent twice


def test_a_call_that_answers_first_wins_and_its_copy_is_dropped(
    fault_server: Callable[..., FaultServer],
) -> None:
    slow = the_call_after_warm(0.8)
    server = fault_server(rules=[slow, its_copy({**slow, "seconds": 30.0})])
    backend, seconds = run_with_hedging(server, 0.9)
    assert (backend.hedged, backend.hedges_won) == (1, 0)
    assert seconds < 3.0  # the copy still running on the server is not waited for


def test_a_failing_copy_changes_nothing(fault_server: Callable[..., FaultServer]) -> None:
    slow = the_call_after_warm(0.8)
    server = fault_server(rules=[slow, its_copy({"fault": "status", "status": 500})])
    backend, _ = run_with_hedging(server, 0.9)
    assert (backend.hedged, backend.hedges_won) == (1, 0)


def test_no_copy_when_hedging_is_off(fault_server: Callable[..., FaultServer]) -> None:
    server = fault_server(rules=[the_call_after_warm(0.8)])
    backend, seconds = run_with_hedging(server, 0.0)
    assert backend.hedged == 0 and seconds >= 0.8
    assert len(server.arrivals()) == WARM + 1


def test_the_hedge_delay_is_a_quantile_of_recent_latencies() -> None:
    delay = HedgeDelay(0.9, min_samples=10, floor_s=0.5)
    for latency in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        delay.add(latency)
    assert delay.after_s() is None  # nine latencies say too little
    delay.add(3.0)
    assert delay.after_s() == 0.9  # the 9th of 10, not the maximum
    low = HedgeDelay(0.9, min_samples=3, floor_s=0.5)
    for latency in (0.01, 0.02, 0.03):
        low.add(latency)
    assert low.after_s() == 0.5  # never sooner than the floor
    never = HedgeDelay(0.0, min_samples=1)
    never.add(1.0)
    assert never.after_s() is None
    with pytest.raises(ValueError):
        HedgeDelay(1.0)


def test_only_remote_endpoints_are_hedged(tmp_path: Any) -> None:
    from cot_synth.backends import openai_client

    config = GenerateConfig(input="x.jsonl", backend="openai", model="m", out=tmp_path)
    assert openai_client(config, "m", "http://127.0.0.1:9/v1", "k").hedge.quantile == 0.99
    embedded = openai_client(config, "m", "http://127.0.0.1:9/v1", "k", kind="embedded")
    assert embedded.hedge.quantile == 0.0
