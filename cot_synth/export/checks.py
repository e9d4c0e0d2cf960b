"""The 12 checks of ``audit`` (listed in ``audit``'s docstring): each recomputes its figure from the
exported files and passes only when it finds no offender."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cot_synth.clean.balance import gold_distribution
from cot_synth.clean.quality import word_count
from cot_synth.export.formats import training_text
from cot_synth.export.reader import Export, strings
from cot_synth.export.tokens import LoadedTokenizer
from cot_synth.judging.conclusion import strip_conclusion
from cot_synth.records import MCQ, mcq_id
from cot_synth.stats import p95 as stats_p95

ANSWER_LINE = re.compile(r"The correct answer is ([A-E]): ([^\n]*)")
LEAK_CODES = ("hint_leak",)
PROVENANCE_KEYS = ("model", "backend", "prompt_hash", "judge_hash", "package_version")


@dataclass(frozen=True)
class Check:
    name: str
    passed: bool
    figure: str
    detail: str = ""  # the first offenders, when it failed

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "passed": self.passed, "figure": self.figure, "detail": self.detail}


def _first(offenders: list[str], limit: int = 3) -> str:
    more = f" (+{len(offenders) - limit} more)" if len(offenders) > limit else ""
    return "; ".join(offenders[:limit]) + more


def _outcome(name: str, figure: str, offenders: list[str]) -> Check:
    """A check passes when it found no offender; the first few are its detail."""
    return Check(name, not offenders, figure, _first(offenders))


def gold_balance(e: Export, _: LoadedTokenizer | None) -> Check:
    dist = gold_distribution([MCQ.from_json(p["mcq"]) for p in e.provenance])
    floor = e.rules.min_normalized_entropy
    letters = " ".join(f"{k} {v}" for k, v in dist["counts"].items())
    ok = dist["normalized_entropy"] >= floor
    hint = "" if ok else "balance the input (generate --balance) or generate more items for the rare letters"
    return Check(
        "gold_balance", ok, f"{letters}; entropy {dist['normalized_entropy']:.4f} (min {floor})", hint
    )


def length_limits(e: Export, _: LoadedTokenizer | None) -> Check:
    limit = e.rules.max_question_words
    words = [(word_count(p["mcq"]["question"]), p["id"]) for p in e.provenance]
    over = [f"{i}: {n} words" for n, i in words if n > limit]
    longest = max((n for n, _ in words), default=0)
    return Check("length_limits", not over, f"longest question {longest} words (limit {limit})", _first(over))


def dedup(e: Export, _: LoadedTokenizer | None) -> Check:
    ids = Counter(p["id"] for p in e.provenance)
    texts = Counter(json.dumps(r, sort_keys=True) for r in e.records)
    content = {}
    for p in e.provenance:
        content.setdefault(mcq_id(p["mcq"]["question"], p["mcq"]["options"]), set()).add(p["mcq"]["id"])
    splits: dict[str, set[str]] = {}
    for p in e.provenance:
        splits.setdefault(p["mcq"]["id"], set()).add(p["split"])
    offenders = [f"sample {i} ×{n}" for i, n in ids.items() if n > 1]
    offenders += [f"{n} identical records" for n in texts.values() if n > 1]
    offenders += [f"items {sorted(v)} share question and options" for v in content.values() if len(v) > 1]
    both = [item for item, s in splits.items() if len(s) > 1]
    offenders += [f"item {i} in both splits" for i in both]
    return _outcome(
        "dedup",
        f"{len(e.records)} samples of {len(splits)} items; {len(offenders)} duplicates or leaks",
        offenders,
    )


def _system_turns(record: dict[str, Any]) -> list[str]:
    """Contents of turns whose role (``role``/``from``) is system, and a top-level ``system`` field."""
    found = [record["system"]] if isinstance(record.get("system"), str) else []
    for value in record.values():
        if isinstance(value, list):
            found += [
                t.get("content", t.get("value", ""))
                for t in value
                if isinstance(t, dict) and (t.get("role") == "system" or t.get("from") == "system")
            ]
    return found


def single_system_prompt(e: Export, _: LoadedTokenizer | None) -> Check:
    system = e.manifest["system_prompt"]
    offenders = []
    for p, record in zip(e.provenance, e.records, strict=True):
        carried = sum(s.count(system) for s in strings(record))
        others = [s for s in _system_turns(record) if s != system]
        if carried != 1 or others:
            offenders.append(f"{p['id']}: system prompt ×{carried}, {len(others)} other system turns")
    digest = json.dumps(system)[:60]
    return _outcome(
        "single_system_prompt",
        f"1 system prompt ({len(system)} chars: {digest}…) in {len(e.records) - len(offenders)}"
        f"/{len(e.records)} samples",
        offenders,
    )


def tokenization(e: Export, tokenizer: LoadedTokenizer | None) -> Check:
    export = e.manifest["export"]
    limit, flag = int(export["max_seq_len"]), export["on_overflow"] == "flag"
    if tokenizer is None:
        return Check(
            "tokenization",
            False,
            f"tokenizer {export['tokenizer']} could not be loaded",
            "pass audit --tokenizer",
        )
    texts = [training_text(r, p["messages"], tokenizer) for r, p in zip(e.records, e.provenance, strict=True)]
    counts = tokenizer.count(texts)
    offenders = []
    for n, p, record in zip(counts, e.provenance, e.records, strict=True):
        if n != p["n_tokens"]:
            offenders.append(f"{p['id']}: {n} tokens, recorded {p['n_tokens']}")
        if n > limit and not (flag and record.get("over_max_seq_len") is True):
            offenders.append(f"{p['id']}: {n} tokens over {limit}, not flagged")
        if flag and record.get("over_max_seq_len") is not (n > limit):
            offenders.append(
                f"{p['id']}: over_max_seq_len is {record.get('over_max_seq_len')} for {n} tokens"
            )
    ordered = sorted(counts)
    p95 = stats_p95(ordered) if ordered else 0
    flagged = sum(n > limit for n in counts)
    return _outcome(
        "tokenization",
        f"max {max(counts, default=0)}, p95 {p95} tokens; limit {limit}"
        + (f", {flagged} flagged" if flag else "")
        + f" ({export['tokenizer']})",
        offenders,
    )


def cot_verified(e: Export, _: LoadedTokenizer | None) -> Check:
    least = e.rules.min_reasoning_chars
    offenders, shortest = [], math.inf
    for p, record in zip(e.provenance, e.records, strict=True):
        v = p["verdict"]
        reasoning = strip_conclusion(p["trace"], v.get("details") or {})
        shortest = min(shortest, len(reasoning))
        if not v["accepted"] or v["reasons"] or v["extracted_answer"] != p["mcq"]["answer_idx"]:
            offenders.append(
                f"{p['id']}: verdict {v['accepted']} {v['reasons']} extracted {v['extracted_answer']}"
            )
        elif len(reasoning) < least:
            offenders.append(f"{p['id']}: {len(reasoning)} chars of reasoning")
        elif not any(reasoning in s for s in strings(record)):
            offenders.append(f"{p['id']}: the verified reasoning is not in the record")
    return _outcome(
        "cot_verified",
        f"{len(e.records) - len(offenders)}/{len(e.records)} verified, shortest reasoning "
        f"{0 if shortest == math.inf else shortest} chars (min {least})",
        offenders,
    )


def bos_eos(e: Export, tokenizer: LoadedTokenizer | None) -> Check:
    markers = e.manifest["markers"]
    bos = [m for m in markers["bos"] if m]
    eos = [m for m in markers["eos"] if m]
    ids = {tokenizer.token_id(m) for m in (bos + eos)} - {None} if tokenizer else set()
    bos_ids = {tokenizer.token_id(m) for m in bos} - {None} if tokenizer else set()
    eos_ids = {tokenizer.token_id(m) for m in eos} - {None} if tokenizer else set()
    offenders = []
    texts = 0
    for p, record in zip(e.provenance, e.records, strict=True):
        text = record.get("text")
        if isinstance(text, str):
            texts += 1
            starts = [m for m in bos if text.startswith(m)]
            if len(starts) != 1 or sum(text.count(m) for m in bos) != 1:
                offenders.append(
                    f"{p['id']}: BOS {sum(text.count(m) for m in bos)}× (must be once, at the start)"
                )
            if sum(text.count(m) for m in eos) != 1 or not any(text.endswith(m) for m in eos):
                offenders.append(
                    f"{p['id']}: EOS {sum(text.count(m) for m in eos)}× (must be once, at the end)"
                )
            if ids:
                tokens = tokenizer.ids(text)  # type: ignore[union-attr]
                inner = [t for t in tokens[1:-1] if t in ids]
                if (
                    sum(t in bos_ids for t in tokens[:2]) > 1
                    or sum(t in eos_ids for t in tokens[-2:]) > 1
                    or inner
                ):
                    offenders.append(f"{p['id']}: BOS/EOS token ids doubled or inside the text")
        else:
            found = [m for s in strings(record) for m in bos + eos if m in s]
            if found:
                offenders.append(f"{p['id']}: {found[0]!r} inside a turn (the chat template adds it)")
    figure = (
        f"{texts - len(offenders)}/{texts} texts with one BOS and one EOS"
        if texts
        else f"no BOS/EOS marker in the turns of {len(e.records) - len(offenders)}/{len(e.records)} samples"
    )
    return _outcome("bos_eos", figure, offenders)


def answer_line(e: Export, _: LoadedTokenizer | None) -> Check:
    offenders = []
    for p, record in zip(e.provenance, e.records, strict=True):
        lines = [m for s in strings(record) for m in ANSWER_LINE.finditer(s)]
        gold, answer = p["mcq"]["answer_idx"], p["mcq"]["answer"]
        if len(lines) != 1:
            offenders.append(f"{p['id']}: {len(lines)} answer lines")
        elif lines[0].group(1) != gold or lines[0].group(2).strip() != answer.strip():
            offenders.append(f"{p['id']}: says {lines[0].group(1)}, gold {gold}")
    return _outcome(
        "answer_line",
        f"{len(e.records) - len(offenders)}/{len(e.records)} with one answer line naming the gold",
        offenders,
    )


def no_hint_leak(e: Export, _: LoadedTokenizer | None) -> Check:
    offenders = []
    for p, record in zip(e.provenance, e.records, strict=True):
        codes = [c for c in p["verdict"]["reasons"] if c in LEAK_CODES]
        hits = [hit for s in strings(record) if (hit := e.rules.leak_phrase(s))]
        if codes or hits:
            offenders.append(f"{p['id']} ({p['mode']}): {', '.join(codes + hits)}")
    hinted = sum(p["mode"] == "hinted" for p in e.provenance)
    return _outcome(
        "no_hint_leak",
        f"{hinted} hinted samples; {len(offenders)} with a leak code or a leak the judge's detector finds",
        offenders,
    )


def split_stratified(e: Export, _: LoadedTokenizer | None) -> Check:
    gold: dict[str, str] = {}
    split: dict[str, str] = {}
    for p in e.provenance:
        gold[p["mcq"]["id"]], split[p["mcq"]["id"]] = p["mcq"]["answer_idx"], p["split"]
    validation = [i for i, s in split.items() if s == "validation"]
    if not validation:
        return Check("split_stratified", True, "no validation split (--val-fraction 0 or too few items)")
    total = Counter(gold.values())
    val = Counter(gold[i] for i in validation)
    offenders = []
    for letter, n in sorted(total.items()):
        quota = len(validation) * n / len(gold)
        if not math.floor(quota) <= val[letter] <= math.ceil(quota):
            offenders.append(f"{letter}: {val[letter]} in validation, quota {quota:.2f}")
    shares = " ".join(f"{k} {val[k]}/{n}" for k, n in sorted(total.items()))
    return _outcome(
        "split_stratified",
        f"{len(validation)} of {len(gold)} items in validation; per letter {shares}",
        offenders,
    )


def provenance(e: Export, _: LoadedTokenizer | None) -> Check:
    run = e.manifest.get("run", {})
    missing = [k for k in PROVENANCE_KEYS if not run.get(k)] + ([] if run.get("source") else ["source"])
    offenders = [f"manifest lacks {', '.join(missing)}"] if missing else []
    for p in e.provenance:
        given = p.get("provenance") or {}
        gaps = [k for k in PROVENANCE_KEYS if not given.get(k)] + (
            [] if p.get("request_key") else ["request_key"]
        )
        if gaps:
            offenders.append(f"{p['id']}: no {', '.join(gaps)}")
    return _outcome(
        "provenance",
        f"{run.get('model')} via {run.get('backend')}, prompts {run.get('prompt_hash')}, judges "
        f"{run.get('judge_hash')}, cot_synth {run.get('package_version')}; "
        f"{len(e.provenance) - len(offenders)}/{len(e.provenance)} samples traced",
        offenders,
    )


def licence_citation(e: Export, _: LoadedTokenizer | None) -> Check:
    licence = re.search(r"^license:\s*(\S+)", e.card, re.M)
    name = licence.group(1) if licence else None
    cited = "```bibtex" in e.card or "Please cite" in e.card
    ok = bool(name) and name not in ("unknown", "other") and cited
    return Check(
        "licence_citation",
        ok,
        f"licence {name or 'missing'}; citation {'present' if cited else 'missing'}",
        "" if ok else "set --license and --citation on export",
    )


CHECKS: tuple[Callable[[Export, LoadedTokenizer | None], Check], ...] = (
    gold_balance,
    length_limits,
    dedup,
    single_system_prompt,
    tokenization,
    cot_verified,
    bos_eos,
    answer_line,
    no_hint_leak,
    split_stratified,
    provenance,
    licence_citation,
)
