"""Calls started a little apart, so that their answers land a little apart.

Calls launched together come back together. With 64 slots filled in one burst, a server of steady latency
answers all 64 within a millisecond or two, round after round, and one event loop then reads, parses and
commits them one after the other (~0.5 ms each): the last answer of a burst waits ~30 ms before it is on
disk and before its slot is refilled. That costs throughput every round and, under a SIGKILL, it is what a
resume pays again: answers the server had sent that were still queued behind the burst.

So each start is spaced at least ``gap_s`` after the one before: ``ROOM`` times the loop's own CPU time per
call (sending, reading, parsing, committing, handing to the judge: what an answer needs before the next
lands), measured as the run goes. More would only idle slots: a call held longer is a call that could
have been answering, and at the end of a run the last calls' starts spread over ``limit`` gaps (at 3 ms
a gap, 64 slots, 200 ms calls: 0.89 of the ideal at best, where 1 ms leaves 0.95). Two bounds: calls whose
latencies differ spread themselves out by about the latencies' standard deviation, so the gap is never
more than what a full pipeline of ``limit`` calls of latency L leaves of that spread, (L - sd) / limit (a
heavy-tailed server, sd above L, is not paced: ``bench_heavy_tail``); and never more than ``MAX_GAP_S``
(one call in flight, latencies that vary: a call that came back early is not held). Before any answer the
gap is ``FIRST_GAP_S``; before the loop's cost is known, the bounds alone.
"""

from __future__ import annotations

import asyncio
import time

FIRST_GAP_S = 0.001  # before any latency is known: 64 starts spread over 64 ms
MAX_GAP_S = 0.003  # the longest a call is held
ROOM = 2.0  # the gap, in units of the loop's CPU time per call: half the loop's time left for jitter
CPU_WINDOW = 16  # calls over which the loop's CPU time per call is measured
CPU_WEIGHT = 0.25  # of the newest window in the moving measure


class LaunchPacer:
    """Hands out start times at least ``gap_s`` apart, in the order they are asked for, and measures the
    calling thread's (the event loop's) CPU time per call."""

    def __init__(self) -> None:
        self._next = 0.0
        self._starts = 0
        self._cpu_mark = 0.0
        self.cpu_per_call_s = 0.0  # 0 until a window was measured

    @staticmethod
    def gap_s(latency_s: float, sd_s: float, limit: int, cpu_per_call_s: float = 0.0) -> float:
        """The spacing of starts, given the calls' recent latency (0: none yet), its standard deviation,
        the limit in flight and the loop's CPU time per call (0: not known yet)."""
        if latency_s <= 0:
            return FIRST_GAP_S
        gap = min(MAX_GAP_S, max(0.0, latency_s - sd_s) / limit)
        return min(gap, ROOM * cpu_per_call_s) if cpu_per_call_s else gap

    async def wait(self, latency_s: float, sd_s: float, limit: int) -> None:
        """Return when this call may start; a call that finds the last start long past goes at once."""
        self._measure()
        now = time.monotonic()
        start = max(now, self._next)
        self._next = start + self.gap_s(latency_s, sd_s, limit, self.cpu_per_call_s)
        if start > now:
            await asyncio.sleep(start - now)

    def _measure(self) -> None:
        """Count a start; every ``CPU_WINDOW`` starts, fold the thread's CPU time per start into the
        moving measure (in a steady run, starts and answers go at the same pace)."""
        if self._starts % CPU_WINDOW == 0:
            cpu = time.thread_time()
            if self._starts:
                window = (cpu - self._cpu_mark) / CPU_WINDOW
                last = self.cpu_per_call_s
                self.cpu_per_call_s = window if not last else last + CPU_WEIGHT * (window - last)
            self._cpu_mark = cpu
        self._starts += 1
