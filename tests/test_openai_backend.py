"""The OpenAI backend's parts: Retry-After parsing, the adaptive limiter, usage splitting, prices, and
``n > 1`` against the real llama.cpp server."""

from __future__ import annotations

import asyncio
import concurrent.futures
import email.utils
import json
import time
from pathlib import Path

import pytest

from cot_synth.backends.base import Choices, Request
from cot_synth.backends.limiter import AdaptiveLimiter
from cot_synth.backends.openai_backend import OpenAIBackend
from cot_synth.backends.pacer import FIRST_GAP_S, MAX_GAP_S, LaunchPacer
from cot_synth.backends.pricing import estimate_cost, load_price_table
from cot_synth.backends.replies import retry_after_s, split_evenly
from cot_synth.errors import UserError
from tests.fault_server import FaultServer


def test_retry_after_seconds_milliseconds_and_dates() -> None:
    now = 1_700_000_000.0
    assert retry_after_s({"retry-after": "2"}) == 2.0
    assert retry_after_s({"retry-after": "0.25"}) == 0.25
    assert retry_after_s({"retry-after-ms": "1500", "retry-after": "9"}) == 1.5  # ms wins: it is finer
    assert retry_after_s({"retry-after-ms": "soon", "retry-after": "3"}) == 3.0
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert retry_after_s({"retry-after": date}, now=now) == pytest.approx(30.0)
    past = email.utils.formatdate(now - 30, usegmt=True)
    assert retry_after_s({"retry-after": past}, now=now) == 0.0
    assert retry_after_s({"retry-after": "whenever"}) is None
    assert retry_after_s({}) is None


def test_split_evenly_sums_to_the_total() -> None:
    assert split_evenly(10, 3) == [4, 3, 3]
    assert split_evenly(2, 4) == [1, 1, 0, 0]
    assert sum(split_evenly(12345, 7)) == 12345


def test_limiter_halves_once_per_epoch_floors_at_one_and_grows_back() -> None:
    async def scenario() -> list[int]:
        limiter = AdaptiveLimiter(8, grow_after=2, min_cooldown_s=0.0, cooldown_latencies=0.0)
        seen = []
        epochs = [await limiter.acquire() for _ in range(8)]
        for epoch in epochs[:3]:  # three 429s from calls that all started before the first decrease
            limiter.release(epoch, rate_limited=True)
        seen.append(limiter.limit)
        for epoch in epochs[3:]:
            limiter.release(epoch)
        for _ in range(3):  # fresh 429s, one at a time: each halves
            limiter.release(await limiter.acquire(), rate_limited=True)
            seen.append(limiter.limit)
        for _ in range(2 * 7):
            limiter.release(await limiter.acquire(), ok=True)
        seen.append(limiter.limit)
        for _ in range(10):  # never above the maximum
            limiter.release(await limiter.acquire(), ok=True)
        seen.append(limiter.limit)
        seen.append(limiter.lowest_limit)
        return seen

    assert asyncio.run(scenario()) == [4, 2, 1, 1, 8, 8, 1]


def test_limiter_halves_at_most_once_per_cooldown_window() -> None:
    """Fresh 429s inside one window are one signal; the window scales with the calls' latency."""

    async def scenario() -> list[float]:
        limiter = AdaptiveLimiter(8, grow_after=1000, min_cooldown_s=0.05, cooldown_latencies=4)
        seen: list[float] = []
        for _ in range(3):  # three fresh 429s, one after the other, inside the first window
            limiter.release(await limiter.acquire(), rate_limited=True)
        seen.append(limiter.limit)
        await asyncio.sleep(0.06)  # the window is over: the next 429 is news
        limiter.release(await limiter.acquire(), rate_limited=True)
        seen.append(limiter.limit)
        limiter.release(await limiter.acquire(), ok=True, latency_s=0.5)
        seen.append(limiter.cooldown_s())  # 4 latencies of 0.5 s
        await asyncio.sleep(0.06)
        limiter.release(await limiter.acquire(), rate_limited=True)  # still inside the longer window
        seen.append(limiter.limit)
        return seen

    assert asyncio.run(scenario()) == [4, 2, 2.0, 2]


def test_a_retry_after_also_holds_calls_already_waiting_for_a_slot() -> None:
    async def scenario() -> float:
        limiter = AdaptiveLimiter(1)
        epoch = await limiter.acquire()
        waiting = asyncio.create_task(limiter.acquire())  # queued on the only slot
        await asyncio.sleep(0.01)
        started = time.monotonic()
        limiter.pause(0.3)
        limiter.release(epoch)  # the slot frees while the pause runs
        await waiting
        return time.monotonic() - started

    assert asyncio.run(scenario()) >= 0.29


