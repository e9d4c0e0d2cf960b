"""The on-disk response cache: every model call goes through it, so no call is paid for twice.

One ``diskcache.Cache`` per run folder. The key is the sha256 of the canonical JSON of everything that
determines a response (backend kind, model, messages, sampling parameters incl. seed, response format);
no secret ever enters it. Every answer is committed before its call goes on (answers that land together
in one transaction, ``commit``), so a process killed at any instant loses only the requests still in
flight. Rule verdicts are kept beside the responses they judge, so a rerun with unchanged judges does not
judge again.
"""

from __future__ import annotations

import asyncio
import hashlib
import pickle
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import diskcache

from cot_synth.errors import UserError
from cot_synth.records import MCQ, Completion, Verdict, canonical_json, json_line, sha256_hex


def request_key(backend: str, model: str, payload: dict[str, Any]) -> str:
    """Fingerprint of one model call; ``payload`` holds messages, sampling params and response format."""
    return sha256_hex(canonical_json({"backend": backend, "model": model, "request": payload}))


_HOLE = "\x00messages\x00"  # stands for the messages while the rest of a request is encoded around them
_HOLE_JSON = canonical_json(_HOLE)
_SEED = "\x00seed\x00"  # stands for the seed, likewise
_SEED_JSON = canonical_json(_SEED)
_MAX_FRAMES = 16  # distinct encodings of a run's fixed parameters: a handful


def _around(backend: str, model: str, params: dict[str, Any]) -> tuple[str, str] | None:
    """A request's canonical JSON before and after its messages; None if a parameter holds ``_HOLE``."""
    frame = canonical_json({"backend": backend, "model": model, "request": {**params, "messages": _HOLE}})
    if frame.count(_HOLE_JSON) != 1:
        return None
    head, _, tail = frame.partition(_HOLE_JSON)
    return head, tail


class PrefixKeys:
    """``request_key`` for the calls of one backend and model that open with the same messages (the system
    prompt and demonstrations): those are encoded and hashed once, and so is the rest of a request but its
    seed, so a key costs only the call's own messages. A rerun of a 10k job computes 28k keys; encoding the
    shared turns each time was a third of that, the parameters a fifth of what remained. The keys are
    ``request_key``'s, byte for byte (tested)."""

    def __init__(self, backend: str, model: str, shared: Sequence[dict[str, str]]) -> None:
        self.backend, self.model, self.shared = backend, model, tuple(shared)
        self._opening = canonical_json(list(shared))[:-1]  # "[" and the shared messages, left open
        self._states: dict[str, Any] = {}  # the hash after what precedes the messages and the shared ones
        self._frames: dict[tuple[tuple[str, Any], ...], tuple[str, str, str] | None] = {}

    def key(self, own: Sequence[dict[str, str]], params: dict[str, Any]) -> str:
        frame = self._frame(params)
        if frame is None:  # a parameter holding a placeholder itself: encode it all
            return request_key(self.backend, self.model, {**params, "messages": [*self.shared, *own]})
        head, tail = frame
        if (state := self._states.get(head)) is None:
            state = hashlib.sha256((head + self._opening).encode())
            if len(self._states) < _MAX_FRAMES:
                self._states[head] = state
        # the call's own messages and "]": text only, which json_line writes as canonical_json does
        rest = json_line(list(own))[1:]
        joint = "," if self.shared and own else ""
        digest = state.copy()
        digest.update((joint + rest + tail).encode())
        return digest.hexdigest()

    def _frame(self, params: dict[str, Any]) -> tuple[str, str] | None:
        """``_around(params)``; with an integer seed, from the parameters but the seed encoded once (the
        seed sorts after the messages, so it is in the tail: its JSON is its digits)."""
        seed = params.get("seed")
        if type(seed) is not int:
            return _around(self.backend, self.model, params)
        others = tuple(sorted((k, v) for k, v in params.items() if k != "seed"))
        try:
            parts = self._frames[others]
        except TypeError:  # a list or a mapping among the parameters: no reuse
            parts = None
        except KeyError:
            parts = self._frames[others] = self._encode_around_seed(params)
            if len(self._frames) > _MAX_FRAMES:
                del self._frames[others]
        if parts is None:
            return _around(self.backend, self.model, params)
        head, before, after = parts
        return head, f"{before}{seed}{after}"

    def _encode_around_seed(self, params: dict[str, Any]) -> tuple[str, str, str] | None:
        around = _around(self.backend, self.model, {**params, "seed": _SEED})
        if around is None or around[1].count(_SEED_JSON) != 1:
            return None
        head, tail = around
        before, _, after = tail.partition(_SEED_JSON)
        return head, before, after


