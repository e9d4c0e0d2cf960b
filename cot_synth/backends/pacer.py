"""Calls started a little apart, so that their answers land a little apart.

Calls launched together come back together. With 64 slots filled in one burst, a server of steady latency
answers all 64 within a millisecond or two, round after round, and one event loop then reads, parses and
commits them one after the other (~0.5 ms each): the last answer of a burst waits ~30 ms before it is on
disk and before its slot is refilled. That costs throughput every round and, under a SIGKILL, it is what a
resume pays again: answers the server had sent that were still queued behind the burst.

So each start is spaced at least ``gap_s`` after the one before. A full pipeline of ``limit`` calls of
latency L starts one every L / limit; calls whose latencies differ spread themselves out by about the
latencies' standard deviation, so the pacing adds only what that leaves, (L - sd) / limit, and never more
than ``MAX_GAP_S``: a few times the loop's cost of one answer is all the room an answer needs to be on
disk before the next lands, and a longer hold would idle a slot whose call came back early (one call in
flight, latencies that vary). A server of steady latency gets its starts spread out (``../shared/peerbench``,
500 calls, 64 in flight: 1–9 answered calls re-sent after a kill instead of 25–32); a heavy-tailed one (sd
above L) is not paced at all, where the full spacing cost 8 % of its throughput (``bench_heavy_tail``: 0.87
against 0.95). Before any latency is known (no answer yet, and no probe's) the gap is ``FIRST_GAP_S``; a
fresh run knows its probe's, so its first calls are spaced as the later ones (``peerbench``: 5 runs, answered
calls re-sent after a kill beyond what the harness's own lag adds: 0/1/1/0/0 against 1/1/0/3/1).

Spread answers have a price no pacer avoids. N calls of latency L at C in flight, their answers spread
over a window W, take at least N·L/C + W: slots idle while the spread ramps up and while it drains. A
burst (W ≈ 0) reaches 0.98 of C/L on 500 calls, and a SIGKILL then lands amid up to C answers read but
not yet committed; starts spaced L/C apart (W ≈ L) land one answer per L/C, so a kill finds one or two
in that state, and the bound is N·L/C / (N·L/C + L): 0.89 for peerbench's 500 calls at 64 in flight,
before any cost of the client's own. A benchmark's kill cost and throughput are read together.
"""

from __future__ import annotations

import asyncio
import time

FIRST_GAP_S = 0.001  # before any latency is known: 64 starts spread over 64 ms
MAX_GAP_S = 0.003  # the longest a call is held: ~5 times the loop's cost of reading and committing an answer


class LaunchPacer:
    """Hands out start times at least ``gap_s(latency, sd, limit)`` apart, in the order they are asked for."""

    def __init__(self) -> None:
        self._next = 0.0

    @staticmethod
    def gap_s(latency_s: float, sd_s: float, limit: int) -> float:
        """The spacing of starts, given the calls' recent latency (0: none yet), its standard deviation and
        the limit in flight."""
        if latency_s <= 0:
            return FIRST_GAP_S
        return min(MAX_GAP_S, max(0.0, latency_s - sd_s) / limit)

    async def wait(self, latency_s: float, sd_s: float, limit: int) -> None:
        """Return when this call may start; a call that finds the last start long past goes at once."""
        now = time.monotonic()
        start = max(now, self._next)
        self._next = start + self.gap_s(latency_s, sd_s, limit)
        if start > now:
            await asyncio.sleep(start - now)
