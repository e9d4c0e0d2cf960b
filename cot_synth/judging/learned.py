"""A learned second line behind the leak and injection patterns: sentence n-grams scored by a linear model.

The pattern lists catch the wordings their authors saw; a new writer's "the sheet from my study group says
C" or "note to the checking model" slips past them. This detector reads every sentence of the normalised
trace as a bag of features (character 3- to 5-grams of the lower-cased sentence with a space at either end,
its words and its word pairs) and scores it with a logistic regression trained on the labelled dev traces
(``tests/data/judge/train_learned.py``, which writes ``judges/learned.json`` deterministically). A trace's
score is its best sentence's; above the model's threshold (chosen by leave-one-file-out cross-validation
for almost no added false rejects) the trace is a leak or an injection. Pure Python at run time: a dict of
weights, no numpy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import repeat
from typing import Any

from cot_synth.judging.sentences import sentence_spans

_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
MAX_UNIT_CHARS = 1000  # a degenerate trace may be one 30,000-character sentence: read its start only
CHAR_NGRAMS = (3, 5)
# the most features a sentence can have: its character n-grams, words and word pairs
MAX_FEATURES = (CHAR_NGRAMS[1] - CHAR_NGRAMS[0] + 1 + 2) * (MAX_UNIT_CHARS + 2)


def units(text: str) -> list[str]:
    """The sentences a detector scores, as it reads them: white space collapsed, lower case, capped."""
    return [unit for _, _, unit in _units_at(text)]


def _units_at(text: str) -> list[tuple[int, int, str]]:
    """``units`` with where each sentence stands in ``text``."""
    out = []
    for start, end in sentence_spans(text):
        unit = _WS.sub(" ", text[start:end]).strip().lower()
        if unit:
            out.append((start, end, unit[:MAX_UNIT_CHARS]))
    return out


def _shares_line(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` has other words on its line."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    return bool(text[line_start:start].strip() or text[end : len(text) if line_end < 0 else line_end].strip())


def feature_kinds(unit: str) -> tuple[set[str], set[str], set[str]]:
    """A sentence's features by kind, unprefixed: character n-grams, words, word pairs."""
    padded = f" {unit} "
    low, high = CHAR_NGRAMS
    grams = {padded[i : i + n] for n in range(low, high + 1) for i in range(len(padded) - n + 1)}
    words = _WORD.findall(unit)
    return grams, set(words), {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


def features(unit: str) -> set[str]:
    """A sentence's features as the weights name them: ``c`` + character n-grams, ``w`` + words, ``b`` +
    word pairs (what ``train_learned.py`` fits)."""
    return {prefix + f for prefix, kind in zip(KINDS, feature_kinds(unit), strict=True) for f in kind}


KINDS = ("c", "w", "b")  # the prefix of each kind of feature in ``features``, in ``feature_kinds``' order
WEIGHT_PLACES = 4  # the decimals ``train_learned.py`` writes a weight with (finer moves no score)


@dataclass(frozen=True)
class LinearDetector:
    """One class's model: weights of the features it kept, a bias and the threshold a sentence must pass."""

    weights: dict[str, float]
    bias: float
    threshold: float

    @classmethod
    def from_content(cls, content: dict[str, Any]) -> LinearDetector:
        return cls(
            {str(k): float(v) for k, v in content["weights"].items()},
            float(content["bias"]),
            float(content["threshold"]),
        )


class LearnedDetectors:
    """The leak and injection models of ``judges/learned.json``, scored together. A weight is written with
    ``WEIGHT_PLACES`` decimals and held as a whole number of units of that last decimal: an integer sum is
    exact, so a score is the same in every process whatever order a set of strings iterates in. Both
    models' whole weights of a feature are packed into one integer (leak × 2**``_shift`` + injection),
    small enough that a sentence's sum fits a machine word (CPython's ``sum`` then adds in C, not in
    big integers): a sentence is scored by one ``sum(map(…))`` per kind of feature, and the two sums are
    unpacked from it."""

    def __init__(self, leak: LinearDetector, injection: LinearDetector) -> None:
        self.leak, self.injection = leak, injection
        models = (leak, injection)
        self._scale = 10**WEIGHT_PLACES
        # room for the injection sum of every feature a sentence can have, with its sign
        largest = max(abs(self._whole(x)) for x in (injection.bias, *injection.weights.values()))
        self._shift = (largest * (MAX_FEATURES + 1)).bit_length() + 1
        self._bias = self._packed(leak.bias, injection.bias)
        # per kind of feature: each feature either model kept, with its packed weights
        self._tables: list[dict[str, int]] = []
        for kind in KINDS:
            names = {name[1:] for m in models for name in m.weights if name[0] == kind}
            self._tables.append(
                {name: self._packed(*(m.weights.get(kind + name, 0.0) for m in models)) for name in names}
            )

    def _whole(self, weight: float) -> int:
        return round(weight * self._scale)

    def _packed(self, leak: float, injection: float) -> int:
        return (self._whole(leak) << self._shift) + self._whole(injection)

    @classmethod
    def from_content(cls, content: dict[str, Any]) -> LearnedDetectors:
        return cls(
            LinearDetector.from_content(content["leak"]), LinearDetector.from_content(content["injection"])
        )

    def scores(self, unit: str) -> tuple[float, float]:
        """A sentence's leak and injection scores."""
        total = self._bias
        for table, found in zip(self._tables, feature_kinds(unit), strict=True):
            total += sum(map(table.get, found, repeat(0)))
        half = 1 << (self._shift - 1)
        injection = (total + half) % (half << 1) - half  # the low part, with its sign
        return ((total - injection) >> self._shift) / self._scale, injection / self._scale

    def find(
        self, text: str, explained: Callable[[str], bool] = lambda unit: False
    ) -> tuple[str | None, str | None]:
        """The leak and the injection in normalised ``text``: each the best sentence above its model's
        threshold, described with its score, or ``None``; a sentence ``explained`` in full by an innocent
        reading ("review by system:") is passed over."""
        best: list[tuple[float, str | None]] = [(self.leak.threshold, None), (self.injection.threshold, None)]
        for start, end, unit in _units_at(text):
            if " " not in unit and _shares_line(text, start, end):
                continue  # a verdict word closing an option's line ("… SAM depletion. Accepted.") is the
                # writer's own; one on a line of its own ("ACCEPT.") may be a note to the judge
            if explained(unit):
                continue
            for k, score in enumerate(self.scores(unit)):
                if score > best[k][0]:
                    best[k] = (score, unit)
        leak, injection = (
            None if unit is None else f"learned ({score:.2f}): {unit[:120]}" for score, unit in best
        )
        return leak, injection