def test_limiter_bounds_calls_in_flight_as_the_limit_moves() -> None:
    async def scenario() -> tuple[int, int]:
        limiter = AdaptiveLimiter(6, grow_after=1000)
        in_flight = peak_after_shrink = 0
        shrunk = asyncio.Event()

        async def call(i: int) -> None:
            nonlocal in_flight, peak_after_shrink
            epoch = await limiter.acquire()
            in_flight += 1
            if shrunk.is_set():
                peak_after_shrink = max(peak_after_shrink, in_flight)
            await asyncio.sleep(0.01)
            in_flight -= 1
            limiter.release(epoch, rate_limited=i == 0)
            if i == 0:
                shrunk.set()

        await asyncio.gather(*(call(i) for i in range(60)))
        return limiter.limit, peak_after_shrink

    limit, peak = asyncio.run(scenario())
    assert limit == 3
    assert peak == 3  # the five calls started under the old limit drained before more than 3 ran


def test_pacer_spaces_the_starts_of_calls_that_ask_together() -> None:
    """A gap apart, in the order asked: a full pipeline's spacing while the latency is steady (up to
    ``MAX_GAP_S``)."""

    async def scenario() -> tuple[float, list[tuple[int, float]]]:
        pacer = LaunchPacer()
        starts: list[tuple[int, float]] = []

        async def call(i: int) -> None:
            await pacer.wait(
                0.32, 0.0, 16
            )  # 16 calls of 0.32 s in flight: a full pipeline starts one per 20 ms
            starts.append((i, time.monotonic()))

        asked = time.monotonic()
        await asyncio.gather(*(call(i) for i in range(4)))
        return asked, starts

    asked, starts = asyncio.run(scenario())
    assert [i for i, _ in starts] == [0, 1, 2, 3]
    # Start times are handed out on one schedule: the i-th no earlier than i gaps after the first was asked
    # for. A busy machine can wake one call late and the next on time, so two neighbours may land closer
    # than a gap (CI: 1.2 ms); none lands before its slot.
    assert all(t - asked >= i * 0.0019 for i, t in starts)


def test_pacing_shrinks_as_the_latencies_spread_themselves() -> None:
    """The gap is what the latencies' own spread leaves of one latency: none for a heavy tail."""

    async def answered(latencies: list[float]) -> AdaptiveLimiter:
        limiter = AdaptiveLimiter(16)
        for latency in latencies:
            limiter.release(await limiter.acquire(), ok=True, latency_s=latency)
        return limiter

    def gap_after(latencies: list[float]) -> float:
        limiter = asyncio.run(answered(latencies))
        return LaunchPacer.gap_s(limiter.latency_s, limiter.latency_sd_s, limiter.limit)

    assert LaunchPacer.gap_s(0.0, 0.0, 16) == FIRST_GAP_S  # no answer yet
    assert gap_after([0.032] * 50) == pytest.approx(0.002)
    spread = gap_after([0.02, 0.044] * 25)
    assert 0 < spread < 0.002
    assert gap_after([0.005, 0.005, 0.005, 0.3] * 12) == 0.0
    assert gap_after([20.0] * 10) == MAX_GAP_S  # one slow call in flight: held a few ms at most


def test_limiter_takes_back_free_permits_when_it_shrinks() -> None:
    """A 429 while few calls run: the permits lying free must not let more than the new limit start."""

    async def scenario() -> tuple[int, int]:
        limiter = AdaptiveLimiter(8)
        first, _ = await limiter.acquire(), await limiter.acquire()
        limiter.release(first, rate_limited=True)  # limit 4; one call still in flight, six permits free
        waiters = [asyncio.create_task(limiter.acquire()) for _ in range(10)]
        await asyncio.sleep(0.05)
        for task in waiters:
            task.cancel()
        await asyncio.gather(*waiters, return_exceptions=True)
        return limiter.limit, limiter.in_flight

    assert asyncio.run(scenario()) == (4, 4)


def test_price_table_yaml_and_json(tmp_path) -> None:
    yaml_file = tmp_path / "prices.yaml"
    yaml_file.write_text("gpt-4o-mini: {input: 0.15, output: 0.6}\nlocal: {input: 0, output: 0}\n")
    table = load_price_table(yaml_file)
    assert estimate_cost(table, "gpt-4o-mini", 2_000_000, 1_000_000) == pytest.approx(0.9)
    assert estimate_cost(table, "local", 10**9, 10**9) == 0.0
    assert estimate_cost(table, "unknown-model", 1, 1) is None
    json_file = tmp_path / "prices.json"
    json_file.write_text(json.dumps({"m": {"input": 1, "output": 2}}))
    assert estimate_cost(load_price_table(json_file), "m", 1_000_000, 1_000_000) == 3.0


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("gpt-4o: {input: 0.15}\n", ["gpt-4o", "output"]),
        ("gpt-4o: {input: -1, output: 1}\n", ["gpt-4o/input", "minimum"]),
        ("gpt-4o: {input: cheap, output: 1}\n", ["gpt-4o/input", "number"]),
        ("[1, 2]\n", ["top level"]),
        ("gpt-4o: {input: [\n", ["not valid YAML"]),
    ],
)
def test_price_table_mistakes_name_the_file_and_entry(tmp_path, text, names) -> None:
    path = tmp_path / "prices.yaml"
    path.write_text(text)
    with pytest.raises(UserError) as info:
        load_price_table(path)
    message = str(info.value)
    assert str(path) in message
    for name in names:
        assert name in message
    with pytest.raises(UserError, match="cannot read"):
        load_price_table(tmp_path / "missing.yaml")


