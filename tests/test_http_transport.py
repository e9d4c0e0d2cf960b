"""The HTTP transport honours the environment's proxy settings, read once per session, and is not even
imported by a run the cache answers whole."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

from cot_synth.backends.http import ConnectionFailedError, JsonTransport, env_proxy
from tests.conftest import run_cli
from tests.fault_server import FaultServer

# a host no resolver knows (RFC 6761): a call to it arrives only through a proxy
NOWHERE = "http://cot-synth-test.invalid/v1"
BODY = {"model": "m", "messages": [{"role": "user", "content": "Reply with OK."}], "max_tokens": 1}


@pytest.fixture
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


def test_env_proxy_follows_scheme_and_no_proxy(no_proxies: pytest.MonkeyPatch) -> None:
    assert env_proxy("https://api.openai.com/v1") is None
    no_proxies.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    no_proxies.setenv("NO_PROXY", "localhost,127.0.0.1,.internal")
    assert env_proxy("https://api.openai.com/v1") == "http://proxy.example:3128"
    assert env_proxy("http://api.openai.com/v1") is None  # no HTTP_PROXY set
    assert env_proxy("http://127.0.0.1:8000/v1") is None
    assert env_proxy("https://llm.internal/v1") is None


async def _post_once(transport: JsonTransport) -> object:
    try:
        return await transport.post("/chat/completions", BODY)
    finally:
        await transport.close()


def test_calls_go_through_the_proxy_the_environment_names(
    no_proxies: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The fault server stands in for a forward proxy: it answers the absolute-form request it is sent."""
    with FaultServer(tmp_path / "arrivals.jsonl") as server:
        no_proxies.setenv("HTTP_PROXY", server.base_url.removesuffix("/v1"))
        reply = asyncio.run(_post_once(JsonTransport(NOWHERE, "sk-test", connect_timeout_s=5)))
        assert isinstance(reply, dict) and reply["choices"]
        assert len(server.arrivals()) == 1
        no_proxies.setenv("NO_PROXY", "cot-synth-test.invalid")  # now the host is reached directly: it is not
        with pytest.raises(ConnectionFailedError):
            asyncio.run(_post_once(JsonTransport(NOWHERE, "sk-test", connect_timeout_s=5)))
        assert len(server.arrivals()) == 1


def test_a_rerun_the_cache_answers_never_imports_aiohttp(medqa_dir: Path, tmp_path: Path) -> None:
    """aiohttp's import (SSL contexts included) was most of a cached rerun's generate stage: it comes with
    the first call, so a rerun against a server that is gone answers from the cache without it."""
    with FaultServer(tmp_path / "arrivals.jsonl") as server:
        source = str(medqa_dir / "phrases_no_exclude_test.jsonl")
        args = ["generate", "--input", source, "--limit", "4", "--out", str(tmp_path / "run"),
                "--backend", "openai", "--model", "m", "--no-progress"]  # fmt: skip
        first = run_cli(*args, "--base-url", server.base_url, cwd=tmp_path)
        assert first.returncode == 0, first.stderr
    rerun = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "cot_synth", *args, "--base-url", "http://127.0.0.1:9/v1"],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert "model calls 0 " in rerun.stdout  # every answer came from the cache
    timed = [line for line in rerun.stderr.splitlines() if line.startswith("import time:")]
    imported = {line.rsplit("|", 1)[-1].strip() for line in timed}
    assert "cot_synth.backends.http" in imported  # the transport module itself is loaded ...
    assert "aiohttp" not in imported  # ... but not the client it would call with
