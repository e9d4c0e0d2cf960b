"""The backend protocol: given requests, yield completions as they finish.

Completions arrive in any order, each paired with its request (which carries its cache key), so a
backend may batch (vLLM), fan out (HTTP) or stream as it likes. Failures are yielded, not raised, so one
bad request never loses the rest.
"""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from cot_synth.cache import PrefixKeys, request_key
from cot_synth.records import Completion


@dataclass(frozen=True)
class Request:
    """One chat-completion call. ``key`` fingerprints everything that determines the response."""

    key: str
    messages: tuple[dict[str, str], ...]
    params: dict[str, Any]

    @classmethod
    def build(cls, backend: str, model: str, messages: Sequence[dict[str, str]], **params: Any) -> Request:
        payload = {"messages": list(messages), **params}
        return cls(request_key(backend, model, payload), tuple(messages), params)

    @classmethod
    def after(cls, opening: PrefixKeys, own: Sequence[dict[str, str]], **params: Any) -> Request:
        """``build`` for a call whose messages are ``opening``'s shared ones and then ``own``: same key."""
        return cls(opening.key(own, params), (*opening.shared, *own), params)


Choices = tuple[Completion, ...]
ChoiceStream = AsyncIterator[tuple[Request, Choices | Exception]]


class Backend(Protocol):
    """What the attempt loop needs from a generator."""

    kind: str
    model: str
    # True: the backend is fastest given whole rounds at once (vLLM batches them); False: one call per
    # request, and the attempt loop runs each item on its own so no call waits for a round's slowest (HTTP)
    batches: bool

    def session(self) -> AbstractAsyncContextManager[None]:
        """Keep the backend's connections open for every call made inside (one pool, not one per call)."""
        ...

    async def complete(self, request: Request) -> Choices | Exception:
        """One call's choices (or the error that ended it), returned to the task that awaits it, so the
        caller stores the answer before anything else runs. Called inside a ``session``."""
        ...

    def generate(self, requests: Sequence[Request]) -> AsyncIterator[tuple[Request, Completion | Exception]]:
        """Run the requests (``n`` = 1); yield each with its completion, or with the error that ended it."""
        ...

    def generate_choices(self, requests: Sequence[Request]) -> ChoiceStream:
        """Like ``generate``, but a request with ``n`` = K in its params yields its K choices in order.

        One call with ``n`` = K pays for the prompt once. A server that ignores ``n`` yields fewer choices
        than asked; the caller asks again for the missing ones.
        """
        ...


class ChoicesBackend(ABC):
    """Base for backends that implement ``generate_choices``: ``generate`` is its n = 1 case, ``complete``
    its one-request case."""

    batches = True

    @asynccontextmanager
    async def session(self) -> AsyncIterator[None]:
        yield

    async def complete(self, request: Request) -> Choices | Exception:
        """See ``Backend.complete``."""
        async for _, outcome in self.generate_choices([request]):
            return outcome
        raise AssertionError("generate_choices yields every request")

    @abstractmethod
    def generate_choices(self, requests: Sequence[Request]) -> ChoiceStream:
        """See ``Backend.generate_choices``."""

    async def generate(
        self, requests: Sequence[Request]
    ) -> AsyncIterator[tuple[Request, Completion | Exception]]:
        """Each request's one completion; ``n`` > 1 is refused (the extra choices would be dropped)."""
        if any(r.params.get("n", 1) != 1 for r in requests):
            raise ValueError("generate() gives one completion per request: use generate_choices() for n > 1")
        async for request, outcome in self.generate_choices(requests):
            yield request, outcome if isinstance(outcome, Exception) else outcome[0]


class CallBackend(ChoicesBackend):
    """Base for backends that answer one call at a time (HTTP): ``generate_choices`` runs ``complete`` for
    every request at once, and a session keeps the connections that ``complete`` opens until it ends."""

    batches = False
    _sessions = 0

    @abstractmethod
    async def complete(self, request: Request) -> Choices | Exception:
        """See ``Backend.complete``; called inside a session."""

    @abstractmethod
    async def aclose(self) -> None:
        """Close what the calls of the session that just ended opened."""

    @asynccontextmanager
    async def session(self) -> AsyncIterator[None]:
        """Sessions may overlap; what they opened is closed when the last one ends."""
        self._sessions += 1
        try:
            yield
        finally:
            self._sessions -= 1
            if not self._sessions:
                await self.aclose()

    async def generate_choices(self, requests: Sequence[Request]) -> ChoiceStream:
        """Every request's ``complete`` at once (the backend bounds calls in flight), yielded as they end."""

        async def one(request: Request) -> tuple[Request, Choices | Exception]:
            return request, await self.complete(request)

        async with self.session():
            tasks = [asyncio.create_task(one(r)) for r in requests]
            try:
                for next_done in asyncio.as_completed(tasks):
                    yield await next_done
            finally:
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
