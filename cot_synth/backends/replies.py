"""What an OpenAI-compatible server answered, read: the choices of a chat completion, and how long it asked
to be left alone. Pure functions of a parsed body or an error (a Retry-After date also reads the clock)."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from typing import Any

from cot_synth.backends.base import Choices
from cot_synth.backends.http import HTTPStatusError
from cot_synth.records import Completion

SERVER_DELAY_STATUS = frozenset({429, 503})  # the statuses whose Retry-After we obey


class MalformedResponseError(Exception):
    """An HTTP 200 whose body is not a chat completion: worth a retry (proxies and overloaded servers).

    The message holds the whole body: it is cut short only after the API key is masked (``_failure``)."""


def retry_after_s(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds a server asked us to wait: ``retry-after-ms``, else ``Retry-After`` as seconds or HTTP date.

    ``headers`` must look names up case-insensitively (httpx headers do). Past dates give 0.
    """
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return max(0.0, float(value) / scale)
        except ValueError:
            if name == "retry-after-ms":
                continue
        import email.utils  # an HTTP date, rare: not imported by every run (3 ms)

        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return max(0.0, when.timestamp() - (time.time() if now is None else now))
    return None


def server_delay_s(exc: BaseException | None) -> float | None:
    """The ``Retry-After`` of a 429/503 error, or ``None``."""
    if isinstance(exc, HTTPStatusError) and exc.status_code in SERVER_DELAY_STATUS:
        return retry_after_s(exc.headers)
    return None


def split_evenly(total: int, parts: int) -> list[int]:
    """``total`` in ``parts`` shares that differ by at most one and sum to ``total``."""
    share, rest = divmod(total, parts)
    return [share + (i < rest) for i in range(parts)]


def completions_from(response: Any, latency_s: float) -> Choices:
    """The choices of a chat-completion response body (parsed JSON), in choice order.

    With ``n > 1`` the API reports usage for the whole call only, so the prompt is counted once (on the
    first choice) and the completion tokens are shared evenly: sums stay equal to what the server reported.
    """
    if not isinstance(response, dict):  # the client hands back a body that is not JSON as text
        raise MalformedResponseError(f"the response is not JSON: {str(response)!r}")
    try:
        choices = sorted(response["choices"], key=lambda choice: choice.get("index") or 0)
        texts = [(c["message"].get("content") or "", c.get("finish_reason") or "unknown") for c in choices]
        usage = response.get("usage") or {}
        prompt_tokens = int(usage.get("prompt_tokens") or 0)
        completion_tokens = int(usage.get("completion_tokens") or 0)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        preview = json.dumps(response)
        raise MalformedResponseError(
            f"not a chat completion ({type(exc).__name__}: {exc}): {preview}"
        ) from None
    if not texts:
        raise MalformedResponseError("the response has no choices")
    shares = split_evenly(completion_tokens, len(texts))
    return tuple(
        Completion(
            text=text,
            finish_reason=finish_reason,
            prompt_tokens=prompt_tokens if i == 0 else 0,
            completion_tokens=shares[i],
            latency_s=round(latency_s, 3),
        )
        for i, (text, finish_reason) in enumerate(texts)
    )
