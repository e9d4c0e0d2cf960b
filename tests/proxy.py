"""A transparent logging proxy in front of a real OpenAI-compatible server.

Tests use it to see exactly which requests reach the model (and when), without changing what the model
answers: every request is forwarded unchanged to the real llama.cpp server.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class LoggingProxy:
    """``with LoggingProxy(upstream) as proxy:`` then point clients at ``proxy.base_url``."""

    def __init__(self, upstream_base_url: str) -> None:
        self.upstream = upstream_base_url.rstrip("/")
        self.log: list[tuple[float, dict]] = []  # (arrival time, request body)
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = self.rfile.read(int(self.headers["Content-Length"]))
                with proxy._lock:
                    proxy.log.append((time.time(), json.loads(body)))
                request = urllib.request.Request(
                    proxy.upstream + self.path.removeprefix("/v1"), data=body,
                    headers={"Content-Type": "application/json"},
                )  # fmt: skip
                try:
                    with urllib.request.urlopen(request, timeout=600) as response:
                        payload, status = response.read(), response.status
                except urllib.error.HTTPError as exc:
                    payload, status = exc.read(), exc.code
                except OSError as exc:  # upstream dropped us: tell the client, as a gateway would
                    payload, status = json.dumps({"error": {"message": str(exc)}}).encode(), 502
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:
                    pass  # the client was killed mid-request: exactly what the resume tests do

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> LoggingProxy:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