def choice_key(call_key: str, choice: int, n: int) -> str:
    """Cache key of choice ``choice`` of a call that asked for ``n``: the call's own key when ``n`` is 1."""
    return call_key if n == 1 else sha256_hex(f"{call_key}#{choice}")


VERDICT_PREFIX = "verdict:"  # rule verdicts live beside the responses, under keys no response has


def judged_item(mcq: MCQ) -> str:
    """What of an item a rule verdict depends on, encoded: the question, the options and the gold letter
    (the gold answer is not in a blind prompt). The rule judge reads nothing else of it, so its id and
    ``meta`` (the source row, as long again) stay out. Texts only, which ``json_line`` encodes as
    ``canonical_json`` does, three times faster (tested)."""
    return json_line([mcq.question, mcq.options, mcq.answer_idx])


def verdict_key(judge_fingerprint: str, choice: str, mode: str, item: str) -> str:
    """What a rule verdict depends on: the judge (``RuleJudge.fingerprint``), the response (its cache
    key), the attempt mode and the item (``judged_item``).

    The key hashes ``canonical_json([judge_fingerprint, choice, mode, item])``, the item's part already
    encoded: an item's attempts share it, and encoding it per attempt was a tenth of a cached rerun."""
    head = json_line([judge_fingerprint, choice, mode])
    return sha256_hex(f"{head[:-1]},{item}]")


def _verdict(key: str) -> str:
    """Where the verdict under ``verdict_key`` ``key`` is stored."""
    return VERDICT_PREFIX + key


# SQLite reads the cache through a memory map this large (diskcache's default, 64 MiB, is less than a 10k
# job's cache: a rerun's lookups of 56k random keys took twice as long, 0.36 s instead of 0.19 s)
MMAP_BYTES = 2**30
FETCH_KEYS = 500  # keys read in one SQLite query (SQLite's oldest limit on parameters is 999)
VERDICT_BATCH = 512  # verdicts kept before they get a transaction of their own (no answer came to carry them)


