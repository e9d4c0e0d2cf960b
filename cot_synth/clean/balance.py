"""Answer-distribution balancing: a skewed gold-letter distribution teaches the model a shortcut.

``permute`` shuffles one item's options with a generator seeded by (seed, item id), so the gold letter
is uniform over the items and the answer text travels with its option. The permutation depends on the
item alone, never on which other items are in the run: ``--limit``, ``--shard`` and a later rerun give
every item the same letters, so cached generations stay valid. The price is that the distribution is
uniform in expectation, not to the item (with 10k items each letter is within about 1% of a quarter).

Items whose options point at other options by position ("All of the above", "Both A and B", "A and C")
would be broken by a shuffle; they keep their order and are counted in the report.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from dataclasses import replace
from typing import Any

from cot_synth.records import LETTERS, MCQ, mcq_id

ENTROPY_FLOOR = 0.95  # below this normalised entropy a gold-letter distribution can teach a letter shortcut

_POSITIONAL = re.compile(
    r"\b(?:all|none|any|neither|both)\s+(?:of\s+)?(?:the\s+)?(?:above|below|these|those|them|options|choices)\b"
    r"|^(?:both\s+|either\s+|neither\s+|only\s+)?\(?[a-e]\)?(?:\s*(?:,|and|&|or|nor|\+)\s*\(?[a-e]\)?)+$"
    r"|^\(?[a-e]\)?$",
    re.I,
)


def positional_option(mcq: MCQ) -> str | None:
    """The first option whose meaning depends on the options' order, if any."""
    return next((text for text in mcq.options.values() if _POSITIONAL.search(text.strip())), None)


def permute(mcq: MCQ, seed: int) -> MCQ:
    """The item with its options shuffled deterministically; the id follows the new letter order."""
    letters = list(mcq.options)
    order = letters[:]
    random.Random(f"{seed}:{mcq.id}").shuffle(order)
    options = {LETTERS[i]: mcq.options[old] for i, old in enumerate(order)}
    letter = LETTERS[order.index(mcq.answer_idx)]
    meta = {
        **mcq.meta,
        "balance": {"id_before": mcq.id, "answer_idx_before": mcq.answer_idx, "order": "".join(order)},
    }
    return replace(mcq, id=mcq_id(mcq.question, options), options=options, answer_idx=letter, meta=meta)


def balance(mcqs: list[MCQ], seed: int) -> tuple[list[MCQ], list[tuple[MCQ, str]]]:
    """Shuffle every item that can be shuffled; return the items and those kept in place, with the option
    that pinned each."""
    result, pinned = [], []
    for mcq in mcqs:
        option = positional_option(mcq)
        if option is None:
            result.append(permute(mcq, seed))
        else:
            result.append(mcq)
            pinned.append((mcq, option))
    return result, pinned


def gold_distribution(mcqs: list[MCQ]) -> dict[str, Any]:
    """Gold-letter counts and the entropy in bits, normalised by log2 of the letters in use (1 = uniform)."""
    counts = Counter(m.answer_idx for m in mcqs)
    width = max((len(m.options) for m in mcqs), default=0)
    total = sum(counts.values())
    bits = sum(n / total * math.log2(total / n) for n in counts.values()) if total else 0.0  # never -0.0
    return {
        "counts": {letter: counts.get(letter, 0) for letter in LETTERS[:width]},
        "entropy_bits": round(bits, 4),
        "normalized_entropy": round(bits / math.log2(width), 4) if width > 1 else 0.0,
    }
