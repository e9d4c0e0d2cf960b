"""How long ``report`` (and ``export``) take on a 10k-row run folder.

The folder is synthetic but realistic: the real MedQA train split (10,178 rows) goes through the real
``prepare`` stage (balanced); each kept item then gets the attempt schedule of a default run (2 blind, then
1 hinted if none passed), every attempt's text a real SmolLM2-135M trace from ``data/smollm2_traces.jsonl``
(76 attempts written by the embedded model in this project's runs, replicated), judged for real by the rule
judge against the item it is given to, and accepted samples rendered by the real render stage. So the
verdict mix, trace lengths and file sizes are those of a real run; only the pairing of trace and item is not.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from cot_synth import __version__
from cot_synth.clean.prepare import run_prepare
from cot_synth.config import CleanOptions, PrepareConfig
from cot_synth.content import ContentDir
from cot_synth.export.formats import ExportConfig, run_export
from cot_synth.judging.rules import RuleJudge
from cot_synth.pipeline import item_records
from cot_synth.records import Attempt, Completion, Provenance, sha256_hex
from cot_synth.report import write_reports
from cot_synth.runfolder import write_json, write_jsonl
from cot_synth.synthesize.attempts import ItemResult
from tests.conftest import MEDQA

SOURCE = MEDQA / "phrases_no_exclude_train.reconstructed.jsonl"
TRACES = Path(__file__).resolve().parent / "data" / "smollm2_traces.jsonl"
SCHEDULE = (("blind", 0), ("blind", 1), ("hinted", 0))


def build_run(out: Path) -> dict:
    """Write a finished run folder for the whole MedQA train split; returns its manifest."""
    prepared = run_prepare(PrepareConfig(str(SOURCE), out=out, cleaning=CleanOptions(balance=True)))
    traces = [json.loads(line) for line in TRACES.read_text(encoding="utf-8").splitlines()]
    prompts, judges = ContentDir.resolve("prompts", None), ContentDir.resolve("judges", None)
    judge = RuleJudge.from_content(judges)
    results = []
    for n, mcq in enumerate(prepared.kept):
        item = ItemResult(mcq)
        for step, (mode, index) in enumerate(SCHEDULE):
            trace = traces[(n * len(SCHEDULE) + step) % len(traces)]
            key = sha256_hex(f"{mcq.id}:{mode}:{index}")
            attempt = Attempt(
                mcq.id,
                mode,
                index,
                key,
                Completion(
                    trace["text"], trace["finish_reason"], trace["prompt_tokens"], trace["completion_tokens"],
                    trace.get("latency_s", 1.0),
                ),
            )  # fmt: skip
            item.attempts.append(attempt)
            item.verdicts.append(judge.judge(mcq, attempt.text, attempt.finish_reason))
            if item.verdicts[-1].accepted:
                break
        results.append(item)
    provenance = Provenance(traces[0]["model"], "embedded", prompts.hash, judges.hash, __version__)
    records = [item_records(item, prompts, provenance) for item in results]
    accepted = [sample for samples, _ in records for sample in samples]
    rejected = [rejection for _, rejection in records if rejection is not None]
    write_jsonl(out / "accepted.jsonl", accepted)
    write_jsonl(out / "rejected.jsonl", rejected)
    attempts = [a for item in results for a in item.attempts]
    steps = [
        (n * len(SCHEDULE) + i) % len(traces)
        for n, item in enumerate(results)
        for i in range(len(item.attempts))
    ]
    generate_s = sum(traces[t]["latency_s"] for t in steps) / 4  # as if 4 requests were always in flight
    manifest = {
        "package_version": __version__,
        "config": {
            "input": str(SOURCE),
            "blind_attempts": 2,
            "hinted_attempts": 1,
            "keep": 1,
            "max_tokens": 512,
            "temperature": 0.7,
            "seed": 0,
            "shard": None,
            "cleaning": {"balance": True},
        },
        "backend": "embedded",
        "model": provenance.model,
        "prompt_hash": prompts.hash,
        "judge_hash": judges.hash,
        "source": {"name": prepared.source.name, "layout": prepared.source.layout},
        "counts": {
            "read": prepared.source.read,
            "quarantined": len(prepared.quarantined),
            "removed": len(prepared.removed),
            "generated": len(results),
            "accepted": sum(bool(r.accepted_indices) for r in results),
            "samples": len(accepted),
            "rejected": len(rejected),
        },
        "attempts": {
            "total": len(attempts),
            "cached": 0,
            "model_calls": len(attempts),
            "failed_calls": 0,
            "completion_tokens": sum(a.completion_tokens for a in attempts),
        },
        "cache": {"hits": 0, "misses": len(attempts), "writes": len(attempts)},
        "timings_s": {"ingest": 1.0, "generate": round(generate_s, 1), "total": round(generate_s + 1, 1)},
    }
    write_json(out / "manifest.json", manifest)
    return manifest


def run() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "run"
        manifest = build_run(folder)
        started, cpu = time.perf_counter(), time.process_time()
        data = write_reports(folder)
        report_s, report_cpu_s = time.perf_counter() - started, time.process_time() - cpu
        html_mb = (folder / "report.html").stat().st_size / 2**20
        started = time.perf_counter()
        exported = run_export(ExportConfig(run=folder, out=Path(tmp) / "export", to=("jsonl", "parquet")))
        export_s = time.perf_counter() - started
    counts = manifest["counts"]
    return {
        "rows_read": counts["read"],
        "items_generated": counts["generated"],
        "attempts": manifest["attempts"]["total"],
        "samples": counts["samples"],
        "rejected_items": counts["rejected"],
        "reasons": {r["reason"]: r["items"] for r in data["rejections"]["by_reason"]},
        "report_s": round(report_s, 2),
        "report_cpu_s": round(report_cpu_s, 2),
        "report_html_mb": round(html_mb, 2),
        "export_s": round(export_s, 2),
        "exported_samples": exported["counts"]["exported"],
    }
