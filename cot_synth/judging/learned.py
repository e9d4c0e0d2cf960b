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
from dataclasses import dataclass
from typing import Any

from cot_synth.judging.sentences import sentence_spans

_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
MAX_UNIT_CHARS = 1000  # a degenerate trace may be one 30,000-character sentence: read its start only
CHAR_NGRAMS = (3, 5)


def units(text: str) -> list[str]:
    """The sentences a detector scores, as it reads them: white space collapsed, lower case, capped."""
    out = []
    for start, end in sentence_spans(text):
        unit = _WS.sub(" ", text[start:end]).strip().lower()
        if unit:
            out.append(unit[:MAX_UNIT_CHARS])
    return out


def features(unit: str) -> set[str]:
    """A sentence's features: ``c`` + character n-grams, ``w`` + words, ``b`` + word pairs."""
    found: set[str] = set()
    padded = f" {unit} "
    low, high = CHAR_NGRAMS
    for n in range(low, high + 1):
        found.update("c" + padded[i : i + n] for i in range(len(padded) - n + 1))
    words = _WORD.findall(unit)
    found.update("w" + w for w in words)
    found.update(f"b{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return found


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

    def score(self, found: set[str]) -> float:
        """A sentence's score from its ``features``."""
        weights = self.weights
        return self.bias + sum(weights.get(f, 0.0) for f in found)


@dataclass(frozen=True)
class LearnedDetectors:
    """The leak and injection models of ``judges/learned.json``."""

    leak: LinearDetector
    injection: LinearDetector

    @classmethod
    def from_content(cls, content: dict[str, Any]) -> LearnedDetectors:
        return cls(
            LinearDetector.from_content(content["leak"]), LinearDetector.from_content(content["injection"])
        )

    def find(self, text: str) -> tuple[str | None, str | None]:
        """The leak and the injection in normalised ``text``: each the best sentence above its model's
        threshold, described with its score, or ``None``."""
        best: list[tuple[float, str | None]] = [(self.leak.threshold, None), (self.injection.threshold, None)]
        for unit in units(text):
            found = features(unit)
            for k, model in enumerate((self.leak, self.injection)):
                if (score := model.score(found)) > best[k][0]:
                    best[k] = (score, unit)
        leak, injection = (
            None if unit is None else f"learned ({score:.2f}): {unit[:120]}" for score, unit in best
        )
        return leak, injection
