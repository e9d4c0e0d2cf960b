"""The ``generate`` job: prepare (ingest, clean) → synthesize → render → export → report, for one run folder.

The engine knows nothing of terminals: progress goes to an ``on_event`` callback and the result is a
``RunSummary``. Outputs are a pure function of (inputs, config, cache): rerunning a finished job
rebuilds them from the cache without a single model call.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cot_synth import __version__, runfolder, uptodate
from cot_synth.backends import start_probe
from cot_synth.backends.pricing import load_price_table
from cot_synth.backends.usage import with_cost
from cot_synth.clean.prepare import Prepared, run_prepare, write_prepared
from cot_synth.config import GenerateConfig
from cot_synth.content import ContentDir
from cot_synth.ingest.readers import check_split
from cot_synth.records import RULE_JUDGE_ERROR, ItemResult, judge_warning, unparsed_verdicts
from cot_synth.report import write_reports
from cot_synth.shard import Shard
from cot_synth.synthesize.attempts import Tally
from cot_synth.synthesize.local import generate_local, spawned_judge
from cot_synth.synthesize.requests import judge_spec

log = logging.getLogger("cot_synth")


@dataclass(frozen=True)
class RunSummary:
    read: int
    quarantined: int
    removed: int
    generated: int
    accepted: int
    rejected: int
    model_calls: int
    cached: int
    seconds: float
    out: Path
    failed: int = 0  # items left unjudged because a model call failed for good
    stopped: str | None = None  # why the circuit breaker stopped calling the endpoint, if it did
    current: bool = False  # the folder held this job's finished outputs already: nothing was rebuilt
    judge_errors: int = 0  # traces the rule judge raised on (a bug), rejected as ``judge_error``
    unparsed: int = 0  # traces the model judge gave no valid verdict for, rejected as ``judge_error``

    def line(self) -> str:
        kept = " · outputs already current" if self.current else ""
        return (
            f"read {self.read} · quarantined {self.quarantined} · removed {self.removed} · "
            f"generated {self.generated} · "
            f"accepted {self.accepted} · rejected {self.rejected} · model calls {self.model_calls} "
            f"(cached {self.cached}) · {self.seconds:.1f}s{kept} · out {self.out}"
        )

    def warning_line(self) -> str | None:
        """What a finished run must still say: traces its judges could not judge (run.log names them)."""
        return judge_warning(self.judge_errors, self.unparsed, "traces")

    def failure_line(self) -> str | None:
        """The last word of a run in which calls failed; None when every item was judged."""
        if not self.failed:
            return None
        why = f"the endpoint stopped answering: {self.stopped}. " if self.stopped else ""
        return (
            f"{why}{self.failed} of {self.generated} items failed (model calls that failed for good, listed "
            f"in {self.out / runfolder.REJECTED}); rerun the same command to retry only those"
        )


def _attach_log(out: Path) -> logging.Handler:
    handler = logging.FileHandler(out / runfolder.RUN_LOG, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return handler


GC_THRESHOLD = 50_000  # young objects between collections while a job runs (Python's default: 700)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect garbage rarely while a job runs: a job builds millions of long-lived records, which the
    default threshold rescans over and over (a quarter of a cached rerun's time), for no garbage."""
    before = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def run_generate(
    config: GenerateConfig,
    on_start: Callable[[int], None] = lambda total: None,
    on_event: Callable[[Tally], None] = lambda tally: None,
) -> RunSummary:
    started = time.perf_counter()
    check_split(config.input, config.split)  # before the run folder is made: a mistake leaves nothing behind
    out = config.out
    runfolder.make_folder(out)
    handler = _attach_log(out)
    try:
        with fewer_collections():
            return _run(config, out, started, on_start, on_event)
    finally:
        log.removeHandler(handler)
        handler.close()