def test_n_choices_from_one_call_on_the_real_server(embedded_server) -> None:
    """llama.cpp honours ``n``: three different traces for one prompt, the prompt counted once."""
    backend = OpenAIBackend("smollm2", embedded_server.base_url, "EMPTY", concurrency=2, timeout_s=120)
    messages = [{"role": "user", "content": "Name one symptom of anemia."}]
    sampling = {"seed": 7, "max_tokens": 16, "temperature": 1.0, "ignore_eos": True}
    request = Request.build("openai", "smollm2", messages, n=3, **sampling)
    single = Request.build("openai", "smollm2", messages, **sampling)

    async def run() -> list:
        return [outcome async for _, outcome in backend.generate_choices([request, single])]

    outcomes = asyncio.run(run())
    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    many = max(outcomes, key=len)
    one = min(outcomes, key=len)
    assert len(many) == 3 and len(one) == 1
    assert all(c.text.strip() for c in many)
    assert len({c.text for c in many}) == 3
    assert many[0].prompt_tokens == one[0].prompt_tokens > 0
    assert [c.prompt_tokens for c in many[1:]] == [0, 0]
    assert backend.prompt_tokens == 2 * one[0].prompt_tokens
    assert backend.completion_tokens == sum(c.completion_tokens for o in outcomes for c in o)
    assert backend.succeeded == 2 and backend.failed == 0

    async def misuse() -> None:
        async for _ in backend.generate([request]):
            pass

    with pytest.raises(ValueError, match="generate_choices"):
        asyncio.run(misuse())


def test_a_probe_sent_elsewhere_hands_over_its_latency_so_the_first_calls_are_spaced(tmp_path: Path) -> None:
    """A fresh run probes from a backend of its own while its input is read; the backend that then makes
    the calls takes the probe's latency with its counts, so its first calls start a full pipeline's
    spacing apart, not ``FIRST_GAP_S`` (and are not spread out again in the second round)."""
    with FaultServer(tmp_path / "arrivals.jsonl", delay_s=0.2) as server:
        prober = OpenAIBackend("m", server.base_url, "EMPTY", concurrency=16, probe=True)
        asyncio.run(prober.probe())
        probed: concurrent.futures.Future[OpenAIBackend] = concurrent.futures.Future()
        probed.set_result(prober)
        backend = OpenAIBackend("m", server.base_url, "EMPTY", concurrency=16, probe=True)
        backend.take_probe(probed)
        backend.pacer = launches = _TimedPacer()

        async def first_calls() -> list[Choices | Exception]:
            async with backend.session():
                await backend._ready()
                assert backend.limiter.latency_s == prober.limiter.latency_s >= 0.2
                gap = LaunchPacer.gap_s(backend.limiter.latency_s, backend.limiter.latency_sd_s, 16)
                assert gap == MAX_GAP_S > FIRST_GAP_S
                calls = [
                    Request.build("openai", "m", [{"role": "user", "content": f"q{i}"}]) for i in range(4)
                ]
                return await asyncio.gather(*map(backend.complete, calls))

        assert all(not isinstance(reply, Exception) for reply in asyncio.run(first_calls()))
        arrivals = server.arrivals()
    assert backend.probe_calls == 1 and len(arrivals) == 5  # the one probe, then the four calls
    # Launches are timed where the pacer releases them, from when the first asked to go: the server's
    # arrival times also carry the client's and the server's scheduling on a loaded machine, which pulled
    # four arrivals 9 ms apart to 5.4 ms on CI; a release never comes before its slot.
    assert len(launches.released) == 4 and launches.asked is not None
    last = max(launches.released) - launches.asked
    assert last >= 2 * MAX_GAP_S  # three gaps: 3 ms at FIRST_GAP_S, 9 ms at MAX_GAP_S


class _TimedPacer(LaunchPacer):
    """The real pacer, noting when the first call asked to go (no slot is earlier) and when each is let go."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: float | None = None
        self.released: list[float] = []

    async def wait(self, latency_s: float, sd_s: float, limit: int) -> None:
        if self.asked is None:
            self.asked = time.monotonic()
        await super().wait(latency_s, sd_s, limit)
        self.released.append(time.monotonic())