def response_keys(directory: Path) -> set[str]:
    """The keys of the responses cached in ``directory`` (verdicts aside): what a run has paid for."""
    if not directory.exists():
        return set()
    with diskcache.Cache(str(directory)) as cache:
        return {key for key in cache.iterkeys() if not key.startswith(VERDICT_PREFIX)}


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    writes: int = 0

    @property
    def hit_rate(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


class ResponseCache:
    """Completion store keyed by ``request_key``; counts hits and misses for the manifest."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        try:
            self._cache = diskcache.Cache(
                str(directory), size_limit=2**40, eviction_policy="none", sqlite_mmap_size=MMAP_BYTES
            )
        except (sqlite3.Error, OSError) as exc:  # not a full disk: a damaged cache, or no folder to hold one
            problem = "a file, not a folder" if directory.is_file() else f"{exc}: damaged"
            raise UserError(
                f"{directory}: cannot open the response cache ({problem}); move it aside and rerun "
                "(calls it held are paid for again)"
            ) from None
        self.stats = CacheStats()
        self._landing: list[tuple[str, Completion]] = []  # answers parsed in this turn of the event loop
        self._landed: asyncio.Future[None] | None = None  # set once they are committed
        self._verdicts: list[tuple[str, Verdict]] = []  # kept, not yet written: ride with the next answers

    @property
    def empty(self) -> bool:
        """Whether nothing was ever stored (a fresh run): diskcache keeps the count, no table is read."""
        return len(self._cache) == 0

    def get(self, key: str) -> Completion | None:
        value = self._cache.get(key)
        if value is None:
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        return Completion(**value)

    def put(self, key: str, completion: Completion) -> None:
        self._cache.set(key, completion.to_json())
        self.stats.writes += 1

    def put_many(self, items: list[tuple[str, Completion]]) -> None:
        """Several completions in one transaction: the choices of one call are cached all or none. The
        verdicts kept meanwhile are written in the same transaction."""
        with self._cache.transact():
            for key, completion in items:
                self.put(key, completion)
            self._write_verdicts()

    async def commit(self, items: list[tuple[str, Completion]]) -> None:
        """``put_many``, together with every other answer parsed in the same turn of the event loop, in one
        transaction at the start of the next turn; returns once they are committed.

        Answers land in bunches (64 calls sent together come back together), and before, each answer's
        own transaction (~190 µs wall) came after the whole of the previous answers' handling, so the
        bunch's last answer waited for all of it: answered by the server, not yet on disk, re-paid after
        a kill. Now a bunch waits only for being read, then one transaction (~60 µs an answer)."""
        if self._landed is None:
            self._landed = asyncio.get_running_loop().create_future()
            asyncio.get_running_loop().call_soon(self._commit_landed)
        self._landing += items
        await asyncio.shield(self._landed)

    def _commit_landed(self) -> None:
        landing, landed = self._landing, self._landed
        self._landing, self._landed = [], None
        try:
            self.put_many(landing)
        except Exception as exc:  # each waiting call raises it, as its own ``put_many`` would have
            landed.set_exception(exc)
        else:
            landed.set_result(None)

    def get_verdict(self, key: str) -> Verdict | None:
        """A rule verdict kept under ``verdict_key`` (not counted in the response stats)."""
        value = self._cache.get(_verdict(key))
        return None if value is None else Verdict.from_json(value)

    def judged_calls(
        self, calls: list[tuple[list[str], list[str]]]
    ) -> list[list[tuple[Completion, Verdict]] | None]:
        """For each call (its choices' keys, their verdicts' keys): the cached choices with their kept
        verdicts, or None unless all are there. What a rerun replays; the keys of many calls are read
        together, ``FETCH_KEYS`` to a query: one query per call cost a rerun of a 10k job a second."""
        wanted = [key for keys, verdict_keys in calls for key in (*keys, *map(_verdict, verdict_keys))]
        found: dict[str, Any] = {}
        for start in range(0, len(wanted), FETCH_KEYS):
            found.update(self._fetch(wanted[start : start + FETCH_KEYS]))
        replayed: list[list[tuple[Completion, Verdict]] | None] = []
        for keys, verdict_keys in calls:
            values = [found.get(key) for key in keys]
            verdicts = [found.get(_verdict(key)) for key in verdict_keys]
            if None in values or None in verdicts:
                replayed.append(None)
                continue
            self.stats.hits += len(keys)
            pairs = zip(values, verdicts, strict=True)
            replayed.append([(Completion(**value), Verdict.from_json(verdict)) for value, verdict in pairs])
        return replayed

    def _fetch(self, keys: list[str]) -> dict[str, Any]:
        """The values of ``keys`` that are cached, in one SQLite query. diskcache has no many-key get, so
        this reads its table as ``Cache.get`` does (string keys are stored raw, values read through the
        cache's ``Disk``); tested against ``Cache.get``."""
        marks = ",".join("?" * len(keys))
        rows = self._cache._sql(
            f"SELECT key, mode, filename, value FROM Cache WHERE key IN ({marks}) AND raw = 1"
            " AND (expire_time IS NULL OR expire_time > ?)",
            (*keys, time.time()),
        ).fetchall()
        values = {}
        for key, mode, filename, value in rows:
            if mode == diskcache.core.MODE_PICKLE and filename is None:  # every value this cache writes:
                values[key] = pickle.loads(value)  # ``Disk.fetch`` reads it through a BytesIO, twice as slow
                continue
            try:
                values[key] = self._cache._disk.fetch(mode, filename, value, False)
            except OSError:  # its file removed meanwhile: a miss, as ``Cache.get`` has it
                continue
        return values

    def keep_verdict(self, key: str, verdict: Verdict) -> None:
        """A rule verdict, written by the next transaction that commits answers, or once ``VERDICT_BATCH``
        wait (a rerun that judges cached answers again commits none), or at ``close``.

        Judging is cheap to redo, so a verdict need not be on disk at once; given a transaction of its own
        every ``VERDICT_BATCH`` verdicts, the writes held the event loop ~10 ms each time, answers waiting
        unread and uncommitted meanwhile (and the last batch lengthened the stage by as much)."""
        self._verdicts.append((key, verdict))
        if len(self._verdicts) >= VERDICT_BATCH:
            self.flush_verdicts()

    def flush_verdicts(self) -> None:
        """The verdicts kept and not yet written, in one transaction."""
        if self._verdicts:
            with self._cache.transact():
                self._write_verdicts()

    def _write_verdicts(self) -> None:
        verdicts, self._verdicts = self._verdicts, []
        for key, verdict in verdicts:
            self._cache.set(_verdict(key), verdict.to_json())

    def close(self) -> None:
        self.flush_verdicts()
        self._cache.close()

    def __enter__(self) -> ResponseCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
