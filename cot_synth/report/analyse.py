"""The quality report: what a run kept, what it threw away and why, and whether it is safe to train on.

``analyse`` turns a run folder into one plain dict (written as report.json); report.md and report.html are
views of that dict. Everything comes from the run folder alone (manifest.json and the JSONL files), so
``python -m cot_synth report RUN_DIR`` rebuilds all three at any time, also on a merged folder.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np

from cot_synth.backends.usage import calls_line, cost_line
from cot_synth.clean.balance import ENTROPY_FLOOR, gold_distribution
from cot_synth.difficulty import BANDS
from cot_synth.records import MCQ
from cot_synth.runfolder import RunFolder
from cot_synth.stats import describe as stats

EXAMPLES_PER_REASON = 3
TABLE_ROWS_PER_REASON = 50  # rows per reason in the HTML table; every attempt is in rejected_by_reason/
ANSWER_CODES = ("wrong_answer", "letter_text_mismatch", "multiple_answers")  # the conclusion is the offence
HIST_BINS = 24
PASS_RATE_BINS = 10
GOLD_SETS = (
    "input: every valid row read (from prepare_report.json, the whole source); generated: the items sent "
    "to the model, after cleaning and balancing; accepted: the training samples."
)


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _is_span(value: Any) -> bool:
    return isinstance(value, list | tuple) and len(value) == 2 and all(isinstance(v, int) for v in value)


def offending_span(code: str, verdict: dict[str, Any]) -> list[int] | None:
    """Where in the trace a reason applies, ``[start, end)``, from the judge's details; None if it gave none.

    Looks for a per-judge ``details[code]["span"]``, then ``details["spans"][code]``; answer codes fall back
    to the ``conclusion_line`` the rule judge records. Judges that record nothing degrade to no highlight.
    """
    details = verdict.get("details") or {}
    own = details.get(code)
    spans = details.get("spans")
    for candidate in (
        own.get("span") if isinstance(own, dict) else None,
        spans.get(code) if isinstance(spans, dict) else None,
        details.get("conclusion_line") if code in ANSWER_CODES else None,
    ):
        if _is_span(candidate):
            return list(candidate)
    return None


def excerpt(text: str, span: list[int] | None, before: int = 240, after: int = 80) -> dict[str, str]:
    """The part of a trace worth showing: around the span, or its tail; whitespace flattened."""

    def flat(part: str) -> str:
        return " ".join(part.split())

    if span is None:
        tail = flat(text)
        return {"before": ("…" + tail[-(before + after) :]) if len(tail) > before + after else tail}
    start, end = max(0, min(span[0], len(text))), max(0, min(span[1], len(text)))
    head = flat(text[max(0, start - before) : start])
    return {
        "before": ("…" if start > before else "") + head + (" " if head else ""),
        "marked": flat(text[start:end]),
        "after": (" " if end < len(text) else "")
        + flat(text[end : end + after])
        + ("…" if end + after < len(text) else ""),
    }


def _attempt_steps(manifest: dict[str, Any], run: RunFolder) -> list[dict[str, Any]]:
    """Attempts made and accepted at each (mode, index) of the schedule.

    Rejected items record every attempt. For accepted items only the accepted traces are kept, so the
    attempts before them are inferred from the schedule the attempt loop follows (cot_synth/synthesize.py):
    blind rounds until ``keep`` traces are accepted, hinted rounds only while none is, ``choices_per_call``
    attempts per round.
    """
    config = manifest.get("config", {})
    blind, keep = int(config.get("blind_attempts", 1)), int(config.get("keep", 1))
    hinted, per_call = int(config.get("hinted_attempts", 1)), int(config.get("choices_per_call", 1))

    def through_round_of(index: int, total: int) -> range:
        """Attempts made up to the end of the call (round) that made attempt ``index``."""
        return range(min(total, (index // per_call + 1) * per_call))

    made: Counter[tuple[str, int]] = Counter()
    accepted: Counter[tuple[str, int]] = Counter()
    for row in run.rejected:
        made.update((a["mode"], a["index"]) for a in row["attempts"])
    by_item: dict[str, list[tuple[str, int]]] = {}
    for row in run.accepted:
        step = (row["attempt"]["mode"], row["attempt"]["index"])
        accepted[step] += 1
        by_item.setdefault(row["mcq"]["id"], []).append(step)
    for steps in by_item.values():
        blind_hits = sorted(i for mode, i in steps if mode == "blind")
        if len(blind_hits) >= keep:
            made.update(("blind", i) for i in through_round_of(blind_hits[keep - 1], blind))
        else:
            made.update(("blind", i) for i in range(blind))
        if not blind_hits:
            first_hinted = min(i for mode, i in steps if mode == "hinted")
            made.update(("hinted", i) for i in through_round_of(first_hinted, hinted))
    order = sorted(made, key=lambda s: (s[0] == "hinted", s[1]))
    return [
        {
            "mode": m,
            "index": i,
            "attempts": made[(m, i)],
            "accepted": accepted[(m, i)],
            "rate": _share(accepted[(m, i)], made[(m, i)]),
        }
        for m, i in order
    ]


def _histogram(groups: dict[str, list[int]]) -> dict[str, Any] | None:
    """Counts per group over shared bin edges, so the groups can be drawn on one axis."""
    values = [v for vs in groups.values() for v in vs]
    if not values:
        return None
    edges = np.histogram_bin_edges(values, bins=min(HIST_BINS, max(1, len(set(values)))))
    return {
        "edges": [round(float(e), 2) for e in edges],
        "counts": {k: np.histogram(v, bins=edges)[0].tolist() for k, v in groups.items()},
    }


def rejected_attempts(run: RunFolder) -> list[dict[str, Any]]:
    """Every rejected attempt (of rejected items) with what a reader needs to judge the judge."""
    rows = []
    for item in run.rejected:
        for attempt in item["attempts"]:
            verdict = attempt["verdict"]
            rows.append(
                {
                    "item": item["id"],
                    "row": item["mcq"].get("meta", {}).get("row"),
                    "mode": attempt["mode"],
                    "index": attempt["index"],
                    "gold": item["mcq"]["answer_idx"],
                    "extracted": verdict.get("extracted_answer"),
                    "reasons": verdict["reasons"],
                    "finish_reason": attempt.get("finish_reason"),
                    "text": attempt["text"],
                    "spans": {c: offending_span(c, verdict) for c in verdict["reasons"]},
                }
            )
    return rows


def _difficulty(run: RunFolder) -> dict[str, Any]:
    """Generated items by the generator's blind pass rate (``cot_synth/difficulty.py``): how many fall in
    each band, how many of those were accepted (hard ones only through hinted attempts), how often the blind
    attempts' majority letter was the gold one, and each band's gold letters."""
    items: dict[str, tuple[dict[str, Any], bool]] = {}
    for row in run.accepted:
        items.setdefault(row["mcq"]["id"], (row, True))
    for row in run.rejected:
        items.setdefault(row["mcq"]["id"], (row, False))
    rated = [(row.get("difficulty") or {}, row["mcq"], ok) for row, ok in items.values()]
    rated = [(d, mcq, ok) for d, mcq, ok in rated if d.get("pass_rate") is not None]
    bands = {}
    for name in BANDS:
        part = [(d, mcq, ok) for d, mcq, ok in rated if d["band"] == name]
        bands[name] = {
            "items": len(part),
            "accepted": sum(ok for *_, ok in part),
            "acceptance": _share(sum(ok for *_, ok in part), len(part)),
            "majority_is_gold": sum(d["majority_is_gold"] is True for d, *_ in part),
            "gold": gold_distribution([MCQ.from_json(mcq) for _, mcq, _ in part]),
        }
    edges = np.linspace(0.0, 1.0, PASS_RATE_BINS + 1)
    counts = {
        group: np.histogram([d["pass_rate"] for d, _, ok in rated if ok == accepted], bins=edges)[0].tolist()
        for group, accepted in (("accepted", True), ("rejected", False))
    }
    hist = {"edges": [round(e, 2) for e in edges.tolist()], "counts": counts}
    return {"items": len(rated), "bands": bands, "pass_rate_hist": hist}


def _contamination(run: RunFolder) -> dict[str, Any]:
    """Items ``--decontaminate`` took out, per benchmark, with a few of them and the item each matched."""
    removed = [r for r in run.removed if r["reason"] == "contaminated"]
    by_benchmark = Counter(r["kept"]["benchmark"] for r in removed)
    examples = [
        {"row": r["row"], "benchmark_row": r["kept"]["row"]}
        | {k: r["kept"][k] for k in ("benchmark", "id", "coverage", "fuzzy")}
        for r in removed[:EXAMPLES_PER_REASON]
    ]
    return {"removed": len(removed), "by_benchmark": dict(by_benchmark.most_common()), "examples": examples}


def analyse(run: RunFolder, attempts: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The whole report as one JSON-able dict (``attempts``: ``rejected_attempts(run)``, if already made)."""
    manifest, counts = run.manifest, run.manifest["counts"]
    read = counts["read"]
    generated_items = [row["mcq"] for row in run.accepted] + [row["mcq"] for row in run.rejected]
    generated_items = list({m["id"]: m for m in generated_items}.values())
    items_accepted = len({row["mcq"]["id"] for row in run.accepted})

    quarantined_by = Counter(q["reason"] for q in run.quarantined)
    removed_by = Counter(r["reason"] for r in run.removed)
    rejected_by = Counter(code for row in run.rejected for code in row["reasons"])
    attempts = rejected_attempts(run) if attempts is None else attempts
    attempt_reasons = Counter(code for a in attempts for code in a["reasons"])

    parents: dict[int, int] = {}

    def stage(name: str, n: int, level: int, reason: str | None = None) -> dict[str, Any]:
        parents[level] = n
        parent = parents.get(level - 1, n)
        return {
            "stage": name,
            "items": n,
            "share_of_read": _share(n, read),
            "share_of_parent": _share(n, parent),
            "level": level,
            "reason": reason,
        }

    funnel = [stage("read", read, 0), stage("quarantined", len(run.quarantined), 1)]
    funnel += [stage(r, n, 2, r) for r, n in quarantined_by.most_common()]
    funnel.append(stage("removed", len(run.removed), 1))
    funnel += [stage(r, n, 2, r) for r, n in removed_by.most_common()]
    funnel.append(stage("generated", len(generated_items), 1))
    funnel.append(stage("accepted", items_accepted, 2))
    funnel.append(stage("rejected", len(run.rejected), 2))
    funnel += [stage(r, n, 3, r) for r, n in rejected_by.most_common()]

    examples: dict[str, list[dict[str, Any]]] = {}
    for code, _ in attempt_reasons.most_common():
        chosen = [a for a in attempts if code in a["reasons"]][:EXAMPLES_PER_REASON]
        examples[code] = [
            {
                **{k: a[k] for k in ("item", "row", "mode", "index", "gold", "extracted", "reasons")},
                "span": a["spans"][code],
                **excerpt(a["text"], a["spans"][code]),
            }
            for a in chosen
        ]

    gold: dict[str, Any] = {}
    if run.prepare_report:
        gold["input"] = run.prepare_report["gold"]["valid"]
    gold["generated"] = gold_distribution([MCQ.from_json(m) for m in generated_items])
    gold["accepted"] = gold_distribution([MCQ.from_json(row["mcq"]) for row in run.accepted])
    flags = [
        f"{name}: normalised entropy {d['normalized_entropy']:.4f} < {ENTROPY_FLOOR}"
        for name, d in gold.items()
        if sum(d["counts"].values()) and d["normalized_entropy"] < ENTROPY_FLOOR
    ]

    accepted_attempts = [row["attempt"] for row in run.accepted]
    rejected_raw = [a for item in run.rejected for a in item["attempts"]]
    words = {
        "accepted": [len(a["text"].split()) for a in accepted_attempts],
        "rejected": [len(a["text"].split()) for a in rejected_raw],
    }
    completion = {
        "accepted": [a["completion_tokens"] for a in accepted_attempts],
        "rejected": [a["completion_tokens"] for a in rejected_raw],
    }
    recorded = accepted_attempts + rejected_raw
    gen_s = manifest["timings_s"].get("generate") or 0.0
    att, cache = manifest["attempts"], manifest["cache"]
    lookups = cache["hits"] + cache["misses"]
    config = manifest.get("config", {})
    return {
        "run": {
            "folder": str(run.path),
            "source": manifest["source"],
            **{
                k: manifest.get(k)
                for k in ("backend", "model", "prompt_hash", "judge_hash", "package_version")
            },
            "shard": config.get("shard"),
            "merged_from": manifest.get("merged_from"),
            "settings": {
                k: config.get(k)
                for k in ("blind_attempts", "hinted_attempts", "keep", "max_tokens", "temperature", "seed")
            },
            "balanced": (config.get("cleaning") or {}).get("balance"),
        },
        "counts": {
            "read": read,
            "quarantined": len(run.quarantined),
            "removed": len(run.removed),
            "generated": len(generated_items),
            "accepted_items": items_accepted,
            "samples": len(run.accepted),
            "rejected_items": len(run.rejected),
            "acceptance": _share(items_accepted, len(generated_items)),
            "balanced": read == len(run.quarantined) + len(run.removed) + len(generated_items),
        },
        "funnel": funnel,
        "rejections": {
            "by_reason": [
                {
                    "reason": r,
                    "items": n,
                    "share_of_rejected": _share(n, len(run.rejected)),
                    "attempts": attempt_reasons[r],
                }
                for r, n in rejected_by.most_common()
            ],
            "by_step": _attempt_steps(manifest, run),
            "examples": examples,
        },
        "gold": {"distributions": gold, "floor": ENTROPY_FLOOR, "flags": flags},
        "difficulty": _difficulty(run),
        "contamination": _contamination(run),
        "lengths": {
            "trace_words": {k: stats(v) for k, v in words.items()},
            "completion_tokens": {k: stats(v) for k, v in completion.items()},
            "max_tokens": config.get("max_tokens"),
            "trace_words_hist": _histogram(words),
            "completion_tokens_hist": _histogram(completion),
        },
        "speed": {
            "generate_s": gen_s,
            "total_s": manifest["timings_s"].get("total"),
            "attempts": att["total"],
            "model_calls": att["model_calls"],
            "failed_calls": att.get("failed_calls", 0),
            "attempts_per_s": round(att["total"] / gen_s, 3) if gen_s else None,
            "new_completion_tokens_per_s": round(att["completion_tokens"] / gen_s, 1) if gen_s else None,
            "per_call_tokens_per_s_median": (manifest.get("speed") or {}).get("per_call_tokens_per_s_median"),
        },
        "cache": {**cache, "hit_rate": _share(cache["hits"], lookups)},
        "tokens": {
            "new_completion_tokens": att["completion_tokens"],
            "recorded_prompt_tokens": sum(a["prompt_tokens"] for a in recorded),
            "recorded_completion_tokens": sum(a["completion_tokens"] for a in recorded),
            "recorded_attempts": len(recorded),
        },
        "api": manifest.get("api"),
        "cost": cost_line(manifest),
        "calls": calls_line(manifest.get("api")),
    }
