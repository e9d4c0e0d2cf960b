"""Embedded path: output tokens/s through the whole pipeline vs the same llama.cpp server driven directly.

Both sides send the same prompts (the pipeline's own first-round requests) at the same concurrency to
one server, so the ratio isolates the pipeline's overhead (cache, judging, rendering, bookkeeping).
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from pathlib import Path

import openai

from cot_synth.backends.embedded import EmbeddedServer, model_path
from cot_synth.backends.openai_backend import OpenAIBackend
from cot_synth.cache import ResponseCache
from cot_synth.clean import clean
from cot_synth.config import GenerateConfig
from cot_synth.content import ContentDir
from cot_synth.ingest import load_source
from cot_synth.judging import RuleJudge
from cot_synth.pipeline import run_generate
from cot_synth.synthesize import Synthesizer

ITEMS, CONCURRENCY, MAX_TOKENS = 16, 4, 128


async def _direct(base_url: str, requests: list) -> int:
    client = openai.AsyncOpenAI(base_url=base_url, api_key="EMPTY", max_retries=0)
    semaphore = asyncio.Semaphore(CONCURRENCY)

    async def one(request) -> int:
        async with semaphore:
            response = await client.chat.completions.create(
                model="m", messages=list(request.messages), **request.params
            )
            return response.usage.completion_tokens

    try:
        return sum(await asyncio.gather(*(one(r) for r in requests)))
    finally:
        await client.close()


def run() -> dict:
    with tempfile.TemporaryDirectory() as tmp, EmbeddedServer(model_path(), parallel=CONCURRENCY) as server:
        config = GenerateConfig(
            out=Path(tmp) / "run", limit=ITEMS, backend="openai", model="m", base_url=server.base_url,
            blind_attempts=1, hinted_attempts=0, max_tokens=MAX_TOKENS, concurrency=CONCURRENCY,
        )  # fmt: skip
        mcqs = clean(load_source(None, limit=ITEMS)).mcqs
        prompts = ContentDir.resolve("prompts", None)
        judge = RuleJudge.from_content(ContentDir.resolve("judges", None))
        backend = OpenAIBackend("m", server.base_url, "EMPTY", concurrency=CONCURRENCY)
        with ResponseCache(Path(tmp) / "unused") as cache:
            synth = Synthesizer(backend, cache, prompts, judge, config)
            requests = [synth.request_for(m, "blind", 0) for m in mcqs]
        started = time.perf_counter()
        direct_tokens = asyncio.run(_direct(server.base_url, requests))
        direct_s = time.perf_counter() - started

        started = time.perf_counter()
        summary = run_generate(config)
        pipeline_s = time.perf_counter() - started
        manifest = json.loads((config.out / "manifest.json").read_text())
        pipeline_tokens = manifest["attempts"]["completion_tokens"]
    direct_tps = direct_tokens / direct_s
    pipeline_tps = pipeline_tokens / pipeline_s
    return {
        "items": summary.read,
        "concurrency": CONCURRENCY,
        "direct_tokens_per_s": round(direct_tps, 1),
        "pipeline_tokens_per_s": round(pipeline_tps, 1),
        "pipeline_vs_direct": round(pipeline_tps / direct_tps, 3),
    }
