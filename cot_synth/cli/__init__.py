"""Command line: parses options into a config, runs the engine, prints one summary line.

User mistakes surface as one ``error:`` line and a non-zero exit code (``errors`` names them all), never a
traceback. ``options`` declares every
option once; ``commands`` holds each command's parser and handler; ``progress`` draws the progress bar.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from typing import NoReturn

from rich.console import Console
from rich.markup import escape

from cot_synth import __version__
from cot_synth.cli.commands import COMMANDS
from cot_synth.errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_USER_ERROR, UserError
from cot_synth.runfolder import CACHE, os_reason


class _Parser(argparse.ArgumentParser):
    """argparse, with an option mistake as one ``error:`` line like every other mistake (argparse prints the
    whole usage block first, up to 18 lines, which buries the line that matters)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER_ERROR, f"error: {message} (`{self.prog} --help` lists the options)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m cot_synth",
        description="Turn medical multiple-choice questions into verified chain-of-thought SFT data.",
    )
    parser.add_argument("--version", action="version", version=f"cot_synth {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in COMMANDS:
        add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    console = Console(stderr=True)
    try:
        return args.handler(args, console)
    except UserError as exc:
        return _error(console, str(exc), exc.exit_code)
    except OSError as exc:  # the file system refused (a full disk, a folder that vanished): not a bug
        fix = "fix its permissions" if isinstance(exc, PermissionError) else "free space or fix the path"
        return _error(console, f"{os_reason(exc)}; {fix}, then rerun", EXIT_USER_ERROR)
    except sqlite3.Error as exc:  # the response cache (diskcache is SQLite) could not be written
        full = "full" in str(exc)
        fix = "free space, then rerun: it keeps what was paid" if full else "move it aside and rerun"
        message = f"the response cache (--out/{CACHE}): {exc}; {fix}"
        return _error(console, message, EXIT_USER_ERROR)
    except KeyboardInterrupt:
        console.print("interrupted: rerun the same command to resume from the cache", highlight=False)
        return EXIT_INTERRUPTED


def _error(console: Console, message: str, code: int) -> int:
    console.print(f"[red]error:[/red] {escape(message)}", highlight=False, soft_wrap=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
