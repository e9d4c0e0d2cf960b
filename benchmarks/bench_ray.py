"""The Ray runner's overhead per item versus the local runner: same embedded server, same items.

Both runners generate the same items against one llama.cpp server (each into its own fresh cache), then
rebuild from that cache; the difference per item is what Ray Data costs (start-up, scheduling, moving rows).
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from benchmarks.timing import timed_generate
from cot_synth.backends.embedded import EmbeddedServer, model_path
from cot_synth.config import GenerateConfig

ITEMS = 16


def run() -> dict:
    result: dict = {"items": ITEMS}
    with tempfile.TemporaryDirectory() as tmp, EmbeddedServer(model_path(), parallel=2) as server:
        base = GenerateConfig(
            out=Path(tmp), limit=ITEMS, max_tokens=48, backend="openai", model="smollm2",
            base_url=server.base_url, api_key_env="COT_SYNTH_BENCH_NO_KEY", concurrency=2,
        )  # fmt: skip
        for runner in ("local", "ray"):
            config = replace(base, out=Path(tmp) / runner, runner=runner, ray_actors=2, ray_batch_size=4)
            fresh, fresh_s = timed_generate(config)
            _, cached_s = timed_generate(config)
            result[runner] = {
                "fresh_s": round(fresh_s, 2),
                "cached_s": round(cached_s, 2),
                "model_calls": fresh.model_calls,
            }
    local, ray = result["local"], result["ray"]
    result["ray_overhead_per_item_s"] = {
        "fresh": round((ray["fresh_s"] - local["fresh_s"]) / ITEMS, 3),
        "cached": round((ray["cached_s"] - local["cached_s"]) / ITEMS, 3),
    }
    result["ray_over_local_fresh"] = round(ray["fresh_s"] / local["fresh_s"], 2)
    return result
