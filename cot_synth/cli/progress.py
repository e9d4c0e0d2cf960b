"""A live progress bar for long runs (rich): items done, accepted samples (each counted the moment its item's
records are written), accepted %, calls/s, tokens/s, cache hits, ETA."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from cot_synth.synthesize.attempts import Tally

REDRAW_S = 0.1  # rich redraws ten times a second: counters formatted more often are never seen


@dataclass
class ProgressView:
    progress: Progress
    task: int | None = None
    started: float = 0.0
    total: int = 0
    shown: float = float("-inf")

    def start(self, total: int) -> None:
        self.started = time.perf_counter()
        self.total = total
        self.task = self.progress.add_task("generate", total=total, stats="")

    def update(self, tally: Tally) -> None:
        """Called after every attempt (a cached rerun makes tens of thousands a second): the counters are
        formatted at most once per redraw, and always for the last item."""
        if self.task is None or self.progress.disable:
            return
        now = time.perf_counter()
        if now - self.shown < REDRAW_S and tally.done < self.total:
            return
        self.shown = now
        elapsed = max(now - self.started, 1e-6)
        share = f"{100 * tally.accepted / tally.done:.0f}%" if tally.done else "–%"
        cached = 100 * tally.cached / tally.attempts if tally.attempts else 0
        stats = (
            f"[green]{tally.samples} accepted[/green] · {share} of items · "
            f"{tally.calls / elapsed:.1f} calls/s · {tally.completion_tokens / elapsed:.0f} tok/s · "
            f"cache {cached:.0f}%"
        )
        self.progress.update(self.task, completed=tally.done, stats=stats)


@contextmanager
def progress_view(console: Console, enabled: bool = True) -> Iterator[ProgressView]:
    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[stats]}"),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
        console=console,
        disable=not enabled,
    )
    with progress:
        yield ProgressView(progress)
