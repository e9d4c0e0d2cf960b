"""Embedded path: output tokens/s through the whole pipeline vs the same llama.cpp server driven directly,
and what asking one call for several attempts (``--choices-per-call``) buys on it.

Both sides send the same prompts (the pipeline's own requests) at the same concurrency to one server, so
the ratio isolates the pipeline's overhead (cache, judging, rendering, bookkeeping). The server's slots
are warmed first and the two sides alternate, so neither profits from the other's prompt cache alone.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import openai

from benchmarks.timing import timed_generate
from cot_synth.backends.embedded import EmbeddedServer, model_path
from cot_synth.backends.openai_backend import OpenAIBackend
from cot_synth.cache import ResponseCache
from cot_synth.clean.validate import clean
from cot_synth.config import GenerateConfig
from cot_synth.content import ContentDir
from cot_synth.ingest.readers import load_source
from cot_synth.judging.spec import JudgeSpec
from cot_synth.synthesize.attempts import Synthesizer

ITEMS, CONCURRENCY, MAX_TOKENS, REPEATS, CHOICES = 16, 4, 128, 2, 3


async def _direct(base_url: str, requests: list, max_tokens: int | None = None) -> int:
    """Completion tokens for the requests sent straight through the ``openai`` client."""
    client = openai.AsyncOpenAI(base_url=base_url, api_key="EMPTY", max_retries=0)
    semaphore = asyncio.Semaphore(CONCURRENCY)

    async def one(request) -> int:
        params = {**request.params, **({"max_tokens": max_tokens} if max_tokens else {})}
        async with semaphore:
            response = await client.chat.completions.create(
                model="m", messages=list(request.messages), **params
            )
            return response.usage.completion_tokens

    try:
        return sum(await asyncio.gather(*(one(r) for r in requests)))
    finally:
        await client.close()


def _pipeline(config: GenerateConfig) -> tuple[float, dict]:
    """Tokens/s of one uncached run, and its manifest."""
    _, seconds = timed_generate(config)
    manifest = json.loads((config.out / "manifest.json").read_text())
    return manifest["attempts"]["completion_tokens"] / seconds, manifest


def run() -> dict:
    with tempfile.TemporaryDirectory() as tmp, EmbeddedServer(model_path(), parallel=CONCURRENCY) as server:
        config = GenerateConfig(
            limit=ITEMS, backend="openai", model="m", base_url=server.base_url,
            blind_attempts=1, hinted_attempts=0, max_tokens=MAX_TOKENS, concurrency=CONCURRENCY,
        )  # fmt: skip
        mcqs = clean(load_source(None, limit=ITEMS)).mcqs
        prompts = ContentDir.resolve("prompts", None)
        judge = JudgeSpec.from_content(ContentDir.resolve("judges", None))
        backend = OpenAIBackend("m", server.base_url, "EMPTY", concurrency=CONCURRENCY)
        with ResponseCache(Path(tmp) / "unused") as cache:
            synth = Synthesizer(backend, cache, prompts, judge, config)
            requests = [synth.request_for(m, "blind", 0) for m in mcqs]
        # warm-up: every server slot holds the shared prefix (system prompt and demonstrations)
        asyncio.run(_direct(server.base_url, requests[:CONCURRENCY], max_tokens=1))

        # the same attempts one per call or CHOICES per call (keep = CHOICES: no early stop on either side),
        # each through its own embedded server: slots sized for the choices, every choice's tokens counted
        several = replace(
            config, backend="embedded", model=None, base_url=None, blind_attempts=CHOICES, keep=CHOICES
        )
        batched = replace(several, choices_per_call=CHOICES)
        direct, pipeline, single, choices = [], [], [], []
        for repeat in range(REPEATS):
            started = time.perf_counter()
            tokens = asyncio.run(_direct(server.base_url, requests))
            direct.append(tokens / (time.perf_counter() - started))
            pipeline.append(_pipeline(replace(config, out=Path(tmp) / f"run{repeat}")))
            single.append(_pipeline(replace(several, out=Path(tmp) / f"single{repeat}")))
            choices.append(_pipeline(replace(batched, out=Path(tmp) / f"batched{repeat}")))
        # every blind attempt made (keep = CHOICES): the bundled sample's difficulty for this model
        report = json.loads((Path(tmp) / "single0" / "report.json").read_text())
        difficulty = {
            "blind_attempts_per_item": CHOICES,
            "bands": {
                name: {k: b[k] for k in ("items", "accepted", "majority_is_gold")}
                for name, b in report["difficulty"]["bands"].items()
            },  # fmt: skip
            "pass_rate_hist": report["difficulty"]["pass_rate_hist"],
        }

    def median_tps(runs: list[tuple[float, dict]]) -> float:
        return statistics.median(tps for tps, _ in runs)

    def arm(runs: list[tuple[float, dict]]) -> dict:
        attempts = runs[0][1]["attempts"]
        return {
            "calls": attempts["model_calls"],
            "attempts": attempts["total"],
            "tokens_per_s": [round(tps, 1) for tps, _ in runs],
        }

    return {
        "items": len(mcqs),
        "concurrency": CONCURRENCY,
        "max_tokens": MAX_TOKENS,
        "direct_tokens_per_s": [round(x, 1) for x in direct],
        "pipeline_tokens_per_s": [round(tps, 1) for tps, _ in pipeline],
        "pipeline_vs_direct": round(median_tps(pipeline) / statistics.median(direct), 3),
        "choices_per_call": CHOICES,
        "one_per_call": arm(single),
        "several_per_call": arm(choices),
        "several_vs_one_tokens_per_s": round(median_tps(choices) / median_tps(single), 3),
        "difficulty": difficulty,
    }
