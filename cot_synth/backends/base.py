"""The backend protocol: given requests, yield completions as they finish.

Completions arrive in any order, each paired with its request (which carries its cache key), so a
backend may batch (vLLM), fan out (HTTP) or stream as it likes. Failures are yielded, not raised, so one
bad request never loses the rest.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from cot_synth.cache import request_key
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


Choices = tuple[Completion, ...]
ChoiceStream = AsyncIterator[tuple[Request, Choices | Exception]]


class Backend(Protocol):
    """What the attempt loop needs from a generator."""

    kind: str
    model: str

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
    """Base for backends that implement ``generate_choices``: ``generate`` is its n = 1 case."""

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
