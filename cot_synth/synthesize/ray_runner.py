"""The Ray runner (``--runner ray``): the local runner's job on a Ray cluster, through Ray Data.

The cleaned MCQs become a Ray Dataset. An actor pool runs the attempt loop: each actor owns a backend
(in-process vLLM on its GPU, or a client of an OpenAI-compatible endpoint or of the embedded server the
driver started) and judges each trace at once, because the verdict decides whether the item needs another
attempt. Rendering is a separate map stage. The driver collects the rows in input order and hands them to
the same writers as the local runner, so the run folder is the same, byte for byte, for the same seed and
cache. Every actor reads and writes the run's one cache, so a call finished by an actor that is then
killed is never paid for again, neither by the actor Ray restarts nor by a rerun (ARCHITECTURE.md).

Ray is imported here only, and this module only when ``--runner ray`` is asked for.
"""

from __future__ import annotations

import asyncio
import json
import math
import pickle
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cot_synth import __version__, runfolder
from cot_synth.backends import EMBEDDED_LOG, embedded_gguf, open_backend, openai_client
from cot_synth.backends import usage as api_usage
from cot_synth.backends.base import Backend
from cot_synth.backends.pricing import Price
from cot_synth.cache import CacheStats, ResponseCache
from cot_synth.config import GenerateConfig
from cot_synth.content import ContentDir
from cot_synth.errors import UserError
from cot_synth.records import MCQ, Provenance
from cot_synth.render import item_records
from cot_synth.synthesize.attempts import Synthesizer, Tally, model_judge_for
from cot_synth.synthesize.local import Generated
from cot_synth.synthesize.requests import judge_spec

INSTALL_HINT = "pip install 'cot_synth[ray]'"
COUNTERS = (
    "attempts", "cached", "calls", "failed_calls", "completion_tokens", "judge_model_calls",
    "hits", "misses", "writes",
)  # fmt: skip


@dataclass(frozen=True)
class Endpoint:
    """Where the actors send requests: the config's own backend, or the driver's embedded server."""

    kind: str
    model: str
    base_url: str | None = None


class GenerateActor:
    """One member of the actor pool: a backend, the shared cache and the judges, reused across batches."""

    def __init__(self, config: GenerateConfig, endpoint: Endpoint) -> None:
        self.config = config
        self.prompts = ContentDir.resolve("prompts", config.prompts)
        self.judges = ContentDir.resolve("judges", config.judges)
        self.judge = judge_spec(self.prompts, self.judges)
        self.cache = ResponseCache(config.out / runfolder.CACHE)
        self._backend_context = _actor_backend(config, endpoint)
        self.backend = self._backend_context.__enter__()

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        mcqs = [MCQ.from_json(json.loads(row)) for row in batch["mcq"]]
        before, api_before = replace(self.cache.stats), api_usage.read_counters(self.backend)
        model_judge = model_judge_for(self.backend, self.cache, self.judges, self.config)
        synthesizer = Synthesizer(
            self.backend, self.cache, self.prompts, self.judge, self.config, model_judge=model_judge
        )
        results = asyncio.run(synthesizer.run(mcqs))
        tally = synthesizer.tally
        counters = {
            "attempts": tally.attempts,
            "cached": tally.cached,
            "calls": tally.calls,
            "failed_calls": tally.failed_calls,
            "completion_tokens": tally.completion_tokens,
            "judge_model_calls": model_judge.calls if model_judge else 0,
            "hits": self.cache.stats.hits - before.hits,
            "misses": self.cache.stats.misses - before.misses,
            "writes": self.cache.stats.writes - before.writes,
            "api": api_usage.since(api_before, api_usage.read_counters(self.backend)),
        }
        # the batch's counters ride on its first row, so summing over rows counts each batch once
        return {
            "position": list(batch["position"]),
            "item": [pickle.dumps(r) for r in results],
            "counters": [json.dumps(counters)] + ["{}"] * (len(results) - 1),
        }

    def __del__(self) -> None:
        self._backend_context.__exit__(None, None, None)
        self.cache.close()


def render_row(row: dict[str, Any], prompts_dir: str, provenance: Provenance) -> dict[str, Any]:
    """The rendering stage: one item's output lines, exactly as the local runner renders them."""
    samples, rejection = item_records(pickle.loads(row["item"]), ContentDir(Path(prompts_dir)), provenance)
    return {**row, "samples": json.dumps(samples), "rejection": json.dumps(rejection)}


@contextmanager
def _actor_backend(config: GenerateConfig, endpoint: Endpoint) -> Iterator[Backend]:
    if endpoint.base_url is None:  # vllm in the actor's process, or the config's own endpoint
        with open_backend(config, config.out) as backend:
            yield backend
        return
    yield openai_client(config, endpoint.model, endpoint.base_url, "embedded", kind=endpoint.kind)


