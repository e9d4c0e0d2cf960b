"""A scriptable OpenAI-compatible chat server (aiohttp) for fault tests and the API benchmark.

The real llama.cpp server cannot be told to answer 429, hang or cut a body in half; this one can. It
speaks ``POST /v1/chat/completions`` (with ``n``) well enough for the ``openai`` client, answers after
``--delay`` seconds (or after a log-normal draw with that median when ``--spread`` gives its sigma: a
heavy-tailed server), and runs as its own process so a test can SIGKILL it mid-run and start it again on
the same port::

    python tests/fault_server.py --port 0 --delay 0.2 --rules '[{"fault": "status", "status": 429,
        "headers": {"Retry-After": "1"}, "first": 3}]' --log arrivals.jsonl

It prints ``{"port": N}`` once listening. Rules are tried in order, the first that selects an arrival wins:

- ``fault``: ``slow`` (a good answer after ``seconds``), ``status`` (answer ``status`` with
  ``headers``; ``echo_auth`` puts the Authorization header in the body, as some real servers do, after
  ``pad`` filler characters), ``hang`` (no answer until the client gives up), ``cut`` (send half the body,
  then close the connection), ``html`` (a 200 HTML page), ``badjson`` (a 200 whose JSON stops half-way),
  ``one_choice`` (a good answer with one choice whatever ``n`` asked: servers that ignore ``n``);
- selection: ``first: N`` (the first N arrivals at this process), ``every: K`` (every K-th arrival),
  ``per_request: N`` (the first N arrivals of each distinct request body), or ``chance: P`` (each arrival
  drawn at random with probability P, from ``--seed``: a retry of a failed request can succeed);
  ``after: N`` spares the first N arrivals from the rule (the client's probe is the first).

Every arrival is logged as one JSON line ``{seq, key, outcome, t, in_flight}`` (``outcome`` is ``ok`` or
the fault, ``in_flight`` counts this call; ``ok`` lines add the reply's token usage) so tests can check
what the server really saw. Replies name the request (``reply <key> <choice>``) so a test can tell that
each completion went back to its own request; token usage counts words.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import math
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, TextIO

from aiohttp import web


def body_key(body: dict[str, Any]) -> str:
    """Short fingerprint of a request body: what "the same request" means to the server."""
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:12]


def completion_body(body: dict[str, Any], key: str) -> dict[str, Any]:
    texts = [f"reply {key} {i}" for i in range(int(body.get("n") or 1))]
    prompt_words = sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))
    completion_words = sum(len(t.split()) for t in texts)
    return {
        "id": f"chatcmpl-{key}",
        "object": "chat.completion",
        "created": 0,
        "model": body.get("model", ""),
        "choices": [
            {"index": i, "message": {"role": "assistant", "content": t}, "finish_reason": "stop"}
            for i, t in enumerate(texts)
        ],
        "usage": {
            "prompt_tokens": prompt_words,
            "completion_tokens": completion_words,
            "total_tokens": prompt_words + completion_words,
        },
    }


class FaultPlan:
    """Chooses each arrival's fate from the rules and logs it."""

    def __init__(
        self,
        rules: list[dict[str, Any]],
        delay_s: float,
        log: TextIO | None,
        seed: int = 0,
        spread: float = 0.0,
    ) -> None:
        self.rules = rules
        self.random = random.Random(seed)
        self.delay_s = delay_s
        self.spread = spread
        self.log = log
        self.seq = 0
        self.in_flight = 0
        self.seen: Counter[str] = Counter()

    def choose(self, key: str) -> dict[str, Any] | None:
        seq, nth = self.seq, self.seen[key]
        self.seq += 1
        self.seen[key] += 1
        draw = self.random.random()  # one draw per arrival, whatever the rules, so a seed replays a run
        for rule in self.rules:
            if seq < rule.get("after", 0):
                continue
            if (
                ("first" in rule and seq < rule["first"])
                or ("every" in rule and seq % rule["every"] == rule["every"] - 1)
                or ("per_request" in rule and nth < rule["per_request"])
                or ("chance" in rule and draw < rule["chance"])
            ):
                return rule
        return None

    def delay_of(self, key: str, nth: int, rule: dict[str, Any] | None) -> float:
        """An arrival's latency: a ``slow`` rule's, or ``--delay`` (the median of a log-normal draw, fixed
        per request and try, when ``--spread`` is its sigma)."""
        if rule is not None and rule["fault"] == "slow":
            return float(rule["seconds"])
        if not self.spread or not self.delay_s:
            return self.delay_s
        return random.Random(f"{key}:{nth}").lognormvariate(math.log(self.delay_s), self.spread)

    def record(self, seq: int, key: str, outcome: str, usage: dict[str, int] | None) -> None:
        if self.log is not None:
            line = {"seq": seq, "key": key, "outcome": outcome, "t": time.time(), "in_flight": self.in_flight}
            self.log.write(json.dumps({**line, **(usage or {})}) + "\n")
            self.log.flush()

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        key = body_key(body)
        seq, nth = self.seq, self.seen[key]
        rule = self.choose(key)
        self.in_flight += 1
        try:
            if rule is None or rule["fault"] == "slow":
                reply = completion_body(body, key)
                delay = self.delay_of(key, nth, rule)
                self.record(seq, key, "ok", {**reply["usage"], "delay": round(delay, 4)})
                await asyncio.sleep(delay)
                return web.json_response(reply)
            self.record(seq, key, str(rule.get("status", rule["fault"])), None)
            await asyncio.sleep(self.delay_s)
            return await self.fault(request, rule, body, key)
        finally:
            self.in_flight -= 1

    async def fault(
        self, request: web.Request, rule: dict[str, Any], body: dict[str, Any], key: str
    ) -> web.StreamResponse:
        fault = rule["fault"]
        if fault == "status":
            error: dict[str, Any] = {"message": f"injected {rule['status']}", "type": "injected"}
            if rule.get("echo_auth"):
                pad = "·" * rule.get("pad", 0)
                error["message"] += f" {pad} for {request.headers.get('Authorization', '')}"
            return web.json_response({"error": error}, status=rule["status"], headers=rule.get("headers"))
        if fault == "hang":  # until the client gives up
            while request.transport is not None and not request.transport.is_closing():
                await asyncio.sleep(0.05)
            return web.Response(status=499)
        if fault == "one_choice":
            return web.json_response(completion_body({**body, "n": 1}, key))
        if fault == "html":
            return web.Response(text="<html><body>502 Bad Gateway</body></html>", content_type="text/html")
        full = json.dumps(completion_body(body, key)).encode()
        if fault == "badjson":
            return web.Response(body=full[: len(full) // 2], content_type="application/json")
        if fault == "cut":
            response = web.StreamResponse(headers={"Content-Type": "application/json"})
            response.content_length = len(full)
            await response.prepare(request)
            await response.write(full[: len(full) // 2])
            assert request.transport is not None
            request.transport.close()
            return response
        raise ValueError(f"unknown fault {fault!r}")


async def serve(port: int, plan: FaultPlan) -> None:
    app = web.Application()
    app.router.add_post("/v1/chat/completions", plan.handle)
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", port, reuse_address=True, backlog=1024)
    await site.start()
    print(json.dumps({"port": runner.addresses[0][1]}), flush=True)
    await asyncio.Event().wait()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--spread", type=float, default=0.0, help="sigma of log-normal delays (0: fixed)")
    parser.add_argument("--rules", default="[]", help="JSON list of fault rules")
    parser.add_argument("--log", type=Path, default=None, help="append one JSON line per arrival")
    parser.add_argument("--seed", type=int, default=0, help="seed of the ``chance`` draws")
    args = parser.parse_args(argv)
    log = args.log.open("a", encoding="utf-8") if args.log else None
    plan = FaultPlan(json.loads(args.rules), args.delay, log, args.seed, args.spread)
    asyncio.run(serve(args.port, plan))


class FaultServer:
    """Runs ``main`` as a child process; ``kill`` is a real SIGKILL, ``start`` again reuses the port."""

    def __init__(
        self,
        log: Path,
        *,
        delay_s: float = 0.0,
        rules: list[dict[str, Any]] | None = None,
        seed: int = 0,
        spread: float = 0.0,
    ) -> None:
        self.log_path = log
        self.delay_s = delay_s
        self.spread = spread
        self.rules = rules or []
        self.seed = seed
        self.port = 0
        self._proc: subprocess.Popen[str] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> FaultServer:
        command = [
            sys.executable, __file__, "--port", str(self.port), "--delay", str(self.delay_s),
            "--spread", str(self.spread), "--seed", str(self.seed),
            "--rules", json.dumps(self.rules), "--log", str(self.log_path),
        ]  # fmt: skip
        self._proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line:
            raise RuntimeError(f"fault server did not start (exit {self._proc.wait()})")
        self.port = json.loads(line)["port"]
        return self

    def kill(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()

    def arrivals(self) -> list[dict[str, Any]]:
        """Every arrival logged so far, over every life of the server."""
        if not self.log_path.exists():
            return []
        return [json.loads(line) for line in self.log_path.read_text(encoding="utf-8").splitlines()]

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.kill()


if __name__ == "__main__":
    main()
