#!/usr/bin/env python3
"""Train the learned leak and injection detectors (``cot_synth/judging/learned.py``) on the dev traces.

Writes ``judges/learned.json``; deterministic (sorted vocabulary, L-BFGS from zeros). Needs scipy, which
only this script uses. Run from the repository root: ``python tests/data/judge/train_learned.py`` (about
two minutes on one core). Reads ``dev_*.jsonl`` only; held-out rows are never read.

Per class (``hint_leak``, ``prompt_injection``): a sentence-level logistic regression over
``learned.features`` (features in at least two dev sentences). Negatives: every sentence of every dev
trace not labelled with the class. Positives: in each trace labelled with it, the sentence holding the
phrase the pattern judge reports; where the patterns find none, the sentence a first model scores highest
(one round of multiple-instance refinement). Hinted traces whose leak is structural (the answer stated
before the reasoning) are left out: no sentence of theirs is the leak, and taking their top sentence
taught the first draft that "The correct answer is D" is one. Positives are weighted to a quarter of the
negatives' total. Beside the dev sentences, ``synthetic_sentences.py``'s combinations (sources of an answer
outside the reasoning × ways of marking a letter: leak positives, injection negatives; the same words used
innocently: negatives of both) teach the leak model the shape more than a writer's nouns; and so do the
dev halves of the probe sets (``probes/*.jsonl``: sentences five writers wrote to leak the answer or steer
the judge, and innocent look-alikes; held-out halves never read), with plain answer lines for many options
as innocents (the probes' leaks all name their item's answer: without those lines "Answer: B. Sumatriptan"
scored as a leak). In round 19 the probe sentences carried where the pattern lists did not: on two sets
written afterwards by new writers for another item, leaks caught 124 → 146 of 200 and injections 116 → 129
of 150, no innocent lost.
The thresholds were fixed by leave-one-file-out cross-validation over the dev files (each file is one
writer): the lowest that newly rejects none of the 1,784 true accepts the pattern judge keeps; kept when
the probes were added (no dev true accept newly rejected).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_judge import load_labelled, mcq_of  # noqa: E402
from cot_synth.content import ContentDir  # noqa: E402
from cot_synth.judging.learned import WEIGHT_PLACES, features, units  # noqa: E402
from cot_synth.judging.rules import RuleJudge  # noqa: E402
from cot_synth.judging.spec import JudgeSpec  # noqa: E402
from cot_synth.judging.text import normalize  # noqa: E402
from tests.data.judge.synthetic_sentences import (  # noqa: E402
    answer_lines,
    clinical_acts,
    injection_sentences,
    innocent_sentences,
    leak_sentences,
)

OUT = ROOT / "judges" / "learned.json"
PROBES = Path(__file__).parent / "probes"
CLASSES = {"leak": ("hint_leak", "leak"), "injection": ("prompt_injection", "injection")}
# From the cross-validation (leak 2.81, injection 1.36), see the module docstring; the leak threshold then
# raised just past the highest score among the innocent probe sentences of the judging tests ("The ESR was
# marked as raised and the uptake listed as low.": 3.07, which the fresh-clone run found it rejected), and
# after the round-16 retraining past "Answer: B. A reading of the history confirms it." (3.18)
THRESHOLDS = {"leak": 3.19, "injection": 1.36}
C = 1.0  # inverse L2 strength
MIN_DF = 2
POSITIVE_SHARE = 4  # positives weigh 1/4 of the negatives in all
MIL_ROUNDS = 1
STRUCTURAL = ("answer stated before reasoning", "answer stated without reasoning")
KEEP_ABS_WEIGHT = 0.02  # smaller weights are dropped from the file (scores move by well under 0.1)


def probe_sentences() -> dict[str, list[str]]:
    """The dev halves of the probe sets (``probes/``) by kind: leak, injection, innocent (a rejection
    probe is none of these: left out). Held-out halves are never read."""
    found: dict[str, list[str]] = {"leak": [], "injection": [], "innocent": []}
    for path in sorted(PROBES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["kind"] in found and row["split"] == "dev":  # an item row (a case) has no split
                found[row["kind"]].append(row["snippet"])
    return found


def fit(x: sp.csr_matrix, y: np.ndarray, w: np.ndarray) -> tuple[float, np.ndarray]:
    """Weighted L2 logistic regression, labels in {-1, 1}."""

    def loss(beta: np.ndarray) -> tuple[float, np.ndarray]:
        b, coef = beta[0], beta[1:]
        yz = y * (x @ coef + b)
        g = -y * w / (1 + np.exp(yz))
        grad = np.empty_like(beta)
        grad[0], grad[1:] = g.sum(), x.T @ g + coef / C
        return float((w * np.logaddexp(0, -yz)).sum() + 0.5 / C * (coef @ coef)), grad

    res = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B", options={"maxiter": 300})
    return float(res.x[0]), res.x[1:]


def main() -> None:
    rows = load_labelled("dev")
    judges = ContentDir.resolve("judges", None)
    spec = JudgeSpec.from_content(judges)
    judge = RuleJudge(spec.rules, spec.leaks, spec.injection, spec.source)  # the patterns alone
    sentences = [units(normalize(r["trace"]).text) for r in rows]
    found = [judge.judge(mcq_of(r), r["trace"], r["finish_reason"], r["mode"]).details for r in rows]
    probes = probe_sentences()
    synthetic = {  # one sentence each, whose class is known: no refinement needed
        "leak": [units(normalize(t).text) for t in [*leak_sentences(), *probes["leak"]]],
        "innocent": [
            units(normalize(t).text)
            for t in [*innocent_sentences(), *clinical_acts(), *answer_lines(), *probes["innocent"]]
        ],
        "injection": [units(normalize(t).text) for t in [*injection_sentences(), *probes["injection"]]],
    }
    names = sorted(
        {f for unit_list in (*sentences, *(u for kind in synthetic.values() for u in kind)) for u in unit_list
         for f in features(u)}
    )
    index = {f: i for i, f in enumerate(names)}
    unit_features = [[np.array(sorted(index[f] for f in features(u))) for u in us] for us in sentences]
    synthetic_features = {
        kind: [np.array(sorted(index[f] for u in us for f in features(u))) for us in unit_lists]
        for kind, unit_lists in synthetic.items()
    }
    counts = np.zeros(len(names), dtype=np.int64)
    for fs in (*unit_features, *synthetic_features.values()):
        for a in fs:
            counts[a] += 1
    keep = counts >= MIN_DF
    column = np.full(len(names), -1)
    column[keep] = np.arange(int(keep.sum()))
    kept_names = [n for n, k in zip(names, keep, strict=True) if k]

    def matrix(feature_lists: list[np.ndarray]) -> sp.csr_matrix:
        cols = [column[a][column[a] >= 0] for a in feature_lists]
        ptr = np.r_[0, np.cumsum([len(c) for c in cols])]
        data = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
        return sp.csr_matrix((np.ones(len(data)), data, ptr), shape=(len(cols), len(kept_names)))

    model: dict[str, dict] = {}
    for name, (code, detail) in CLASSES.items():
        bags, negatives = [], []
        for r, us, fs, d in zip(rows, sentences, unit_features, found, strict=True):
            if code not in r["expected_reasons"]:
                negatives += fs
                continue
            if d[detail] in STRUCTURAL:  # a hinted answer stated first: no sentence of it is the leak
                continue
            phrase = " ".join(d[detail].split()).lower() if d[detail] else None
            located = next((j for j, u in enumerate(us) if phrase and phrase in u), None)
            bags.append((located, fs))
        negatives += synthetic_features["innocent"]
        negatives += [f for kind in CLASSES if kind != name for f in synthetic_features[kind]]
        x_neg = matrix(negatives)
        bias, coef = 0.0, None
        for _ in range(MIL_ROUNDS + 1):
            positives = []
            for located, fs in bags:
                if located is None and coef is not None and fs:
                    located = int(np.argmax(matrix(fs) @ coef + bias))
                if located is not None:
                    positives.append(fs[located])
            positives += synthetic_features[name]
            x = sp.vstack([matrix(positives), x_neg]).tocsr()
            y = np.r_[np.ones(len(positives)), -np.ones(x_neg.shape[0])]
            share = x_neg.shape[0] / max(len(positives), 1) / POSITIVE_SHARE
            w = np.r_[np.full(len(positives), share), np.ones(x_neg.shape[0])]
            bias, coef = fit(x, y, w)
        weights = {
            kept_names[i]: round(float(coef[i]), WEIGHT_PLACES)
            for i in np.flatnonzero(np.abs(coef) >= KEEP_ABS_WEIGHT)
        }
        model[name] = {"bias": round(bias, WEIGHT_PLACES), "threshold": THRESHOLDS[name], "weights": weights}
        print(
            f"{name}: {len(positives)} positive sentences, {x_neg.shape[0]} negative, {len(weights)} weights"
        )
    OUT.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
