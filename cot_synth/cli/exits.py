"""How a command ends: at once on Ctrl-C, and with last lines that say what went wrong, in its exit code."""

from __future__ import annotations

import logging
from typing import Protocol

from rich.console import Console
from rich.markup import escape

from cot_synth.errors import EXIT_CALLS_FAILED, EXIT_OK


class Ending(Protocol):
    """A command's summary (``RunSummary``, ``JudgeSummary``): what it must still say once done."""

    def warning_line(self) -> str | None: ...

    def failure_line(self) -> str | None: ...


def exit_code(console: Console, summary: Ending) -> int:
    """0, or, after a last line saying what failed, the code that tells a scheduler some calls failed; a
    warning line first when the rule judge met a bug (its traces are rejected, the job is done)."""
    if warning := summary.warning_line():
        console.print(f"[yellow]warning:[/yellow] {escape(warning)}", highlight=False, soft_wrap=True)
    if (failure := summary.failure_line()) is None:
        return EXIT_OK
    console.print(f"[red]failed:[/red] {escape(failure)}", highlight=False, soft_wrap=True)
    return EXIT_CALLS_FAILED


def interrupt_now(signum: int, frame: object) -> None:
    """Ctrl-C raises at once. ``asyncio.run`` would instead turn the first Ctrl-C into a cancellation of
    its main task, which a library on the request path can absorb (a CI run once went on generating);
    raising here still stops the server and cancels every task on the way out. A task whose step it
    interrupts ends with it, unawaited, and asyncio would print its traceback as "never retrieved" while
    the process exits: after a Ctrl-C that is the interrupt itself, not an error, so asyncio is quiet."""
    logging.getLogger("asyncio").disabled = True
    raise KeyboardInterrupt
