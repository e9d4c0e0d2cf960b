"""The quality report: a Markdown page that explains what a run kept, what it threw away and why.

Built only from the manifest and the written records, so ``report.md`` can be rebuilt at any time.
"""

from __future__ import annotations

from collections import Counter
from typing import Any


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def _table(header: tuple[str, ...], rows: list[tuple[Any, ...]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines


def _excerpt(text: str, limit: int = 300) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else "…" + flat[-limit:]


def build_report(
    manifest: dict[str, Any],
    accepted: list[dict[str, Any]],
    rejected: list[dict[str, Any]],
    quarantined: list[dict[str, Any]],
    examples_per_reason: int = 2,
) -> str:
    counts = manifest["counts"]
    read = counts["read"]
    generated = counts["generated"]
    lines = [
        "# cot_synth run report",
        "",
        f"Source `{manifest['source']['name']}` (layout `{manifest['source']['layout']}`) · "
        f"backend `{manifest['backend']}` · model `{manifest['model']}` · "
        f"prompts `{manifest['prompt_hash']}` · judges `{manifest['judge_hash']}` · "
        f"cot_synth {manifest['package_version']}",
        "",
        "## Funnel",
        *_table(
            ("stage", "items", "share of read"),
            [
                ("read", read, _pct(read, read)),
                ("quarantined (invalid input)", counts["quarantined"], _pct(counts["quarantined"], read)),
                (
                    "removed (cleaning, see prepare_report.json)",
                    counts["removed"],
                    _pct(counts["removed"], read),
                ),
                ("generated", generated, _pct(generated, read)),
                ("accepted", counts["accepted"], _pct(counts["accepted"], read)),
                ("rejected", counts["rejected"], _pct(counts["rejected"], read)),
            ],
        ),
        "",
        f"Acceptance among generated items: **{_pct(counts['accepted'], generated)}**.",
        "",
    ]

    reason_counts = Counter(code for row in rejected for code in row["reasons"])
    attempt_reasons = Counter(
        code for row in rejected for attempt in row["attempts"] for code in attempt["verdict"]["reasons"]
    )
    lines += ["## Why items were rejected", ""]
    if reason_counts:
        lines += _table(
            ("reason", "items", "attempts"),
            [(f"`{c}`", n, attempt_reasons.get(c, 0)) for c, n in reason_counts.most_common()],
        )
    else:
        lines.append("No item was rejected.")
    lines.append("")

    by_attempt = Counter((row["attempt"]["mode"], row["attempt"]["index"]) for row in accepted)
    if by_attempt:
        lines += ["## Accepted by attempt", ""]
        lines += _table(("mode", "attempt", "accepted"), [(*k, n) for k, n in sorted(by_attempt.items())])
        lines.append("")

    gold_in = Counter(row["mcq"]["answer_idx"] for row in accepted + rejected)
    gold_acc = Counter(row["mcq"]["answer_idx"] for row in accepted)
    lines += ["## Gold letters", ""]
    lines += _table(
        ("letter", "generated", "accepted"), [(k, gold_in[k], gold_acc.get(k, 0)) for k in sorted(gold_in)]
    )
    lines.append("")

    attempts, cache, timings = manifest["attempts"], manifest["cache"], manifest["timings_s"]
    lines += [
        "## Cost and speed",
        "",
        f"- attempts: {attempts['total']} ({attempts['cached']} from cache, "
        f"{attempts['model_calls']} model calls, {attempts['failed_calls']} failed)",
        f"- completion tokens generated this run: {attempts['completion_tokens']}",
        f"- cache: {cache['hits']} hits, {cache['misses']} misses",
        f"- time: ingest {timings['ingest']:.1f}s, generate {timings['generate']:.1f}s, "
        f"total {timings['total']:.1f}s",
        "",
    ]

    if quarantined:
        lines += ["## Quarantined input rows", ""]
        lines += _table(
            ("row", "reason", "detail"),
            [(q["row"], f"`{q['reason']}`", q["detail"]) for q in quarantined[:20]],
        )
        if len(quarantined) > 20:
            lines.append(f"\n…and {len(quarantined) - 20} more in `quarantine.jsonl`.")
        lines.append("")

    if rejected:
        lines += ["## Examples of rejected attempts", ""]
        for code, _ in reason_counts.most_common():
            shown = 0
            for row in rejected:
                for attempt in row["attempts"]:
                    if code in attempt["verdict"]["reasons"] and shown < examples_per_reason:
                        shown += 1
                        lines += [
                            f"- `{code}` · item `{row['id']}` · gold {row['mcq']['answer_idx']} · "
                            f"extracted {attempt['verdict']['extracted_answer']}: "
                            f"> {_excerpt(attempt['text'])}",
                        ]
        lines.append("")
    return "\n".join(lines)
