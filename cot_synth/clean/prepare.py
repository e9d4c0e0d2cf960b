"""The ``prepare`` stage: any MCQ source → a clean, deduplicated, optionally balanced, audited set.

Order matters for the counts: every row read ends in exactly one place, so
``read = kept + quarantined + removed`` always holds and each removal has one reason:

1. ingest + clean: rows that cannot become a valid MCQ are quarantined (reason, row number, original);
2. per-item checks (``quality``): duplicate options, missing context, missing image, length;
3. exact duplicates, then near-duplicates (``dedup``), each naming the item kept;
4. benchmark contamination (``decontaminate``, with ``--decontaminate``), naming the benchmark item matched;
5. balancing (``balance``), which changes letters, never counts.

``prepare_source`` is pure given a loaded source; ``run_prepare`` adds the I/O: loading, the tokenizer,
and the four files written into the output folder.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cot_synth import runfolder
from cot_synth.clean import memo
from cot_synth.clean.balance import balance, gold_distribution
from cot_synth.clean.decontaminate import BenchmarkIndex, thresholds
from cot_synth.clean.quality import duplicate_options, missing_context, missing_image, too_long, word_count
from cot_synth.clean.validate import clean
from cot_synth.config import CleanOptions, PrepareConfig
from cot_synth.errors import UserError
from cot_synth.ingest.readers import Source, check_split, load_source
from cot_synth.records import MCQ, Quarantined, Removed
from cot_synth.stats import describe

if TYPE_CHECKING:
    from cot_synth.clean.dedup import Duplicate

TokenCounter = Callable[[list[str]], list[int]]
EXAMPLES_PER_REASON = 3


@dataclass(frozen=True)
class Prepared:
    """The outcome of the stage: what is kept, what was set aside and why, and the report."""

    source: Source
    kept: list[MCQ]
    quarantined: list[Quarantined]
    removed: list[Removed]
    report: dict[str, Any]


def item_text(mcq: MCQ) -> str:
    """What the model reads of an item: the question and its lettered options (for token counts)."""
    return "\n".join([mcq.question, *(f"{k}. {v}" for k, v in mcq.options.items())])


def _check_items(
    mcqs: list[MCQ], options: CleanOptions, tokens: list[int] | None, name: str
) -> tuple[list[MCQ], list[Removed]]:
    kept, removed = [], []
    for index, mcq in enumerate(mcqs):
        problem = (
            duplicate_options(mcq)
            or missing_context(mcq)
            or (None if options.keep_image_refs else missing_image(mcq))
            or too_long(
                mcq,
                options.max_words,
                tokens[index] if tokens else None,
                options.max_question_tokens,
            )
        )
        if problem is None:
            kept.append(mcq)
        else:
            removed.append(Removed(mcq.meta["row"], name, problem[0], problem[1], mcq))
    return kept, removed


def _drop_duplicates(
    mcqs: list[MCQ], found: list[Duplicate], reason: str, name: str
) -> tuple[list[MCQ], list[Removed]]:
    removed = []
    for dup in found:
        mcq, kept = mcqs[dup.removed], mcqs[dup.kept]
        same = mcq.options[mcq.answer_idx].casefold() == kept.options[kept.answer_idx].casefold()
        detail = f"duplicates row {kept.meta['row']} (similarity {dup.similarity:g})" + (
            "" if same else "; the two give different answers"
        )
        pair = {"row": kept.meta["row"], "id": kept.id, "similarity": dup.similarity, "same_answer": same}
        removed.append(Removed(mcq.meta["row"], name, reason, detail, mcq, pair))
    gone = {dup.removed for dup in found}
    return [m for i, m in enumerate(mcqs) if i not in gone], removed


def _excerpt(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "…"


def _examples(records: list[Quarantined] | list[Removed]) -> dict[str, list[dict[str, Any]]]:
    examples: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        shown = examples.setdefault(record.reason, [])
        if len(shown) < EXAMPLES_PER_REASON:
            example: dict[str, Any] = {"row": record.row, "detail": record.detail}
            if isinstance(record, Removed):
                example["question"] = _excerpt(record.mcq.question)
                if record.kept:
                    example["kept_row"] = record.kept["row"]
            shown.append(example)
    return examples


def prepare_source(
    source: Source,
    options: CleanOptions,
    seed: int = 0,
    count_tokens: TokenCounter | None = None,
    benchmarks: BenchmarkIndex | None = None,
) -> Prepared:
    """Run every check on a loaded source and build the report (no I/O)."""
    from cot_synth.clean.dedup import exact_duplicates, near_duplicates  # numpy: not when a memo is used

    timings: dict[str, float] = {}
    started = time.perf_counter()
    cleaned = clean(source)
    timings["clean"] = time.perf_counter() - started
    tokens = count_tokens([item_text(m) for m in cleaned.mcqs]) if count_tokens else None
    kept, removed = _check_items(cleaned.mcqs, options, tokens, source.name)
    timings["checks"] = time.perf_counter() - started - sum(timings.values())
    kept, exact = _drop_duplicates(kept, exact_duplicates(kept), "exact_duplicate", source.name)
    kept, near = _drop_duplicates(
        kept, near_duplicates(kept, options.near_dup_threshold), "near_duplicate", source.name
    )
    timings["dedup"] = time.perf_counter() - started - sum(timings.values())
    kept, contaminated = _decontaminate(kept, benchmarks, source.name)
    removed = sorted(removed + exact + near + contaminated, key=lambda r: r.row)
    timings["decontaminate"] = time.perf_counter() - started - sum(timings.values())
    gold_before = gold_distribution(kept)
    pinned: list[tuple[MCQ, str]] = []
    if options.balance:
        kept, pinned = balance(kept, seed)
    counts = {
        "read": source.read,
        "kept": len(kept),
        "quarantined": len(cleaned.quarantined),
        "removed": len(removed),
        "quarantined_by_reason": dict(Counter(q.reason for q in cleaned.quarantined).most_common()),
        "removed_by_reason": dict(Counter(r.reason for r in removed).most_common()),
    }
    if counts["read"] != counts["kept"] + counts["quarantined"] + counts["removed"]:
        raise AssertionError(f"counts do not balance: {counts}")  # a bug, never a user mistake
    token_index = {m.meta["row"]: n for m, n in zip(cleaned.mcqs, tokens or [], strict=False)}
    kept_tokens = [token_index[m.meta["row"]] for m in kept] if tokens is not None else []
    report = {
        "source": {
            "name": source.name,
            "layout": source.layout,
            "detected": source.detected,
            "row_numbers": "line of the file" if source.row_unit == "line" else "record, counted from 1",
            "blank_lines": source.blank_lines,
        },
        "options": {"seed": seed, **{k: v for k, v in vars(options).items() if k != "column_map"}},
        "counts": counts,
        "fixes": dict(Counter(f for m in cleaned.mcqs for f in m.meta["fixes"]).most_common()),
        "length": {
            "words": describe([word_count(m.question) for m in kept]),
            "tokens": describe(kept_tokens),
            "max_words": options.max_words,
            "max_question_tokens": options.max_question_tokens,
        },
        "gold": {
            "valid": gold_distribution(cleaned.mcqs),  # every valid item, before any removal
            "before": gold_before,
            "after": gold_distribution(kept),
            "balanced": options.balance,
            "kept_in_place": len(pinned),
            "kept_in_place_examples": [
                {"row": m.meta["row"], "option": option} for m, option in pinned[:EXAMPLES_PER_REASON]
            ],
        },
        "near_duplicates": {"threshold": options.near_dup_threshold, "removed": len(near)},
        "decontamination": _contamination_report(benchmarks, contaminated),
        "examples": {"quarantined": _examples(cleaned.quarantined), "removed": _examples(removed)},
        "timings_s": {k: round(v, 3) for k, v in timings.items()},
    }
    return Prepared(source, kept, cleaned.quarantined, removed, report)


def _decontaminate(
    mcqs: list[MCQ], benchmarks: BenchmarkIndex | None, name: str
) -> tuple[list[MCQ], list[Removed]]:
    if benchmarks is None:
        return mcqs, []
    kept, removed = [], []
    for mcq in mcqs:
        match = benchmarks.match(mcq)
        if match is None:
            kept.append(mcq)
            continue
        detail = f"{match.benchmark} item {match.id}: coverage {match.coverage:.2f}, fuzzy {match.fuzzy:.2f}"
        removed.append(Removed(mcq.meta["row"], name, "contaminated", detail, mcq, match.to_json()))
    return kept, removed


def _contamination_report(benchmarks: BenchmarkIndex | None, removed: list[Removed]) -> dict[str, Any] | None:
    if benchmarks is None:
        return None
    by_benchmark = Counter(r.kept["benchmark"] for r in removed if r.kept)
    return {
        "benchmarks": benchmarks.sizes,
        "removed": len(removed),
        "removed_by_benchmark": {name: by_benchmark.get(name, 0) for name in benchmarks.sizes},
        "thresholds": thresholds(),
    }


def load_benchmarks(options: CleanOptions) -> BenchmarkIndex | None:
    """The evaluation sets of ``--decontaminate``, read and cleaned like any input (no --map: detected)."""
    if not options.decontaminate:
        return None
    return BenchmarkIndex((spec, clean(load_source(spec, "test")).mcqs) for spec in options.decontaminate)


def load_token_counter(path: str) -> TokenCounter:
    """Count tokens with a local ``tokenizer.json`` (Hugging Face ``tokenizers``, an optional extra)."""
    try:
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise UserError("--tokenizer needs the tokenizers package: pip install 'cot_synth[tokens]'") from exc
    if not Path(path).is_file():
        raise UserError(f"--tokenizer {path}: no such file (give a tokenizer.json)")
    try:
        tokenizer = Tokenizer.from_file(path)
    except Exception as exc:  # the Rust side raises a bare Exception with the parse error
        raise UserError(f"--tokenizer {path}: not a tokenizer.json ({exc})") from exc

    def count(texts: list[str]) -> list[int]:
        return [len(e.ids) for e in tokenizer.encode_batch(texts, add_special_tokens=False)]

    return count


def prepared_files(prepared: Prepared) -> dict[str, str]:
    """The stage's JSONL files as text, by name: what the memo keeps beside the set, since encoding 10k
    items again was a tenth of a cached rerun."""
    return {
        runfolder.PREPARED: runfolder.jsonl(m.to_json() for m in prepared.kept),
        runfolder.QUARANTINE: runfolder.jsonl(q.to_json() for q in prepared.quarantined),
        runfolder.REMOVED: runfolder.jsonl(r.to_json() for r in prepared.removed),
    }


def write_prepared(out: Path, prepared: Prepared, files: dict[str, str] | None = None) -> None:
    """The stage's four files; ``files``: ``prepared_files(prepared)`` when the caller has them."""
    runfolder.make_folder(out)
    for name, text in (files or prepared_files(prepared)).items():
        runfolder.write_text(out / name, text)
    runfolder.write_json(out / runfolder.PREPARE_REPORT, prepared.report)


