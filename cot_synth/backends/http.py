"""The OpenAI-compatible backend's transport: a JSON body POSTed over one aiohttp session, the reply parsed
with the standard library.

The openai SDK's client spent about 2 ms of CPU per call building typed request options and copying the
body, more than everything else a call costs; at 64 calls in flight against a fast server that, not the
server, set the pace (``benchmarks/bench_api.py``, ``../shared/peerbench``). What the SDK did besides is kept:
the key in an ``Authorization`` header, ``OPENAI_BASE_URL`` when no base URL is given, proxies from the
environment, a status error that carries the server's own message and headers. aiohttp is imported with the
first call, not with the module: its import (about 0.1 s, SSL contexts included) was two thirds of a rerun
that the cache answers whole.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    import aiohttp

OPENAI_URL = "https://api.openai.com/v1"


def env_proxy(url: str) -> str | None:
    """The proxy the environment sets for ``url`` (``HTTPS_PROXY``, ``HTTP_PROXY``, ``NO_PROXY``), read once:
    aiohttp's ``trust_env`` reads the environment and ``~/.netrc`` again on a worker thread for every
    request, which at 64 calls in flight cost the event loop more than the calls themselves. Without a
    ``*_proxy`` variable there is none, and urllib.request (a tenth of a cached rerun's stage) is not
    imported."""
    if not any(name.casefold().endswith("_proxy") for name in os.environ):
        return None
    import urllib.request

    parts = urlsplit(url)
    if urllib.request.proxy_bypass_environment(parts.hostname or ""):
        return None
    return urllib.request.getproxies_environment().get(parts.scheme)


class HTTPStatusError(Exception):
    """An answer whose status is not 2xx; ``headers`` look names up case-insensitively."""

    def __init__(self, status_code: int, headers: Mapping[str, str], body: str) -> None:
        super().__init__(server_message(body) or f"HTTP {status_code} with an empty body")
        self.status_code = status_code
        self.headers = headers


class ConnectionFailedError(Exception):
    """No (whole) answer: the connection could not be opened, or was reset or cut mid-answer."""


def server_message(body: str) -> str:
    """The message of an error body: ``error.message`` of OpenAI-style JSON, else the body itself."""
    try:
        data = json.loads(body)
    except ValueError:
        return body.strip()
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return error["message"]
    if isinstance(error, str):
        return error
    return body.strip()


class JsonTransport:
    """POSTs JSON to ``base_url`` + path over one connection pool, opened on the first call."""

    def __init__(self, base_url: str | None, api_key: str, connect_timeout_s: float) -> None:
        self.base_url = (base_url or os.environ.get("OPENAI_BASE_URL") or OPENAI_URL).rstrip("/")
        self._headers = {"Authorization": f"Bearer {api_key}", "Content-Type": "application/json"}
        self._connect_timeout_s = connect_timeout_s
        self._proxy = env_proxy(self.base_url)
        self._session: aiohttp.ClientSession | None = None

    async def post(self, path: str, body: dict[str, Any]) -> Any:
        """The parsed JSON reply (a body that is not JSON is returned as text, for the caller to refuse).

        Raises ``HTTPStatusError``, ``ConnectionFailedError`` or ``json.JSONDecodeError`` (JSON cut short)."""
        import aiohttp

        if self._session is None:
            connector = aiohttp.TCPConnector(limit=0)  # the backend's limiter bounds calls in flight
            timeout = aiohttp.ClientTimeout(total=None, sock_connect=self._connect_timeout_s)
            self._session = aiohttp.ClientSession(connector=connector, timeout=timeout)
        try:
            async with self._session.post(
                self.base_url + path, data=json.dumps(body), headers=self._headers, proxy=self._proxy
            ) as response:
                text = await response.text()
                status, headers, kind = response.status, response.headers, response.content_type
        except aiohttp.ClientError as exc:
            raise ConnectionFailedError(str(exc) or type(exc).__name__) from exc
        if status >= 400:
            raise HTTPStatusError(status, headers, text)
        return json.loads(text) if kind == "application/json" else text

    async def close(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()
