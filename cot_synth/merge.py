"""Join the run folders of one sharded job into one run folder with one report.

Refuses runs whose configs differ (other than shard and output folder) or whose shards do not cover the
job exactly once. Records are ordered as the unsharded run orders them (by source row, then attempt), and
the shards' caches are copied in, so the merged folder is what one unsharded run would have written.
"""

from __future__ import annotations

import statistics
from collections import Counter
from pathlib import Path
from typing import Any

import diskcache

from cot_synth.backends.usage import combine
from cot_synth.errors import UserError
from cot_synth.report import write_reports
from cot_synth.runfolder import (
    ACCEPTED,
    CACHE,
    MANIFEST,
    PREPARE_REPORT,
    QUARANTINE,
    RECORD_FILES,
    REJECTED,
    REMOVED,
    load_run,
    make_folder,
    write_json,
    write_jsonl,
)

SHARD_ONLY = ("shard", "out")


def _job_identity(manifest: dict[str, Any]) -> dict[str, Any]:
    """What must be equal for two shards to belong to one job."""
    config = {k: v for k, v in manifest["config"].items() if k not in SHARD_ONLY}
    keys = ("backend", "model", "prompt_hash", "judge_hash", "package_version")
    return {"config": config, **{k: manifest[k] for k in keys}}


def _check_shards(folders: list[Path], manifests: list[dict[str, Any]]) -> None:
    first = _job_identity(manifests[0])
    for folder, manifest in zip(folders[1:], manifests[1:], strict=True):
        other = _job_identity(manifest)
        if other != first:
            diff = sorted(
                {k for k in first["config"] if first["config"][k] != other["config"].get(k)}
                | {k for k in first if k != "config" and first[k] != other[k]}
            )
            raise UserError(f"{folder}: differs from {folders[0]} in {', '.join(diff)}; refusing to merge")
    specs = [m["config"].get("shard") for m in manifests]
    if None in specs:
        raise UserError(f"{folders[specs.index(None)]}: not a shard (run without --shard)")
    counts = {int(s.split("/")[1]) for s in specs}
    if len(counts) != 1:
        raise UserError(f"shards come from different splits: {', '.join(sorted(specs))}")
    total = counts.pop()
    seen = Counter(int(s.split("/")[0]) for s in specs)
    missing = sorted(set(range(total)) - set(seen))
    doubled = sorted(i for i, n in seen.items() if n > 1)
    if missing or doubled:
        raise UserError(f"shards of {total}: missing {missing or 'none'}, given twice {doubled or 'none'}")


def _row(record: dict[str, Any]) -> int:
    return record["mcq"]["meta"]["row"]


def _sum(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """Add up the shards' numbers key by key; nested counts (e.g. removed_by_reason) too."""
    total: dict[str, Any] = {}
    for key in dict.fromkeys(k for part in parts for k in part):
        values = [part[key] for part in parts if part.get(key) is not None]
        if not values:  # e.g. a cost without a price
            total[key] = None
        elif isinstance(values[0], dict):
            total[key] = _sum(values)
        else:
            added = sum(values)
            total[key] = round(added, 3) if isinstance(added, float) else added
    return total


def merge_runs(folders: list[Path], out: Path) -> dict[str, Any]:
    """Merge shard folders into ``out``; returns the merged manifest."""
    if not folders:
        raise UserError("merge: name at least one run folder")
    runs = [load_run(f) for f in folders]
    manifests = [run.manifest for run in runs]
    _check_shards(folders, manifests)
    records = {name: [r for run in runs for r in run.records()[name]] for name in RECORD_FILES}
    records[ACCEPTED].sort(key=lambda r: (_row(r), r["attempt"]["mode"] == "hinted", r["attempt"]["index"]))
    records[REJECTED].sort(key=_row)
    records[QUARANTINE].sort(key=lambda r: r["row"])
    records[REMOVED].sort(key=lambda r: r["row"])

    make_folder(out)
    # a merged folder describes no one source: an earlier job's report of its input, left in ``out``, would
    # be read as this job's (its gold letters shown as the merged input's)
    (out / PREPARE_REPORT).unlink(missing_ok=True)
    for name, rows in records.items():
        write_jsonl(out / name, rows)
    with diskcache.Cache(str(out / CACHE), size_limit=2**40, eviction_policy="none") as target:
        for folder in folders:
            with diskcache.Cache(str(folder / CACHE)) as source:
                for key in source.iterkeys():
                    target.set(key, source[key])

    manifest = {
        k: v
        for k, v in manifests[0].items()
        if k not in ("counts", "attempts", "cache", "timings_s", "earlier_runs")
    }
    manifest["config"] = {**manifests[0]["config"], "shard": None, "out": str(out)}
    manifest["counts"] = _sum([m["counts"] for m in manifests])
    manifest["reasons"] = dict(Counter(c for r in records[REJECTED] for c in r["reasons"]).most_common())
    manifest["attempts"] = _sum([m["attempts"] for m in manifests])
    manifest["cache"] = _sum([m["cache"] for m in manifests])
    manifest["timings_s"] = _sum([m["timings_s"] for m in manifests])
    manifest["api"] = combine(m.get("api") for m in manifests)
    manifest["earlier_runs"] = _sum([m.get("earlier_runs") or {} for m in manifests]) or None
    speeds = [s for m in manifests if (s := (m.get("speed") or {}).get("per_call_tokens_per_s_median"))]
    manifest["speed"] = {"per_call_tokens_per_s_median": statistics.median(speeds) if speeds else None}
    manifest["merged_from"] = [str(f) for f in folders]
    write_json(out / MANIFEST, manifest)
    write_reports(out)
    return manifest
