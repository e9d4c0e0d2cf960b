"""The rule judge on a process of its own, fed through pipes by the event loop.

Judging a trace is pure Python (about a millisecond, more for a long trace). On a thread of the generating
process it shared the GIL with the event loop that reads responses and commits them to the cache: each time
the loop released the GIL (a socket read, a SQLite commit) the judge thread could keep it for a whole switch
interval (5 ms), and a response that had arrived waited. On a process of its own the judge runs on another
core and the loop only pickles a request and unpickles a verdict. Measured alternately, three runs each,
1,824 calls to a server answering in 200 ms at 64 in flight, two busy cores: a response's wait from the
server's answer to its commit, median 4–11 ms instead of 9–15 ms; the generate stage 0.76–0.86 of the ideal
instead of 0.75–0.81.

The child is started with the first item that needs a call, or on the first trace to judge (a rerun whose
verdicts are all cached never starts it), gets the run's ``JudgeSpec`` as its first message and builds the
judge (so the parent never compiles its patterns), and answers requests in order. It ignores Ctrl-C (the
parent ends it by closing its input) and exits when its input closes, the parent killed included, without
the interpreter's teardown (every verdict is flushed by then; the teardown cost the parent ~80 ms).

Run as ``python -m cot_synth.synthesize.judge_process`` by ``JudgeProcess`` only.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import pickle
import signal
import struct
import sys
from pathlib import Path
from typing import IO, Any

from cot_synth.errors import UserError
from cot_synth.judging.spec import JudgeSpec
from cot_synth.records import MCQ, Verdict

HEADER = struct.Struct(">I")  # each message: its length, then its pickle
CLOSE_WAIT_S = 5.0  # for the child to finish the traces it was sent before it is killed


def _frame(message: Any) -> bytes:
    body = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return HEADER.pack(len(body)) + body


class JudgeProcessError(RuntimeError):
    """The judge's process ended while traces were waiting for it."""


class JudgeProcess:
    """``judge`` as ``RuleJudge.judge``, run by a child process (started on the first call) that builds
    the judge from ``spec``."""

    def __init__(self, spec: JudgeSpec) -> None:
        self._spec = spec
        self._process: asyncio.subprocess.Process | None = None
        self._starting: asyncio.Task[None] | None = None
        self._reader: asyncio.Task[None] | None = None
        self._waiting: dict[int, asyncio.Future[Verdict]] = {}
        self._sent = 0
        self._ended: JudgeProcessError | None = None
        self._outbox: list[bytes] = []  # requests of this turn of the loop, written to the pipe together

    def start(self) -> None:
        """Start the child now, before the first trace (its start, ~0.3 s, then overlaps the first calls)."""
        if self._starting is None:
            self._starting = asyncio.ensure_future(self._start())

    async def judge(self, mcq: MCQ, text: str, finish_reason: str, mode: str) -> Verdict:
        self.start()
        assert self._starting is not None
        await self._starting
        if self._ended is not None:
            raise self._ended
        assert self._process is not None and self._process.stdin is not None
        answer = asyncio.get_running_loop().create_future()
        self._sent += 1
        self._waiting[self._sent] = answer
        if not self._outbox:
            asyncio.get_running_loop().call_soon(self._send)
        self._outbox.append(_frame((self._sent, (mcq, text, finish_reason, mode))))
        return await answer

    def _send(self) -> None:
        """One write for the requests a turn of the loop made: a burst of answers judged, not one wake-up
        of the child (and one system call, about 0.1 ms on a busy machine) per trace."""
        if self._process is not None and self._process.stdin is not None:
            self._process.stdin.write(b"".join(self._outbox))
        self._outbox.clear()

    async def _start(self) -> None:
        package_root = str(Path(__file__).resolve().parents[2])  # the cot_synth this process runs
        path = os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH")) if p)
        self._process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", __name__,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": path},
        )  # fmt: skip
        assert self._process.stdin is not None
        self._process.stdin.write(_frame(self._spec))
        self._reader = asyncio.ensure_future(self._read_verdicts(self._process))

    async def _read_verdicts(self, process: asyncio.subprocess.Process) -> None:
        """Hand each verdict to the trace that waits for it; once the child is gone, fail the rest. The
        child is passed in: ``close`` forgets it before its output ends."""
        assert process.stdout is not None
        stdout = process.stdout
        try:
            while True:
                (size,) = HEADER.unpack(await stdout.readexactly(HEADER.size))
                number, ok, value = pickle.loads(await stdout.readexactly(size))
                answer = self._waiting.pop(number)
                if ok:
                    answer.set_result(value)
                else:
                    answer.set_exception(value)
        except asyncio.IncompleteReadError:
            code = await process.wait()
            self._ended = JudgeProcessError(f"the rule judge's process ended (exit code {code})")
            for answer in self._waiting.values():
                answer.set_exception(self._ended)
            self._waiting.clear()

    async def close(self) -> None:
        """Let the child finish and exit (killed if it does not within ``CLOSE_WAIT_S``). A start still under
        way (``start`` with nothing judged yet) is finished first: cancelled mid-spawn, it left a child that
        ``asyncio.run`` waited for forever."""
        if self._starting is not None:
            await asyncio.gather(self._starting, return_exceptions=True)
        process, self._process = self._process, None
        if process is None:
            return
        assert process.stdin is not None
        process.stdin.close()
        try:
            await asyncio.wait_for(process.wait(), CLOSE_WAIT_S)
        except asyncio.TimeoutError:
            process.kill()
            await process.wait()
        if self._reader is not None:
            await asyncio.gather(self._reader, return_exceptions=True)


def _read(stream: IO[bytes]) -> Any:
    """The next message, or ``None`` when the parent closed the pipe."""
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        return None
    (size,) = HEADER.unpack(header)
    return pickle.loads(stream.read(size))


def serve(requests: IO[bytes], verdicts: IO[bytes]) -> None:
    """The child: the judge's spec first, then (number, arguments) requests answered in order. Rules that
    do not build (a user's malformed ``judges/``) fail every request with their one-line ``UserError``."""
    spec: JudgeSpec | None = _read(requests)
    if spec is None:
        return
    try:
        from cot_synth.judging.rules import RuleJudge  # the child only: the run itself never builds it

        judge: RuleJudge | UserError = RuleJudge.from_spec(spec)
    except UserError as exc:
        judge = exc
    while (request := _read(requests)) is not None:
        number, arguments = request
        try:
            if isinstance(judge, UserError):
                raise judge
            message = _frame((number, True, judge.judge(*arguments)))
        except Exception as exc:  # the parent raises it where the trace was awaited
            try:
                message = _frame((number, False, exc))
            except Exception:  # an exception that cannot be pickled: its words
                message = _frame((number, False, RuntimeError(f"{type(exc).__name__}: {exc}")))
        verdicts.write(message)
        verdicts.flush()


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    verdicts = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a stray print cannot corrupt the verdicts
    with contextlib.suppress(BrokenPipeError):  # the parent is gone: nothing to flush, nobody to tell
        serve(sys.stdin.buffer, verdicts)
    os._exit(0)


if __name__ == "__main__":
    main()
