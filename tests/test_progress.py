"""The progress bar counts accepted samples as their items finish, not only a share of the items done."""

from __future__ import annotations

import io

from rich.console import Console

from cot_synth.cli.progress import REDRAW_S, progress_view
from cot_synth.synthesize.attempts import Tally


def test_bar_shows_accepted_samples_as_they_land() -> None:
    console = Console(file=io.StringIO(), force_terminal=True, width=200, color_system=None)
    with progress_view(console) as view:
        view.start(total=4)
        view.update(Tally(done=1, accepted=1, samples=1, attempts=2, calls=2))
        first = view.progress.tasks[0].fields["stats"]
        view.shown -= REDRAW_S  # a redraw later
        view.update(Tally(done=3, accepted=2, samples=3, attempts=6, calls=6))
        later = view.progress.tasks[0].fields["stats"]
    assert "1 accepted" in first and "100% of items" in first
    assert "3 accepted" in later and "67% of items" in later
    assert view.progress.tasks[0].completed == 3


def test_counters_are_drawn_once_per_redraw_and_always_at_the_end() -> None:
    """A cached rerun reports tens of thousands of attempts a second: those within one redraw are one."""
    console = Console(file=io.StringIO(), force_terminal=True, width=200, color_system=None)
    with progress_view(console) as view:
        view.start(total=3)
        view.update(Tally(done=1, accepted=1, samples=1, attempts=1))
        view.update(Tally(done=2, accepted=1, samples=1, attempts=2))  # within the same redraw
        assert view.progress.tasks[0].completed == 1
        view.update(Tally(done=3, accepted=2, samples=2, attempts=3))  # the last item: always drawn
        assert view.progress.tasks[0].completed == 3
        assert "2 accepted" in view.progress.tasks[0].fields["stats"]