def run_prepare(config: PrepareConfig) -> Prepared:
    """Load, prepare and write the four files into ``config.out``; the set remembered by an earlier run
    on the same inputs, options and code is loaded instead (``memo``)."""
    check_split(config.input, config.split)
    key = memo.fingerprint(config)
    remembered = memo.load(config.out, key)
    if remembered is None:
        prepared = _prepare(config)
        remembered = prepared, prepared_files(prepared)
        runfolder.make_folder(config.out)
        memo.save(config.out, key, remembered)
    prepared, files = remembered
    write_prepared(config.out, prepared, files)
    if not prepared.kept:  # nothing to generate from: say where every row went
        counts = prepared.report["counts"]
        raise UserError(
            f"{prepared.source.name}: no row survived cleaning: {counts['quarantined']} of {counts['read']} "
            f"rows quarantined, {counts['removed']} removed; the reasons are in "
            f"{config.out / runfolder.QUARANTINE} and {config.out / runfolder.REMOVED}"
        )
    return prepared


def _prepare(config: PrepareConfig) -> Prepared:
    started = time.perf_counter()
    options = config.cleaning
    source = load_source(config.input, config.split, config.limit, dict(options.column_map), options.cop_base)
    loaded = time.perf_counter() - started
    count_tokens = load_token_counter(options.tokenizer) if options.tokenizer else None
    benchmarks = load_benchmarks(options)
    prepared = prepare_source(source, options, config.seed, count_tokens, benchmarks)
    prepared.report["timings_s"] = {"load": round(loaded, 3), **prepared.report["timings_s"]}
    prepared.report["timings_s"]["total"] = round(time.perf_counter() - started, 3)  # writing excluded
    return prepared


