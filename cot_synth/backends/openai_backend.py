"""OpenAI-compatible backend: OpenAI, ``vllm serve``, llama.cpp server, anything speaking the API.

What it guarantees, whatever the endpoint does:
- every request is yielded exactly once, with its completion or with a ``RequestFailedError`` (the caller
  records it and does not cache it, so the next run retries it);
- calls in flight stay under an adaptive limit (``AdaptiveLimiter``): halved on HTTP 429, grown back on
  success; a ``Retry-After`` (seconds, HTTP date or ``retry-after-ms``) on 429/503 is waited out in full;
- calls start as far apart as a full pipeline spaces them (``LaunchPacer``), so their answers land apart
  and each is committed as it lands, not queued behind a burst (what a SIGKILL would lose);
- timeouts, connection errors, 408/409/429/5xx and bodies that are not a chat completion (an HTML error
  page, cut-off JSON) are retried by tenacity with full-jitter exponential backoff and a cap; other
  statuses (400, 401, 404, …) fail at once, since repeating them cannot help;
- with ``probe``, the first batch is preceded by one 1-token completion with the real model and key, so a
  wrong key, model or URL, or a server not up yet, stops the run with the server's own words
  (``EndpointError``) before anything else is spent (a models list would not do: llama.cpp serves any name);
  a fresh run has it sent while its input is prepared, by a backend of its own (``take_probe``);
- after ``breaker_after`` attempts in a row got no answer at all, the rest fail at once (``CircuitBreaker``);
- a connection that cannot be opened within ``connect_timeout_s`` counts as no answer, whatever the total
  ``timeout_s`` (a non-streamed completion sends no byte before it is complete, so connecting is the only
  part of a call whose time can be bounded apart from the generation);
- no error message ever contains the API key: it is masked before any text is cut short;
- a call still unanswered after the ``hedge_quantile`` of the latencies seen so far is sent once more, and
  the first answer wins (``hedge``): a stuck call costs a usual latency, not the whole tail.

Replies are read by ``replies``. HTTP goes through ``http.JsonTransport`` (one aiohttp session, the body sent
as is): a quarter of the CPU per call of the openai SDK's client, which is what lets one process keep a fast
endpoint busy (``benchmarks/bench_api.py``).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import sys
import time
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from cot_synth.backends.base import CallBackend, Choices, Request
from cot_synth.backends.breaker import CircuitBreaker
from cot_synth.backends.hedge import HedgeDelay, Race
from cot_synth.backends.http import ConnectionFailedError, HTTPStatusError, JsonTransport
from cot_synth.backends.limiter import AdaptiveLimiter
from cot_synth.backends.pacer import LaunchPacer
from cot_synth.backends.replies import MalformedResponseError, completions_from, server_delay_s
from cot_synth.errors import EndpointError

if TYPE_CHECKING:
    from tenacity import AsyncRetrying, RetryCallState

if sys.version_info >= (3, 11):
    from asyncio import timeout as deadline
else:  # aiohttp's own dependency before 3.11
    from async_timeout import timeout as deadline

RETRYABLE_STATUS = frozenset({408, 409, 429})  # and every 5xx
MIN_SECRET_LEN = 8  # shorter "keys" are placeholders for local servers (EMPTY, sk-1), not secrets
MAX_DETAIL_CHARS = 300  # of an error's text kept in rejected.jsonl, cut after the key is masked
PROBE_HINTS: dict[int | str, str] = {
    401: " Check the key (--api-key-env).",
    403: " Check the key (--api-key-env).",
    404: " Check --model and --base-url.",
    "unreachable": " Is the server up, and --base-url right?",
}
PROBE = Request("probe", ({"role": "user", "content": "Reply with OK."},), {"max_tokens": 1})


class RequestFailedError(Exception):
    """A request that failed for good. The message says why; it never holds the API key."""

    def __init__(self, message: str, *, status: int | None, attempts: int) -> None:
        super().__init__(message)
        self.status = status
        self.attempts = attempts


def root_cause(exc: BaseException) -> BaseException:
    """The innermost exception an error was raised from."""
    while exc.__cause__ is not None:
        exc = exc.__cause__
    return exc


def unreachable(exc: BaseException) -> bool:
    """Whether an attempt got no HTTP answer at all (refused, reset, timed out): what the breaker counts."""
    return isinstance(exc, (ConnectionFailedError, asyncio.TimeoutError))


def mask(text: str, secret: str) -> str:
    """``text`` with every copy of ``secret`` replaced; call it before cutting text short."""
    return text.replace(secret, "***") if len(secret) >= MIN_SECRET_LEN else text


class OpenAIBackend(CallBackend):
    """Chat completions against one base URL with adaptive concurrency and retries.

    The counters (``succeeded``, ``failed``, ``retries``, ``rate_limited``, token sums) and
    ``concurrency_limit`` are live attributes for progress bars and manifests. They balance: the server
    saw ``succeeded + failed + retries + hedged`` calls (fewer if some never connected).
    """

    def __init__(
        self,
        model: str,
        base_url: str | None,
        api_key: str,
        *,
        concurrency: int = 8,
        timeout_s: float = 600.0,
        connect_timeout_s: float = 10.0,
        max_attempts: int = 6,
        kind: str = "openai",
        backoff_s: float = 0.5,
        max_backoff_s: float = 30.0,
        max_retry_after_s: float = 300.0,
        grow_after: int = 10,
        breaker_after: int = 0,
        probe: bool = False,
        hedge_quantile: float = 0.0,
    ) -> None:
        self.kind = kind
        self.model = model
        self.base_url = base_url
        self._api_key = api_key
        self.concurrency = concurrency
        self.timeout_s = timeout_s
        self.connect_timeout_s = min(connect_timeout_s, timeout_s)
        self.max_attempts = max_attempts
        self.max_retry_after_s = max_retry_after_s
        self.limiter = AdaptiveLimiter(concurrency, grow_after)
        self.pacer = LaunchPacer()
        self.breaker = CircuitBreaker(breaker_after)
        self.hedge = HedgeDelay(hedge_quantile)
        self._probed = not probe
        self._backoff_s, self._max_backoff_s = backoff_s, max_backoff_s
        self.succeeded = 0
        self.failed = 0
        self.retries = 0
        self.rate_limited = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.probe_calls = 0
        self.hedged = 0  # second copies sent
        self.hedges_won = 0  # ... that answered first
        self._client: JsonTransport | None = None
        self._probing: asyncio.Future[None] | None = None
        self._probe_elsewhere: concurrent.futures.Future[OpenAIBackend] | None = None

    @property
    def concurrency_limit(self) -> int:
        """The limit on calls in flight right now (≤ ``concurrency``, lower after 429s)."""
        return self.limiter.limit

    def stats(self) -> dict[str, Any]:
        """The counters, for the manifest."""
        return {
            "concurrency": self.concurrency,
            "concurrency_limit": self.limiter.limit,
            "lowest_concurrency_limit": self.limiter.lowest_limit,
            "succeeded": self.succeeded,
            "failed": self.failed,
            "retries": self.retries,
            "rate_limited": self.rate_limited,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "probe_calls": self.probe_calls,
            "hedged": self.hedged,
            "hedges_won": self.hedges_won,
            "stopped": self.breaker.reason,
        }

    async def complete(self, request: Request) -> Choices | Exception:
        """One request through the retry policy, awaited by the task that needs it."""
        return await self._complete(await self._ready(), request)

    async def _ready(self) -> JsonTransport:
        """The session's HTTP client (its connection pool), made on its first call, once the probe passed:
        the first call starts the probe, the others wait for it (and all fail with it)."""
        if self._client is None:
            self._client = JsonTransport(self.base_url, self._api_key, self.connect_timeout_s)
        if not self._probed:
            if self._probing is None:
                elsewhere = self._probe_elsewhere
                probing = self._probe(self._client) if elsewhere is None else self._join(elsewhere)
                self._probing = asyncio.ensure_future(probing)
            await self._probing
        return self._client

    async def probe(self) -> None:
        """The probe alone, on a client of this backend's own, closed after (``backends.start_probe``)."""
        try:
            await self._ready()
        finally:
            await self.aclose()

    def take_probe(self, elsewhere: concurrent.futures.Future[OpenAIBackend]) -> None:
        """Wait for a probe another backend has under way instead of sending one."""
        self._probe_elsewhere = elsewhere

    async def _join(self, elsewhere: concurrent.futures.Future[OpenAIBackend]) -> None:
        """The probe another backend sent: its failure is this one's, its counts join this one's, and so
        does its latency, so the first calls are spaced as the later ones will be (``LaunchPacer``) rather
        than ``FIRST_GAP_S`` apart and spread out again in the second round."""
        prober = await asyncio.wrap_future(elsewhere)
        for counter in ("probe_calls", "retries", "rate_limited", "prompt_tokens", "completion_tokens"):
            setattr(self, counter, getattr(self, counter) + getattr(prober, counter))
        if prober.limiter.latency_s:
            self.limiter.observe(prober.limiter.latency_s)
        self._probed = True

    async def aclose(self) -> None:
        client, self._client, self._probing = self._client, None, None
        if client is not None:
            await client.close()

    def _retrying(self, retryable: Any) -> AsyncRetrying:
        """tenacity, imported by the first call: a rerun served from the cache makes none (6 ms)."""
        from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt

        return AsyncRetrying(
            retry=retry_if_exception(retryable),
            wait=self._wait,
            stop=stop_after_attempt(self.max_attempts),
            before_sleep=self._count_retry,
            reraise=True,
        )

    async def _probe(self, client: JsonTransport) -> None:
        """One 1-token completion before the first batch. A busy server (429, 5xx) is waited for as any call
        is; no answer, or an answer no retry can change (401, 404), raises ``EndpointError`` at once."""
        retrying = self._retrying(lambda exc: self._retryable(exc) and not unreachable(exc))
        try:
            async for attempt in retrying:
                with attempt:
                    completions = await self._attempt(client, PROBE)
        except Exception as exc:
            where = f"{self.base_url or 'OpenAI'} (model {self.model!r})"
            status = getattr(exc, "status_code", None)
            hint = PROBE_HINTS.get("unreachable" if unreachable(exc) else status, "")
            message = f"{where}: a 1-token probe failed: {self._detail(exc)}.{hint} Nothing was spent."
            raise EndpointError(message) from None
        self._probed = True
        self.probe_calls += 1
        self._count_tokens(completions)

    async def _complete(self, client: JsonTransport, request: Request) -> Choices | RequestFailedError:
        """One request through the retry policy; the final error is returned (never raised) and scrubbed."""
        retrying = self._retrying(self._retryable)
        try:
            async for attempt in retrying:
                with attempt:
                    completions = await self._attempt(client, request)
        except Exception as exc:  # yielded to the caller, who records it: never lost
            self.failed += 1
            return self._failure(exc, retrying.statistics.get("attempt_number", 1))
        self.succeeded += 1
        self._count_tokens(completions)
        return completions

    def _count_tokens(self, completions: Choices) -> None:
        self.prompt_tokens += sum(c.prompt_tokens for c in completions)
        self.completion_tokens += sum(c.completion_tokens for c in completions)

    async def _attempt(self, client: JsonTransport, request: Request) -> Choices:
        """One HTTP call inside a limiter slot; tells the limiter and the breaker how it went."""
        self.breaker.check()
        epoch = await self.limiter.acquire()
        ok = rate_limited = False
        started = time.perf_counter()
        try:
            await self.pacer.wait(self.limiter.latency_s, self.limiter.latency_sd_s, self.limiter.limit)
            started = time.perf_counter()
            self.breaker.check()  # it may have opened while this call waited for a slot
            try:
                # a total deadline (read timeouts reset on every byte), kept by this very task: wait_for ran
                # the call as a task of its own, and its answer then waited a turn of the loop (5 ms median,
                # 13 ms p90 at 64 in flight) before this task could commit it to the cache
                async with deadline(self.timeout_s):
                    response = await self._race(client, request, started)
            except json.JSONDecodeError as exc:
                raise MalformedResponseError(f"the response body is not valid JSON ({exc})") from None
            self.breaker.answered()
            completions = completions_from(response, time.perf_counter() - started)
            ok = True
            return completions
        except (ConnectionFailedError, asyncio.TimeoutError) as exc:
            self.breaker.unreachable(self._detail(exc))
            raise
        except HTTPStatusError as exc:
            self.breaker.answered()
            rate_limited = exc.status_code == 429
            self.rate_limited += rate_limited
            delay = server_delay_s(exc)
            if delay is not None and delay <= self.max_retry_after_s:
                self.limiter.pause(delay)
            raise
        finally:
            self.limiter.release(
                epoch, ok=ok, rate_limited=rate_limited, latency_s=time.perf_counter() - started
            )

    async def _race(self, client: JsonTransport, request: Request, started: float) -> Any:
        """The call's reply, from it or from its hedge, whichever answers first."""
        body = self._body(request)
        race = Race(lambda: client.post("/chat/completions", body), self._copy)
        response, by_copy = await race.run(self.hedge.after_s())
        if by_copy:
            self.hedges_won += 1
        else:
            self.hedge.add(time.perf_counter() - started)
        return response

    async def _copy(self, race: Race) -> None:
        """A hedge: it waits for a slot behind the calls already waiting, and is sent only if the call is
        still unanswered then. Its failure is nobody's: the call goes on under its own retry policy."""
        epoch = await self.limiter.acquire()
        try:
            if not race.over:
                self.hedged += 1
                await race.send_copy()
        except Exception:  # the call it copies decides the outcome
            pass
        finally:
            self.limiter.release(epoch)

    def _body(self, request: Request) -> dict[str, Any]:
        """The JSON body, sent as is."""
        return {"model": self.model, "messages": list(request.messages), **request.params}

    def _retryable(self, exc: BaseException) -> bool:
        if isinstance(exc, HTTPStatusError):
            delay = server_delay_s(exc)
            if delay is not None and delay > self.max_retry_after_s:
                return False  # e.g. a daily quota: waiting hours inside one run helps nobody
            return exc.status_code in RETRYABLE_STATUS or exc.status_code >= 500
        return isinstance(exc, (ConnectionFailedError, asyncio.TimeoutError, MalformedResponseError))

    def _wait(self, state: RetryCallState) -> float:
        """Jittered exponential backoff, but never shorter than the server's ``Retry-After``."""
        exc = state.outcome.exception() if state.outcome else None
        return max(self._backoff(state), server_delay_s(exc) or 0.0)

    @cached_property
    def _backoff(self) -> Callable[[RetryCallState], float]:
        from tenacity import wait_random_exponential

        return wait_random_exponential(multiplier=self._backoff_s, max=self._max_backoff_s)

    def _count_retry(self, state: RetryCallState) -> None:
        self.retries += 1

    def _detail(self, exc: BaseException) -> str:
        """What went wrong, in one line, the key masked, then cut to ``MAX_DETAIL_CHARS``."""
        status = getattr(exc, "status_code", None)
        what = type(exc).__name__ + (f" (HTTP {status})" if status else "")
        detail = str(exc) or "no detail"
        root = root_cause(exc)
        if isinstance(exc, ConnectionFailedError) and isinstance(root, OSError) and root is not exc:
            what = "connection failed"
            detail = f"{type(root).__name__}: {root}"
        elif root is not exc and str(root):
            detail += f" ({type(root).__name__}: {root})"
        if isinstance(exc, asyncio.TimeoutError):
            detail = f"no complete answer within {self.timeout_s:g}s"
        delay = server_delay_s(exc)
        if delay is not None and delay > self.max_retry_after_s:
            detail = f"the server asked to retry after {delay:.0f}s (more than {self.max_retry_after_s:.0f}s)"
        detail = " ".join(mask(detail, self._api_key).split())
        if len(detail) > MAX_DETAIL_CHARS:
            detail = detail[:MAX_DETAIL_CHARS] + "…"
        return f"{what}: {detail}"

    def _failure(self, exc: BaseException, attempts: int) -> RequestFailedError:
        tries = f"after {attempts} attempts" if attempts > 1 else "not retried"
        status = getattr(exc, "status_code", None)
        return RequestFailedError(f"{self._detail(exc)} [{tries}]", status=status, attempts=attempts)
