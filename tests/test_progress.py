"""The progress bar counts accepted samples as their items finish, not only a share of the items done."""

from __future__ import annotations

import io

from rich.console import Console

from cot_synth.cli.progress import progress_view
from cot_synth.synthesize.attempts import Tally


def test_bar_shows_accepted_samples_as_they_land() -> None:
    console = Console(file=io.StringIO(), force_terminal=True, width=200, color_system=None)
    with progress_view(console) as view:
        view.start(total=4)
        view.update(Tally(done=1, accepted=1, samples=1, attempts=2, calls=2))
        first = view.progress.tasks[0].fields["stats"]
        view.update(Tally(done=3, accepted=2, samples=3, attempts=6, calls=6))
        later = view.progress.tasks[0].fields["stats"]
    assert "1 accepted" in first and "100% of items" in first
    assert "3 accepted" in later and "67% of items" in later
    assert view.progress.tasks[0].completed == 3
