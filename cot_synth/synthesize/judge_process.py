"""The rule judge on a process of its own, fed through pipes by the event loop.

Judging a trace is pure Python (about a millisecond, more for a long trace). On a thread of the generating
process it shared the GIL with the event loop that reads responses and commits them to the cache: each time
the loop released the GIL (a socket read, a SQLite commit) the judge thread could keep it for a whole switch
interval (5 ms), and a response that had arrived waited. On a process of its own the judge runs on another
core and the loop only pickles a request and unpickles a verdict. Measured alternately, three runs each,
1,824 calls to a server answering in 200 ms at 64 in flight, two busy cores: a response's wait from the
server's answer to its commit, median 4–11 ms instead of 9–15 ms; the generate stage 0.76–0.86 of the ideal
instead of 0.75–0.81.

A fresh run spawns the child before it reads its input, so the child imports and builds the judge while
the input is prepared; otherwise it is started with the first item that needs a call, or on the first trace
to judge (a rerun whose verdicts are all cached never starts it). It gets the run's ``JudgeSpec`` as its
first message and builds the judge (so the parent never compiles its patterns), and answers requests in
order. It ignores Ctrl-C (the parent ends it by closing its input) and exits when its input closes, the
parent killed included, without the interpreter's teardown (every verdict is flushed by then; the teardown
cost the parent ~80 ms).

Run as ``python -m cot_synth.synthesize.judge_process`` by ``JudgeProcess`` only.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import os
import pickle
import signal
import struct
import subprocess
import sys
import threading
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
    """``judge`` as ``RuleJudge.judge``, run by a child process that builds the judge from ``spec``: spawned
    by ``spawn`` (any time, loop or none) or by the first ``start``/``judge``, and joined to the running
    loop by ``start``."""

    def __init__(self, spec: JudgeSpec) -> None:
        self._spec = spec
        self._child: subprocess.Popen[bytes] | None = None
        self._handed: concurrent.futures.Future[None] | None = None  # the spec, written to the child
        self._starting: asyncio.Task[None] | None = None
        self._stdin: asyncio.WriteTransport | None = None
        self._reader: asyncio.Task[None] | None = None
        self._waiting: dict[int, asyncio.Future[Verdict]] = {}
        self._sent = 0
        self._ended: JudgeProcessError | None = None
        self._outbox: list[bytes] = []  # requests of this turn of the loop, written to the pipe together

    def spawn(self) -> JudgeProcess:
        """Start the child now. A fresh run calls it before it reads its input, so the child's imports and
        the build of the judge's patterns (0.5 s on a quiet 2-core machine, over 1.5 s on a busy one)
        overlap the preparation instead of holding up the first verdict. The spec (about 80 kB, more than
        a pipe holds) is handed over by a thread of its own, so the caller never waits for the child to
        read it."""
        if self._child is None:
            package_root = str(Path(__file__).resolve().parents[2])  # the cot_synth this process runs
            path = os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH")) if p)
            self._child = subprocess.Popen(
                [sys.executable, "-m", __name__], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                env={**os.environ, "PYTHONPATH": path},
            )  # fmt: skip
            self._handed = concurrent.futures.Future()
            assert self._child.stdin is not None
            spec = (self._child.stdin, _frame(self._spec), self._handed)
            threading.Thread(target=_hand_over, args=spec, name="judge-spec", daemon=True).start()
        return self

    def start(self) -> None:
        """Join the child (spawned now if it was not) to the running loop, before the first trace."""
        if self._starting is None:
            self._starting = asyncio.ensure_future(self._connect())

    async def judge(self, mcq: MCQ, text: str, finish_reason: str, mode: str) -> Verdict:
        self.start()
        assert self._starting is not None
        await self._starting
        if self._ended is not None:
            raise self._ended
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
        if self._stdin is not None and not self._stdin.is_closing():
            self._stdin.write(b"".join(self._outbox))
        self._outbox.clear()

    async def _connect(self) -> None:
        child = self.spawn()._child
        assert child is not None and child.stdin is not None and child.stdout is not None
        assert self._handed is not None
        await asyncio.wrap_future(
            self._handed
        )  # the child reads it once imported: the loop goes on meanwhile
        loop = asyncio.get_running_loop()
        verdicts = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(verdicts), child.stdout)
        self._stdin, _ = await loop.connect_write_pipe(asyncio.Protocol, child.stdin)
        self._reader = asyncio.ensure_future(self._read_verdicts(child, verdicts))

    async def _read_verdicts(self, child: subprocess.Popen[bytes], stdout: asyncio.StreamReader) -> None:
        """Hand each verdict to the trace that waits for it; once the child is gone, fail the rest."""
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
            code = child.wait()  # its output closes as it exits: no wait to speak of
            self._ended = JudgeProcessError(f"the rule judge's process ended (exit code {code})")
            for answer in self._waiting.values():
                answer.set_exception(self._ended)
            self._waiting.clear()

    async def close(self) -> None:
        """Let the child finish the traces it was sent and exit (killed if it does not within
        ``CLOSE_WAIT_S``, or at once if it was never joined to the loop). A start still under way (``start``
        with nothing judged yet) is finished first, so nothing is left half-connected."""
        if self._starting is not None:
            await asyncio.gather(self._starting, return_exceptions=True)
        child, reader, self._child = self._child, self._reader, None
        if child is None:
            return
        if self._stdin is not None:
            self._stdin.close()  # after what is buffered: the child answers it all, then sees the end
        if reader is None:
            self._end(child)
            return
        try:
            await asyncio.wait_for(asyncio.shield(reader), CLOSE_WAIT_S)
        except asyncio.TimeoutError:
            child.kill()
        await asyncio.gather(reader, return_exceptions=True)
        child.wait()

    def kill(self) -> None:
        """End the child outside a loop (a run that failed before its loop closed it); no-op once closed."""
        child, self._child = self._child, None
        if child is not None:
            self._end(child)

    def _end(self, child: subprocess.Popen[bytes]) -> None:
        """Kill a child and close its pipes' files (idempotent: a loop's transports may have closed them)."""
        child.kill()
        child.wait()
        if self._handed is not None:
            self._handed.result()  # the kill broke any write it was blocked in
        for pipe in (child.stdin, child.stdout):
            if pipe is not None:
                pipe.close()


def _hand_over(stdin: IO[bytes], message: bytes, handed: concurrent.futures.Future[None]) -> None:
    """Write ``message`` to a child's input, then say so (also if the child is gone: its reader tells)."""
    try:
        stdin.write(message)
        stdin.flush()
    except BrokenPipeError:
        pass
    finally:
        handed.set_result(None)


def _read(stream: IO[bytes]) -> Any:
    """The next message, or ``None`` when the parent closed the pipe (also in the middle of a message: a
    parent interrupted while it handed the spec over)."""
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        return None
    (size,) = HEADER.unpack(header)
    body = stream.read(size)
    return pickle.loads(body) if len(body) == size else None


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