@contextmanager
def _endpoint(config: GenerateConfig) -> Iterator[Endpoint]:
    """The embedded model is served once, by the driver, for every actor; other backends need nothing."""
    if config.backend == "vllm":  # named as the backend names it (the embedded model: by its hash)
        from cot_synth.backends import vllm_model_name

        yield Endpoint("vllm", vllm_model_name(config))
        return
    if config.backend != "embedded":
        yield Endpoint(config.backend, config.model or "")
        return
    from cot_synth.backends.embedded import EmbeddedServer

    gguf = embedded_gguf(config)
    log_path = config.out / EMBEDDED_LOG
    slots = config.concurrency * config.choices_per_call  # llama.cpp refuses an n above its slot count
    with EmbeddedServer(gguf, parallel=slots, log_path=log_path) as server:
        yield Endpoint("embedded", gguf.stem, server.base_url)


@contextmanager
def _ray_session(address: str | None) -> Iterator[Any]:
    try:
        import ray
    except ImportError as exc:
        raise UserError(f"--runner ray needs Ray: {INSTALL_HINT}") from exc
    started = not ray.is_initialized()
    if started:
        try:
            ray.init(address=address, include_dashboard=False, log_to_driver=False, configure_logging=False)
        except ConnectionError as exc:
            raise UserError(f"--ray-address {address}: cannot connect ({exc})") from exc
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False  # the summary line and report say what happened
    try:
        yield ray
    finally:
        if started:
            ray.shutdown()


def generate_on_ray(
    config: GenerateConfig,
    mcqs: list[MCQ],
    prompts: ContentDir,
    judges: ContentDir,
    prices: dict[str, Price] | None,
    on_event: Callable[[Tally], None],
) -> Generated:
    """Run the attempt loop and the rendering in Ray Data; return what the local runner returns."""
    config = replace(config, out=config.out.resolve())  # actors may run with another working directory
    with _ray_session(config.ray_address) as ray, _endpoint(config) as endpoint:
        provenance = Provenance(endpoint.model, endpoint.kind, prompts.hash, judges.hash, __version__)
        actor_config = config
        if endpoint.base_url is not None:  # the actors share the server's slots
            share = max(1, math.ceil(config.concurrency / config.ray_actors))
            actor_config = replace(config, concurrency=share)
        # one vLLM engine per actor, on its GPUs where the cluster has any (vLLM's CPU build: none)
        engine = config.backend == "vllm"
        gpu = engine and ray.cluster_resources().get("GPU", 0) > 0
        rows = [{"position": i, "mcq": json.dumps(m.to_json())} for i, m in enumerate(mcqs)]
        dataset = (
            ray.data.from_items(rows)
            .map_batches(
                GenerateActor,
                fn_constructor_kwargs={"config": actor_config, "endpoint": endpoint},
                batch_size=config.ray_batch_size,
                compute=ray.data.ActorPoolStrategy(size=config.ray_actors),
                num_gpus=config.tensor_parallel_size if gpu else 0,
                num_cpus=1 if engine else 0.25,  # HTTP clients mostly wait: leave the CPUs to the server
                batch_format="pandas",
            )
            .map(render_row, fn_kwargs={"prompts_dir": str(prompts.path), "provenance": provenance})
        )
        out_rows = sorted(dataset.take_all(), key=lambda r: r["position"])
    totals, apis = dict.fromkeys(COUNTERS, 0), []
    for row in out_rows:
        counters = json.loads(row["counters"])
        apis.append(counters.pop("api", None))
        for name, value in counters.items():
            totals[name] += value
    tally = Tally(
        done=len(out_rows),
        attempts=totals["attempts"],
        cached=totals["cached"],
        calls=totals["calls"],
        failed_calls=totals["failed_calls"],
        completion_tokens=totals["completion_tokens"],
    )
    results = [pickle.loads(row["item"]) for row in out_rows]
    tally.accepted = sum(bool(r.accepted_indices) for r in results)
    tally.samples = sum(len(r.accepted_indices) for r in results)
    on_event(tally)
    rejections = [json.loads(row["rejection"]) for row in out_rows]
    return Generated(
        results=results,
        accepted=[sample for row in out_rows for sample in json.loads(row["samples"])],
        rejected=[r for r in rejections if r is not None],
        tally=tally,
        provenance=provenance,
        cache=CacheStats(hits=totals["hits"], misses=totals["misses"], writes=totals["writes"]),
        judge_model_calls=totals["judge_model_calls"],
        api=api_usage.with_cost(api_usage.combine(apis), prices, provenance.model),
    )
