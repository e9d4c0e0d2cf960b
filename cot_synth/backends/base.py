"""The backend protocol: given requests, yield completions as they finish.

Completions arrive in any order, each paired with its request (which carries its cache key), so a
backend may batch (vLLM), fan out (HTTP) or stream as it likes. Failures are yielded, not raised, so one
bad request never loses the rest.
"""

from __future__ import annotations

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


class Backend(Protocol):
    """What the attempt loop needs from a generator."""

    kind: str
    model: str

    def generate(self, requests: Sequence[Request]) -> AsyncIterator[tuple[Request, Completion | Exception]]:
        """Run the requests; yield each with its completion, or with the error that ended it."""
        ...
