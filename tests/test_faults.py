"""Fault injection: the OpenAI backend against a server that rate-limits, fails, hangs, sends broken
bodies, or dies mid-run. Each test checks what the server really saw (its arrival log) against what the
backend yielded: every request exactly once, nothing lost, counters that balance."""

from __future__ import annotations

import asyncio
import json
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import pytest

from cot_synth.backends.base import Request
from cot_synth.backends.openai_backend import OpenAIBackend, RequestFailedError
from cot_synth.records import Completion
from tests.conftest import run_cli
from tests.fault_server import FaultServer, body_key

MODEL = "m"
Outcome = Completion | Exception


def make_requests(count: int) -> list[Request]:
    return [
        Request.build("openai", MODEL, [{"role": "user", "content": f"question {i}"}], seed=i)
        for i in range(count)
    ]


def server_key(request: Request) -> str:
    return body_key({"model": MODEL, "messages": list(request.messages), **request.params})


def make_backend(server: FaultServer, **overrides: Any) -> OpenAIBackend:
    options: dict[str, Any] = {
        "concurrency": 4,
        "timeout_s": 2.0,
        "max_attempts": 6,
        "backoff_s": 0.05,
        "max_backoff_s": 0.2,
    }
    options.update(overrides)
    return OpenAIBackend(MODEL, server.base_url, options.pop("api_key", "EMPTY"), **options)


async def collect(backend: OpenAIBackend, requests: list[Request]) -> dict[str, Outcome]:
    """Every outcome by request key; fails if any request is yielded twice."""
    outcomes: dict[str, Outcome] = {}
    async for request, outcome in backend.generate(requests):
        assert request.key not in outcomes, "a request was yielded twice"
        outcomes[request.key] = outcome
    return outcomes


def assert_all_answered(requests: list[Request], outcomes: dict[str, Outcome]) -> None:
    """Each request got a completion, and it is the answer to that request (not another's)."""
    assert sorted(outcomes) == sorted(r.key for r in requests)
    for request in requests:
        outcome = outcomes[request.key]
        assert isinstance(outcome, Completion), outcome
        assert outcome.text == f"reply {server_key(request)} 0"