def _run(
    config: GenerateConfig,
    out: Path,
    started: float,
    on_start: Callable[[int], None],
    on_event: Callable[[Tally], None],
) -> RunSummary:
    prompts = ContentDir.resolve("prompts", config.prompts)
    judges = ContentDir.resolve("judges", config.judges)
    judge = judge_spec(prompts, judges)
    prices = load_price_table(config.price_table) if config.price_table else None
    log.info("config %s", json.dumps(config.to_json(), sort_keys=True))

    probe = start_probe(config)  # on its way while the input is read
    with spawned_judge(config, judge) as judging:  # likewise: it builds the judge meanwhile
        prepared = run_prepare(config.prepare_config())  # writes prepared/quarantine/removed + prepare_report
        if config.shard:
            prepared = _take_shard(prepared, Shard.parse(config.shard))
            write_prepared(out, prepared)  # this shard's part; prepare_report.json describes the whole source
        source = prepared.source
        read = len(prepared.kept) + len(prepared.quarantined) + len(prepared.removed)
        ingest_s = time.perf_counter() - started
        log.info(
            "read %d rows from %s (%s, shard %s), quarantined %d, removed %d",
            read,
            source.name,
            source.detected,
            config.shard or "all",
            len(prepared.quarantined),
            len(prepared.removed),
        )

        stamp = uptodate.job_stamp(config, prompts.hash, judges.hash)
        if (finished := uptodate.finished_manifest(out, stamp)) is not None:
            return _already_current(finished, out, started, ingest_s, on_start, on_event)
        on_start(len(prepared.kept))
        if config.runner == "ray":
            if probe is not None:  # an endpoint that cannot serve ends the run here, in its one line, not
                probe.result()  # as an actor's error under Ray's traceback
            from cot_synth.synthesize.ray_runner import generate_on_ray

            generated = generate_on_ray(config, prepared.kept, prompts, judges, prices, on_event)
        else:
            generated = generate_local(
                config, prepared.kept, prompts, judges, judge, prices, on_event, probe, judging
            )
    generate_s = time.perf_counter() - started - ingest_s
    results, tally, provenance = generated.results, generated.tally, generated.provenance
    accepted, rejected = generated.accepted, generated.rejected
    cache_stats, api = generated.cache, generated.api
    if not generated.written:
        runfolder.write_records(out, accepted, rejected, generated.encoded)

    manifest: dict[str, Any] = {
        uptodate.STAMP: stamp,
        "package_version": __version__,
        "config": config.to_json(),
        "backend": provenance.backend,
        "model": provenance.model,
        "prompt_hash": prompts.hash,
        "judge_hash": judges.hash,
        "source": {"name": source.name, "layout": source.layout},
        "counts": {
            "read": read,
            "quarantined": len(prepared.quarantined),
            "removed": len(prepared.removed),
            "removed_by_reason": dict(Counter(r.reason for r in prepared.removed).most_common()),
            "generated": len(results),
            "accepted": sum(bool(item.accepted_indices) for item in results),
            "samples": len(accepted),
            "rejected": len(rejected),
            "failed": sum(bool(item.errors) for item in results),
        },
        "reasons": dict(Counter(code for row in rejected for code in row["reasons"]).most_common()),
        "attempts": {
            "total": tally.attempts,
            "cached": tally.cached,
            "model_calls": tally.calls,
            "failed_calls": tally.failed_calls,
            "judge_errors": sum(RULE_JUDGE_ERROR in v.details for item in results for v in item.verdicts),
            "unparsed_verdicts": unparsed_verdicts(v for item in results for v in item.verdicts),
            "completion_tokens": tally.completion_tokens,
            "judge_model_calls": generated.judge_model_calls,
        },
        "api": api,
        "earlier_runs": with_cost(earlier_spend(results), prices, provenance.model),
        "speed": {"per_call_tokens_per_s_median": per_call_speed(results)},
        "cache": {"hits": cache_stats.hits, "misses": cache_stats.misses, "writes": cache_stats.writes},
        "timings_s": {
            "ingest": round(ingest_s, 3),
            "generate": round(generate_s, 3),
            "total": round(time.perf_counter() - started, 3),
        },
    }
    runfolder.write_json(out / runfolder.MANIFEST, manifest)
    write_reports(out)  # report.md/.html/.json and rejected_by_reason/, from the files just written
    summary = RunSummary(
        read=read,
        quarantined=len(prepared.quarantined),
        removed=len(prepared.removed),
        generated=len(results),
        accepted=manifest["counts"]["accepted"],
        rejected=len(rejected),
        model_calls=manifest["attempts"]["model_calls"],
        cached=tally.cached,
        seconds=time.perf_counter() - started,
        out=out,
        failed=manifest["counts"]["failed"],
        stopped=(api or {}).get("stopped"),
        judge_errors=manifest["attempts"]["judge_errors"],
        unparsed=manifest["attempts"]["unparsed_verdicts"],
    )
    log.info("%s", summary.line())
    for warning in (summary.warning_line(), summary.failure_line()):
        if warning:
            log.warning("%s", warning)
    return summary


def _already_current(
    manifest: dict[str, Any],
    out: Path,
    started: float,
    ingest_s: float,
    on_start: Callable[[int], None],
    on_event: Callable[[Tally], None],
) -> RunSummary:
    """A rerun of a finished job whose outputs are intact: they stay as they are; the manifest keeps what
    it says of the run that wrote them and takes this run's timings."""
    counts, total = manifest["counts"], manifest["attempts"]["total"]
    on_start(counts["generated"])
    on_event(Tally(counts["generated"], counts["accepted"], counts["samples"], attempts=total, cached=total))
    seconds = time.perf_counter() - started
    manifest["timings_s"] = {"ingest": round(ingest_s, 3), "generate": 0.0, "total": round(seconds, 3)}
    runfolder.write_json(out / runfolder.MANIFEST, manifest)
    summary = RunSummary(
        read=counts["read"],
        quarantined=counts["quarantined"],
        removed=counts["removed"],
        generated=counts["generated"],
        accepted=counts["accepted"],
        rejected=counts["rejected"],
        model_calls=0,
        cached=total,
        seconds=seconds,
        out=out,
        current=True,
        judge_errors=manifest["attempts"].get("judge_errors", 0),
        unparsed=manifest["attempts"].get("unparsed_verdicts", 0),
    )
    log.info("outputs already current (delete %s to rebuild them): %s", runfolder.MANIFEST, summary.line())
    return summary


def earlier_spend(results: list[ItemResult]) -> dict[str, int]:
    """Tokens of the attempts this run found cached: what earlier runs of the job paid for them, a killed
    run's calls included (its own manifest was never written)."""
    cached = [a.completion for item in results for a in item.attempts if a.cached]
    return {
        "attempts": len(cached),
        "prompt_tokens": sum(c.prompt_tokens for c in cached),
        "completion_tokens": sum(c.completion_tokens for c in cached),
    }


def per_call_speed(results: list[ItemResult]) -> float | None:
    """Median completion tokens per second of one call, over the calls this run made (not the cached)."""
    speeds = [
        a.completion.completion_tokens / a.completion.latency_s
        for item in results
        for a in item.attempts
        if not a.cached and a.completion.latency_s > 0
    ]
    return round(statistics.median(speeds), 1) if speeds else None


def _take_shard(prepared: Prepared, shard: Shard) -> Prepared:
    """This shard's part of the prepared set: items by id, set-aside rows by row number."""
    return replace(
        prepared,
        kept=[m for m in prepared.kept if shard.owns_id(m.id)],
        quarantined=[q for q in prepared.quarantined if shard.owns_row(q.row)],
        removed=[r for r in prepared.removed if shard.owns_row(r.row)],
    )
