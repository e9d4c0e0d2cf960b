"""An adaptive (AIMD) bound on requests in flight, for endpoints that rate-limit.

A fixed ``--concurrency`` is either too timid for a fast endpoint or too greedy for a rate-limited one.
Like TCP congestion control, the limit halves on an HTTP 429 (multiplicative decrease) and grows by one
after every ``grow_after`` successes (additive increase), back up to the configured maximum. It halves at
most once per cool-down window (``cooldown_latencies`` times the recent call latency, at least
``min_cooldown_s``): 429s from one window, or from calls that started before the last decrease, are one
signal, as TCP cuts its window once per round trip. Without the window, a server that refuses a steady
10 % of calls at random would halve the limit on nearly every refusal and hold it at 1–2 calls in flight;
with it the limit grows back within the window and stays near the maximum (``benchmarks/bench_ratelimit``).
A server's ``Retry-After`` pauses every new call until it has passed, not just the one that was told,
including calls that were already waiting for a slot when it came.

No maintained library does this for asyncio (``aiolimiter`` bounds a rate, not requests in flight), so
this is a small semaphore whose size moves: lowering it runs up a "debt" of permits that are swallowed as
calls finish instead of being handed to the next waiter.
"""

from __future__ import annotations

import asyncio
import time

LATENCY_WEIGHT = 0.1  # of the newest call in the moving latency statistics


class AdaptiveLimiter:
    """Bounds calls in flight to ``limit`` (1 ≤ limit ≤ maximum) and moves ``limit`` with the answers."""

    def __init__(
        self,
        maximum: int,
        grow_after: int = 10,
        cooldown_latencies: float = 10.0,
        min_cooldown_s: float = 1.0,
    ) -> None:
        if maximum < 1 or grow_after < 1:
            raise ValueError("maximum and grow_after must be at least 1")
        self.cooldown_latencies = cooldown_latencies
        self.min_cooldown_s = min_cooldown_s
        self.latency_s = 0.0  # moving average of successful calls' latency
        self._latency_var = 0.0  # ... and their moving variance around it
        self._shrunk_at = -float("inf")
        self.maximum = maximum
        self.grow_after = grow_after
        self.limit = maximum
        self.lowest_limit = maximum
        self.in_flight = 0
        self._successes = 0
        self._epoch = 0
        self._debt = 0
        self._resume_at = 0.0
        self._semaphore: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _permits(self) -> asyncio.Semaphore:
        """The semaphore of the running loop: a backend may outlive one ``asyncio.run``."""
        loop = asyncio.get_running_loop()
        if self._semaphore is None or self._loop is not loop:
            self._semaphore, self._loop, self._debt = asyncio.Semaphore(self.limit), loop, 0
        return self._semaphore

    async def acquire(self) -> int:
        """Wait out any server-requested pause, then for a free slot. Returns the epoch to hand back."""
        permits = self._permits()
        while True:
            while (pause := self._resume_at - time.monotonic()) > 0:
                await asyncio.sleep(pause)
            await permits.acquire()
            while self._debt:  # the limit dropped while this permit lay free: swallow it, take another
                self._debt -= 1
                await permits.acquire()
            if self._resume_at <= time.monotonic():
                break
            permits.release()  # a Retry-After came while this call waited for its slot: wait it out too
        self.in_flight += 1
        return self._epoch

    def release(
        self, epoch: int, *, ok: bool = False, rate_limited: bool = False, latency_s: float | None = None
    ) -> None:
        """Give the slot back, growing the limit after successes and halving it on a fresh 429."""
        self.in_flight -= 1
        if ok and latency_s is not None:
            self.observe(latency_s)
        if rate_limited:
            cooled = time.monotonic() - self._shrunk_at >= self.cooldown_s()
            if epoch == self._epoch and cooled:
                self._shrink()
        elif ok:
            self._successes += 1
            if self._successes >= self.grow_after and self.limit < self.maximum:
                self._successes = 0
                self.limit += 1
                self._give_permit()
        self._give_permit()

    def observe(self, latency_s: float) -> None:
        """A successful call's latency into the exponentially weighted mean and variance (weight
        ``LATENCY_WEIGHT`` on the newest call); ``release`` reports each call's."""
        if not self.latency_s:
            self.latency_s = latency_s
            return
        diff = latency_s - self.latency_s
        self.latency_s += LATENCY_WEIGHT * diff
        self._latency_var = (1 - LATENCY_WEIGHT) * (self._latency_var + LATENCY_WEIGHT * diff * diff)

    @property
    def latency_sd_s(self) -> float:
        """The moving standard deviation of successful calls' latency."""
        return self._latency_var**0.5

    def pause(self, seconds: float) -> None:
        """Hold every new call for ``seconds`` (the server's ``Retry-After``)."""
        self._resume_at = max(self._resume_at, time.monotonic() + seconds)

    def cooldown_s(self) -> float:
        """How long after a decrease further 429s are taken as the same signal."""
        return max(self.min_cooldown_s, self.cooldown_latencies * self.latency_s)

    def _shrink(self) -> None:
        self._shrunk_at = time.monotonic()
        smaller = max(1, self.limit // 2)
        self._debt += self.limit - smaller
        self.limit = smaller
        self.lowest_limit = min(self.lowest_limit, smaller)
        self._successes = 0
        self._epoch += 1

    def _give_permit(self) -> None:
        if self._debt:
            self._debt -= 1
        else:
            self._permits().release()
