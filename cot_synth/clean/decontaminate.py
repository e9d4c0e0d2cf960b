"""Decontamination: take out training items that are copies or paraphrases of an evaluation benchmark's items.

Plain n-gram overlap is wrong on MedQA: about 29 % of the train questions share a 13-gram with a test
question, almost all of it vignette boilerplate ("comes to the emergency department because of", the
vital-signs sentence), and the highest raw overlaps are short generic stems. So an item is compared as a
whole, with common wording discounted:

- an item is its question, its options and its answer text, compared through ``records.comparison_key``
  (casefolded), as word tokens; its shingles are word ``SHINGLE``-grams, hashed;
- a shingle weighs its inverse document frequency in the benchmark (``log(N / df)``): boilerplate found
  in many benchmark items weighs almost nothing, a shingle found in one weighs most; a shingle the
  benchmark lacks weighs as much as the rarest, so new material dilutes a match;
- the **coverage** of a pair is the weighted share of the smaller item's shingles found in the other
  (a train item that copies a benchmark item, or a part of one, covers it);
- the ``CANDIDATES`` benchmark items of highest coverage (at least ``MIN_COVERAGE``) get a **fuzzy** check:
  the similarity of the two token sequences (``rapidfuzz``'s normalised Indel similarity: twice the longest
  common subsequence over the total length), which tells a reworded copy of a vignette (same
  findings in about the same order) from two vignettes that share stock sentences;
- a pair is contamination when fuzzy ≥ ``FUZZY_ALONE``, or coverage ≥ ``COVERAGE`` and fuzzy ≥ ``FUZZY``.
  The thresholds were set on the dev half of ``tests/data/decontamination/pairs.jsonl`` (train/test pairs
  labelled by reading them); ``python -m benchmarks decontaminate`` reports precision and recall on both
  halves.

Only the benchmarks are indexed; training items are matched one by one against that index, so the index
costs the same for a 200k-question source as for a 2k one.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from cot_synth.records import MCQ, comparison_key

SHINGLE = 8
MIN_COVERAGE = 0.05  # below it a pair is not looked at closely
CANDIDATES = 3  # the benchmark items of highest coverage that get the fuzzy check
COVERAGE = 0.2
FUZZY = 0.5
FUZZY_ALONE = 0.56
_WORD = re.compile(r"[^\W_]+")


def item_tokens(mcq: MCQ) -> list[str]:
    """What is compared of an item: question, options (in letter order) and the answer text."""
    text = " ".join([mcq.question, *mcq.options.values(), mcq.answer])
    return _WORD.findall(comparison_key(text).casefold())


def shingles(tokens: list[str]) -> set[int]:
    if len(tokens) < SHINGLE:
        return {hash(tuple(tokens))} if tokens else set()
    return {hash(tuple(tokens[i : i + SHINGLE])) for i in range(len(tokens) - SHINGLE + 1)}


@dataclass(frozen=True)
class Match:
    """The benchmark item a training item was matched to, and how closely."""

    benchmark: str
    id: str
    row: int
    coverage: float
    fuzzy: float

    def to_json(self) -> dict[str, object]:
        return {
            "benchmark": self.benchmark,
            "id": self.id,
            "row": self.row,
            "coverage": round(self.coverage, 3),
            "fuzzy": round(self.fuzzy, 3),
        }


def thresholds() -> dict[str, float]:
    """The figures a decision rests on, for the reports."""
    return {"shingle_words": SHINGLE, "coverage": COVERAGE, "fuzzy": FUZZY, "fuzzy_alone": FUZZY_ALONE}


def is_contamination(coverage: float, fuzzy: float) -> bool:
    return fuzzy >= FUZZY_ALONE or (coverage >= COVERAGE and fuzzy >= FUZZY)


class BenchmarkIndex:
    """The shingles of one or more benchmarks' items, weighted by rarity, for matching training items."""

    def __init__(self, benchmarks: Iterable[tuple[str, list[MCQ]]]) -> None:
        self.items: list[tuple[str, MCQ, list[str]]] = []
        self.sizes: dict[str, int] = {}
        postings: dict[int, list[int]] = defaultdict(list)
        owned: list[set[int]] = []
        for name, mcqs in benchmarks:
            self.sizes[name] = self.sizes.get(name, 0) + len(mcqs)
            for mcq in mcqs:
                tokens = item_tokens(mcq)
                owned.append(shingles(tokens))
                for shingle in owned[-1]:
                    postings[shingle].append(len(self.items))
                self.items.append((name, mcq, tokens))
        total = max(1, len(self.items))
        self.rarest = math.log(total + 1)
        # shingle → (its weight, the benchmark items that hold it)
        self.index = {s: (math.log((total + 1) / len(ids)), tuple(ids)) for s, ids in postings.items()}
        self.mass = [sum(self.index[s][0] for s in own) for own in owned]

    def candidates(self, mcq: MCQ, floor: float = MIN_COVERAGE) -> list[Match]:
        """The closest benchmark items by coverage (at least ``floor``), with both figures."""
        tokens = item_tokens(mcq)
        mass = 0.0
        shared: dict[int, float] = defaultdict(float)
        for s in shingles(tokens):
            entry = self.index.get(s)
            if entry is None:
                mass += self.rarest
                continue
            weight, holders = entry
            mass += weight
            for index in holders:
                shared[index] += weight
        masses = {i: min(mass, self.mass[i]) for i in shared}
        coverages = {i: shared[i] / masses[i] for i in shared if masses[i]}
        closest = sorted(
            (i for i, c in coverages.items() if c >= floor), key=coverages.__getitem__, reverse=True
        )
        found = []
        for index in closest[:CANDIDATES]:
            name, other, other_tokens = self.items[index]
            fuzzy = Indel.normalized_similarity(tokens, other_tokens)
            found.append(Match(name, other.id, int(other.meta.get("row", 0)), coverages[index], fuzzy))
        return found

    def match(self, mcq: MCQ) -> Match | None:
        """The closest benchmark item, if the pair is contamination."""
        hits = [m for m in self.candidates(mcq) if is_contamination(m.coverage, m.fuzzy)]
        return max(hits, key=lambda m: (m.coverage, m.fuzzy), default=None)