def summary_line(report: dict[str, Any], out: Path) -> str:
    """One line for logs and scripts: the counts, the removal reasons and where the files are."""
    counts = report["counts"]
    reasons = ", ".join(f"{k} {v}" for k, v in counts["removed_by_reason"].items())
    gold = report["gold"]
    entropy = f"{gold['before']['normalized_entropy']:.4f}"
    if gold["balanced"]:
        entropy += f" → {gold['after']['normalized_entropy']:.4f}"
    return (
        f"read {counts['read']} · kept {counts['kept']} · quarantined {counts['quarantined']} · "
        f"removed {counts['removed']}"
        + (f" ({reasons})" if reasons else "")
        + f" · gold entropy {entropy} · "
        f"{report['timings_s'].get('total', 0):.1f}s · out {out}"
    )


def summary_text(report: dict[str, Any]) -> str:
    """A human summary: what was read and detected, where every row went, lengths and gold letters."""
    counts, gold, words = report["counts"], report["gold"], report["length"]["words"]
    lines = [f"{report['source']['name']}: {report['source']['detected']}"]
    lines.append(
        f"  read {counts['read']}: kept {counts['kept']}, quarantined {counts['quarantined']}, "
        f"removed {counts['removed']}"
    )
    for title, key in (("quarantined", "quarantined_by_reason"), ("removed", "removed_by_reason")):
        for reason, n in counts[key].items():
            example = report["examples"][title][reason][0]
            lines.append(f"    {title} {reason}: {n}  (e.g. row {example['row']}: {example['detail']})")
    if report["fixes"]:
        lines.append("  text fixed: " + ", ".join(f"{k} {v}" for k, v in report["fixes"].items()))
    if words:
        lines.append(
            f"  question words: median {words['median']}, p95 {words['p95']}, max {words['max']} "
            f"(limit {report['length']['max_words']})"
        )
    tokens = report["length"]["tokens"]
    if tokens:
        lines.append(f"  item tokens: median {tokens['median']}, p95 {tokens['p95']}, max {tokens['max']}")
    stages = (
        (("gold before", "before"), ("gold after", "after")) if gold["balanced"] else (("gold", "before"),)
    )
    for title, stage in stages:
        dist = gold[stage]
        letters = " ".join(f"{k} {v}" for k, v in dist["counts"].items())
        lines.append(f"  {title}: {letters} · entropy {dist['normalized_entropy']:.4f}")
    if gold["balanced"]:
        lines.append(f"  kept in place (options refer to positions): {gold['kept_in_place']}")
    return "\n".join(lines)