def by_key(arrivals: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for arrival in arrivals:
        grouped[arrival["key"]].append(arrival)
    return grouped


def assert_counts_balance(backend: OpenAIBackend, requests: list[Request], server: FaultServer) -> None:
    assert backend.succeeded + backend.failed == len(requests)
    assert len(server.arrivals()) == backend.succeeded + backend.failed + backend.retries


@pytest.mark.parametrize(
    ("header", "value", "wait_s"), [("Retry-After", "1", 1.0), ("retry-after-ms", "800", 0.8)]
)
def test_429_retry_after_is_waited_out_and_the_limit_shrinks_then_recovers(
    fault_server, header, value, wait_s
) -> None:
    server = fault_server(rules=[{"fault": "status", "status": 429, "headers": {header: value}, "first": 4}])
    backend = make_backend(server, concurrency=8, grow_after=2)
    requests = make_requests(40)
    outcomes = asyncio.run(collect(backend, requests))

    assert_all_answered(requests, outcomes)
    assert (backend.rate_limited, backend.retries, backend.failed) == (4, 4, 0)
    assert backend.limiter.lowest_limit == 4  # four 429s from one window halve the limit once
    assert backend.concurrency_limit == 8  # and it grew back
    assert_counts_balance(backend, requests, server)
    arrivals = server.arrivals()
    assert max(a["in_flight"] for a in arrivals) <= 8
    for seen in by_key(arrivals).values():
        if seen[0]["outcome"] == "429":
            assert [a["outcome"] for a in seen] == ["429", "ok"]
            assert seen[1]["t"] - seen[0]["t"] >= wait_s


def test_429_without_retry_after_backs_off_and_recovers(fault_server) -> None:
    server = fault_server(rules=[{"fault": "status", "status": 429, "first": 6}])
    backend = make_backend(server, concurrency=8, grow_after=2)
    requests = make_requests(30)
    outcomes = asyncio.run(collect(backend, requests))

    assert_all_answered(requests, outcomes)
    assert (backend.rate_limited, backend.retries, backend.failed) == (6, 6, 0)
    assert backend.limiter.lowest_limit == 4
    assert backend.concurrency_limit == 8
    assert_counts_balance(backend, requests, server)


def test_500_then_success(fault_server) -> None:
    server = fault_server(rules=[{"fault": "status", "status": 500, "per_request": 1}])
    backend = make_backend(server)
    requests = make_requests(12)
    outcomes = asyncio.run(collect(backend, requests))

    assert_all_answered(requests, outcomes)
    assert (backend.retries, backend.failed, backend.rate_limited) == (12, 0, 0)
    assert_counts_balance(backend, requests, server)
    for seen in by_key(server.arrivals()).values():
        assert [a["outcome"] for a in seen] == ["500", "ok"]


def test_hung_connection_times_out_and_is_retried(fault_server) -> None:
    server = fault_server(rules=[{"fault": "hang", "first": 2}])
    backend = make_backend(server, timeout_s=0.5)
    requests = make_requests(6)
    outcomes = asyncio.run(collect(backend, requests))

    assert_all_answered(requests, outcomes)
    assert (backend.retries, backend.failed) == (2, 0)
    assert_counts_balance(backend, requests, server)
    hung = [seen for seen in by_key(server.arrivals()).values() if seen[0]["outcome"] == "hang"]
    assert len(hung) == 2
    for seen in hung:
        assert [a["outcome"] for a in seen] == ["hang", "ok"]
        # the timeout runs on the client's clock, which starts a little before the server logs the arrival
        assert seen[1]["t"] - seen[0]["t"] >= 0.4


@pytest.mark.parametrize("fault", ["cut", "html", "badjson"])
def test_broken_bodies_are_retried(fault_server, fault) -> None:
    """A connection cut mid-body, an HTML error page with status 200, JSON that stops half-way."""
    server = fault_server(rules=[{"fault": fault, "per_request": 1}])
    backend = make_backend(server)
    requests = make_requests(6)
    outcomes = asyncio.run(collect(backend, requests))

    assert_all_answered(requests, outcomes)
    assert (backend.retries, backend.failed) == (6, 0)
    assert_counts_balance(backend, requests, server)
    for seen in by_key(server.arrivals()).values():
        assert [a["outcome"] for a in seen] == [fault, "ok"]


@pytest.mark.parametrize(
    ("rule", "tries", "says"),
    [
        ({"fault": "status", "status": 400, "every": 1}, 1, "HTTP 400"),
        ({"fault": "status", "status": 404, "every": 1}, 1, "HTTP 404"),
        ({"fault": "html", "every": 1}, 3, "not JSON"),
        ({"fault": "badjson", "every": 1}, 3, "not valid JSON"),
        ({"fault": "status", "status": 503, "every": 1}, 3, "HTTP 503"),
        (
            {"fault": "status", "status": 429, "headers": {"Retry-After": "3600"}, "every": 1},
            1,
            "retry after 3600s",
        ),
    ],
)
def test_requests_that_cannot_succeed_end_with_their_error(fault_server, rule, tries, says) -> None:
    """Client errors fail at once; broken bodies and 5xx after the retries; each is yielded once."""
    server = fault_server(rules=[rule])
    backend = make_backend(server, max_attempts=3)
    requests = make_requests(5)
    outcomes = asyncio.run(collect(backend, requests))

    assert sorted(outcomes) == sorted(r.key for r in requests)
    for outcome in outcomes.values():
        assert isinstance(outcome, RequestFailedError)
        assert outcome.attempts == tries
        assert says in str(outcome)
    assert (backend.succeeded, backend.failed) == (0, 5)
    assert_counts_balance(backend, requests, server)
    assert all(len(seen) == tries for seen in by_key(server.arrivals()).values())


def test_the_api_key_never_appears_in_an_error(fault_server) -> None:
    key = "sk-test-0123456789abcdef"
    server = fault_server(rules=[{"fault": "status", "status": 401, "echo_auth": True, "every": 1}])
    backend = make_backend(server, api_key=key)
    outcomes = asyncio.run(collect(backend, make_requests(3)))

    for outcome in outcomes.values():
        assert isinstance(outcome, RequestFailedError)
        assert "HTTP 401" in str(outcome) and "Bearer ***" in str(outcome)  # the server did echo it
        assert key not in str(outcome) and key not in repr(outcome)
        assert outcome.__cause__ is None and outcome.__context__ is None


def run_while(
    backend: OpenAIBackend, requests: list[Request], meddle: Callable[[], Any]
) -> dict[str, Outcome]:
    """Run the requests; ``meddle`` (a coroutine function) acts on the server meanwhile."""

    async def scenario() -> dict[str, Outcome]:
        run = asyncio.create_task(collect(backend, requests))
        await meddle()
        return await run

    return asyncio.run(scenario())


async def wait_for_arrivals(server: FaultServer, count: int) -> None:
    while len(server.arrivals()) < count:
        await asyncio.sleep(0.01)


def test_server_killed_mid_run_and_restarted_on_the_same_port(fault_server) -> None:
    server = fault_server(delay_s=0.1)
    port = server.port
    backend = make_backend(server, max_attempts=20, max_backoff_s=0.5)
    requests = make_requests(60)

    async def kill_and_restart() -> None:
        await wait_for_arrivals(server, 12)
        server.kill()  # SIGKILL: the calls in flight die with it
        await asyncio.sleep(0.3)
        await asyncio.to_thread(server.start)

    outcomes = run_while(backend, requests, kill_and_restart)

    assert server.port == port
    assert_all_answered(requests, outcomes)
    assert backend.failed == 0 and backend.retries >= 1
    arrivals = server.arrivals()
    assert len(arrivals) <= backend.succeeded + backend.retries  # refused connections never arrive
    assert {a["key"] for a in arrivals if a["outcome"] == "ok"} == {server_key(r) for r in requests}


def test_server_gone_for_good_ends_every_request_with_a_clear_error(fault_server) -> None:
    server = fault_server(delay_s=0.05)
    backend = make_backend(server, max_attempts=3)
    requests = make_requests(30)

    async def kill() -> None:
        await wait_for_arrivals(server, 8)
        server.kill()

    outcomes = run_while(backend, requests, kill)

    assert sorted(outcomes) == sorted(r.key for r in requests)
    failures = [o for o in outcomes.values() if isinstance(o, Exception)]
    assert len(failures) == backend.failed >= 20
    assert backend.succeeded + backend.failed == 30
    for failure in failures:
        assert isinstance(failure, RequestFailedError)
        assert "ConnectionRefusedError" in str(failure)  # the root cause, not just "timed out"
        assert "[after 3 attempts]" in str(failure)
    for request in requests:
        outcome = outcomes[request.key]
        if isinstance(outcome, Completion):
            assert outcome.text == f"reply {server_key(request)} 0"


def test_cli_generate_through_429s_and_500s_accounts_for_every_row(fault_server, medqa_dir, tmp_path) -> None:
    rules = [
        {"fault": "status", "status": 429, "headers": {"Retry-After": "1"}, "first": 2},
        {"fault": "status", "status": 500, "every": 3},
    ]
    server = fault_server(rules=rules)
    prices = tmp_path / "prices.yaml"
    prices.write_text("m: {input: 1.5, output: 4}\n")
    out = tmp_path / "run"
    args = (
        "generate", "--backend", "openai", "--base-url", server.base_url, "--model", MODEL,
        "--api-key-env", "COT_SYNTH_TEST_NO_SUCH_KEY", "--limit", "5", "--out", str(out),
        "--input", str(medqa_dir / "phrases_no_exclude_test.jsonl"),
        "--max-retries", "8", "--price-table", str(prices), "--no-progress",
    )  # fmt: skip
    done = run_cli(*args, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "read 5" in done.stdout

    manifest = json.loads((out / "manifest.json").read_text())
    counts = manifest["counts"]
    assert (
        counts["read"]
        == 5
        == counts["accepted"] + counts["rejected"] + counts["quarantined"] + counts["removed"]
    )
    assert manifest["attempts"]["failed_calls"] == 0
    rejected = [json.loads(line) for line in (out / "rejected.jsonl").read_text().splitlines()]
    assert all(row["errors"] == [] for row in rejected)

    arrivals = server.arrivals()
    ok = [a for a in arrivals if a["outcome"] == "ok"]
    api = manifest["api"]
    assert api["probe_calls"] == 1  # the 1-token probe before the first batch, also an arrival
    assert manifest["attempts"]["model_calls"] == len(ok) - 1 == api["succeeded"]
    assert api["rate_limited"] == 2 == sum(a["outcome"] == "429" for a in arrivals)
    assert api["retries"] == len(arrivals) - len(ok) > 2
    assert api["prompt_tokens"] == sum(a["prompt_tokens"] for a in ok)
    assert api["completion_tokens"] == sum(a["completion_tokens"] for a in ok)
    expected_cost = (api["prompt_tokens"] * 1.5 + api["completion_tokens"] * 4) / 1e6
    assert api["cost_usd"] == pytest.approx(expected_cost)
    report = (out / "report.md").read_text()
    assert f"- cost: ≈ ${expected_cost:.4f}: {api['prompt_tokens']} prompt + " in report
    assert f"{api['retries']} retries, 2 HTTP 429;" in report

    (out / "manifest.json").unlink()  # rebuilt, not kept as current: everything paid for is in the cache
    again = run_cli(*args, cwd=tmp_path, timeout=120)
    assert again.returncode == 0, again.stderr
    assert len(server.arrivals()) == len(arrivals)
    rerun = json.loads((out / "manifest.json").read_text())["api"]
    assert rerun["succeeded"] == rerun["prompt_tokens"] == 0 and rerun["cost_usd"] == 0
