"""In-process vLLM: output tokens/s through the attempt loop vs bare ``LLM.chat`` on the same engine, and
vLLM vs the embedded llama.cpp server on the same items.

One engine serves both vLLM arms (the embedded model, converted; eager, as on CPUs), warmed first, and the
arms alternate, so the ratio isolates the attempt loop's overhead (cache, judging, bookkeeping). The
engine's start is reported apart. Needs vLLM (``make test`` installs its CPU build).
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from benchmarks.timing import timed_generate
from cot_synth.backends import hf_model
from cot_synth.backends.embedded import model_path
from cot_synth.backends.vllm_backend import EngineOptions, VLLMBackend
from cot_synth.cache import ResponseCache
from cot_synth.clean.validate import clean
from cot_synth.config import GenerateConfig
from cot_synth.content import ContentDir
from cot_synth.ingest.readers import load_source
from cot_synth.judging.spec import JudgeSpec
from cot_synth.synthesize.attempts import Synthesizer

ITEMS, MAX_TOKENS, REPEATS, CONCURRENCY = 16, 128, 2, 4
os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "2")  # GiB: on CPUs vLLM otherwise reserves 92 % of memory


def run() -> dict:
    gguf = model_path()
    config = GenerateConfig(
        limit=ITEMS, backend="vllm", blind_attempts=1, hinted_attempts=0, max_tokens=MAX_TOKENS,
        enforce_eager=True, concurrency=CONCURRENCY,
    )  # fmt: skip
    started = time.perf_counter()
    folder = str(hf_model.hf_folder(gguf))  # converted once per machine; reused after
    convert_s = time.perf_counter() - started
    backend = VLLMBackend(
        hf_model.model_name(gguf), weights=lambda: folder, engine=EngineOptions(enforce_eager=True)
    )
    mcqs = clean(load_source(None, limit=ITEMS)).mcqs
    prompts = ContentDir.resolve("prompts", None)
    judge = JudgeSpec.from_content(ContentDir.resolve("judges", None))
    llm = backend.llm()
    with tempfile.TemporaryDirectory() as tmp:
        with ResponseCache(Path(tmp) / "unused") as cache:
            requests = [
                Synthesizer(backend, cache, prompts, judge, config).request_for(m, "blind", 0) for m in mcqs
            ]
        conversations = [list(r.messages) for r in requests]
        sampling = [backend.sampling_params(r.params) for r in requests]
        llm.chat(conversations, [backend.sampling_params({**r.params, "max_tokens": 1}) for r in requests])

        bare, pipeline = [], []
        for repeat in range(REPEATS):
            started = time.perf_counter()
            outputs = llm.chat(conversations, sampling, use_tqdm=False)
            bare.append(sum(len(o.outputs[0].token_ids) for o in outputs) / (time.perf_counter() - started))
            with ResponseCache(Path(tmp) / f"cache{repeat}") as cache:  # empty: every call reaches the engine
                synth = Synthesizer(backend, cache, prompts, judge, config)
                started = time.perf_counter()
                asyncio.run(synth.run(mcqs))
                pipeline.append(synth.tally.completion_tokens / (time.perf_counter() - started))

        embedded = replace(config, backend="embedded", out=Path(tmp) / "embedded")
        _, seconds = timed_generate(embedded)
        manifest = json.loads((embedded.out / "manifest.json").read_text())
        embedded_tps = manifest["attempts"]["completion_tokens"] / seconds

    vllm_tps = statistics.median(pipeline)
    return {
        "items": len(mcqs),
        "max_tokens": MAX_TOKENS,
        "engine": "vllm (eager), embedded SmolLM2-135M converted to bfloat16",
        "convert_s": round(convert_s, 2),
        "engine_start_s": round(backend.start_s or 0.0, 2),
        "bare_tokens_per_s": [round(x, 1) for x in bare],
        "pipeline_tokens_per_s": [round(x, 1) for x in pipeline],
        "pipeline_vs_bare": round(vllm_tps / statistics.median(bare), 3),
        "embedded_pipeline_tokens_per_s": round(embedded_tps, 1),
        "embedded_concurrency": CONCURRENCY,
        "vllm_vs_embedded": round(vllm_tps / embedded_tps, 2),
    }
