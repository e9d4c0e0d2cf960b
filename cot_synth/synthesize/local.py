"""The local runner: the attempt loop in this process, through the run's cache and one backend.

``Generated`` is what every runner (this one, ``ray_runner``) hands to the writers.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cot_synth import __version__, runfolder
from cot_synth.backends import open_backend
from cot_synth.backends.pricing import Price
from cot_synth.backends.usage import read_counters, with_cost
from cot_synth.cache import CacheStats, ResponseCache
from cot_synth.config import GenerateConfig
from cot_synth.content import ContentDir
from cot_synth.judging.spec import JudgeSpec
from cot_synth.records import MCQ, Provenance
from cot_synth.render import item_records
from cot_synth.synthesize.attempts import ItemResult, Synthesizer, Tally, model_judge_for
from cot_synth.synthesize.judge_process import JudgeProcess

if TYPE_CHECKING:
    from cot_synth.backends.openai_backend import OpenAIBackend


@contextmanager
def spawned_judge(config: GenerateConfig, spec: JudgeSpec) -> Iterator[JudgeProcess | None]:
    """A fresh local run's rule judge process, spawned at once (``JudgeProcess.spawn`` says why) and killed
    on the way out if the run ended before closing it. None where the run may need no judging (a rerun: its
    verdicts may all be cached) or judges elsewhere (ray)."""
    if config.runner != "local" or (config.out / runfolder.CACHE).exists():
        yield None
        return
    judging = JudgeProcess(spec)
    try:
        yield judging.spawn()
    finally:
        judging.kill()


@dataclass
class Generated:
    """What the generation stage hands to the writers, whichever runner produced it."""

    results: list[ItemResult]
    accepted: list[dict[str, Any]]
    rejected: list[dict[str, Any]]
    tally: Tally
    provenance: Provenance
    cache: CacheStats
    judge_model_calls: int = 0
    api: dict[str, Any] | None = None
    encoded: tuple[str, str] | None = None  # the accepted and rejected files' text, if the runner has it
    written: bool = False  # the files hold that text already (``LiveRecords.intact``, items in input order)


def generate_local(
    config: GenerateConfig,
    mcqs: list[MCQ],
    prompts: ContentDir,
    judges: ContentDir,
    judge: JudgeSpec,
    prices: dict[str, Price] | None,
    on_event: Callable[[Tally], None],
    probe: Future[OpenAIBackend] | None = None,
    judging: JudgeProcess | None = None,
) -> Generated:
    """The attempt loop in this process, through the run's cache and one backend; each item's records
    are appended to the run folder as it finishes (``LiveRecords``). ``probe``: ``backends.start_probe``'s;
    ``judging``: ``spawned_judge``'s."""
    records: dict[int, tuple[list[dict[str, Any]], dict[str, Any] | None]] = {}
    lines: dict[int, tuple[str, str]] = {}  # each item's records encoded: written live, then in input order
    order: list[int] = []  # the items as they finished
    with (
        ResponseCache(config.out / runfolder.CACHE) as cache,
        open_backend(config, config.out, probe) as backend,
        runfolder.LiveRecords(config.out) as live,
    ):
        provenance = Provenance(backend.model, backend.kind, prompts.hash, judges.hash, __version__)

        def finished(item: ItemResult) -> None:
            samples, rejection = records[id(item)] = item_records(item, prompts, provenance)
            lines[id(item)] = runfolder.jsonl(samples), runfolder.jsonl([rejection] if rejection else [])
            live.add(*lines[id(item)])
            order.append(id(item))

        model_judge = model_judge_for(backend, cache, judges, config)
        synthesizer = Synthesizer(
            backend, cache, prompts, judge, config, on_event, model_judge, finished, judging
        )
        results = asyncio.run(synthesizer.run(mcqs))
        api = with_cost(read_counters(backend), prices, backend.model)
    in_order = [records[id(item)] for item in results]
    written = live.intact and order == [id(item) for item in results]
    encoded = [lines[id(item)] for item in results]
    return Generated(
        results=results,
        accepted=[sample for samples, _ in in_order for sample in samples],
        rejected=[rejection for _, rejection in in_order if rejection is not None],
        encoded=None if written else ("".join(a for a, _ in encoded), "".join(r for _, r in encoded)),
        written=written,
        tally=synthesizer.tally,
        provenance=provenance,
        cache=cache.stats,
        judge_model_calls=model_judge.calls if model_judge else 0,
        api=api,
    )
