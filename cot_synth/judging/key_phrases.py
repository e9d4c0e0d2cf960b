"""Key phrases: how a writer names a long option (a statement) in short.

"Bupropion lowers the seizure threshold and should not be taken by patients with a seizure disorder" is
"the seizure-threshold statement" to a writer, who never writes half its words: two words the option
writes side by side, that no other option and not the question does, pick it out (``partial`` reads an
option named so as named in part).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from cot_synth.judging.options import Found
from cot_synth.judging.text import american, content_tokens
from cot_synth.judging.words import FILLER, WORD

_KEY_WORD = 4  # letters at least in each word of a key phrase
# words that join a statement's parts, never one of the things it names ("especially when taken")
_LINKS = frozenset(
    ("when", "where", "while", "whether", "every", "especially", "usually", "often", "always", "never")
    + ("most", "must", "should", "would", "could", "might", "taken", "given", "being", "having", "because")
    + ("which",)
)
_NOT_KEY = FILLER | _LINKS
_KEY_PHRASE_OPTION = 4  # content words at least in an option named by a key phrase


@lru_cache(maxsize=1 << 12)
def key_phrases(options: tuple[tuple[str, str], ...], question: str) -> dict[str, KeyPhrases]:
    """Per letter of a long option (``_KEY_PHRASE_OPTION`` content words or more: a statement), its key
    phrases: two words it writes side by side that no other option and not the question does ("seizure
    threshold" in "Bupropion lowers the seizure threshold and …"). A writer sums such an option up by them
    ("the seizure-threshold statement") and never writes half its words."""
    pairs = {k: _word_pairs(v) for k, v in options}
    # pairs of the question, or of two options, pick no option out
    asked = _word_pairs(question).union(*(a & b for a, b in itertools.combinations(pairs.values(), 2)))
    return {
        letter: KeyPhrases(own)
        for letter, option in options
        if (own := frozenset(pairs[letter] - asked)) and len(content_tokens(option)) >= _KEY_PHRASE_OPTION
    }


class KeyPhrases:
    """Where a text writes one of an option's key phrases: its two words as two whole words, apart only by
    white space or hyphens, either in the plural ("seizure-thresholds"), in any case. Read word by word: a
    pattern compiled per item cost more than judging its trace, and nearly every item is new."""

    def __init__(self, pairs: frozenset[tuple[str, str]]) -> None:
        self.pairs = pairs
        self._firsts = tuple({a for a, _ in pairs})

    def finditer(self, text: str) -> Iterator[Found]:
        low = text.lower()  # may differ in length ("İ"): it only says whether to read on
        if not any(first in low for first in self._firsts):
            return
        runs = [(m.start(), m.end(), m.group().lower()) for m in _RUN.finditer(text)]
        at = 0
        while at < len(runs) - 1:
            (start, end, one), (second, last, two) = runs[at], runs[at + 1]
            if _BETWEEN.fullmatch(text, end, second) and any(
                (a, b) in self.pairs for a in _singular(one) for b in _singular(two)
            ):
                yield Found(start, last)
                at += 2
            else:
                at += 1

    def search(self, text: str) -> Found | None:
        return next(self.finditer(text), None)


def _singular(word: str) -> tuple[str, ...]:
    """What a key phrase's word may be, written ``word``: itself, or without the plural's "s"."""
    return (word, word[:-1]) if word.endswith("s") and not word.endswith("ss") else (word,)


_RUN = re.compile(r"\w+")
_BETWEEN = re.compile(r"[\s-]+")


def _word_pairs(text: str) -> set[tuple[str, str]]:
    """Two words side by side, each a word of content (no filler) of ``_KEY_WORD`` letters or more."""
    words = [w if _key_word(w) else "" for w in WORD.findall(american(text.casefold()))]
    return {(a, b) for a, b in zip(words, words[1:], strict=False) if a and b}


@lru_cache(maxsize=1 << 16)
def _key_word(word: str) -> bool:
    return len(word) >= _KEY_WORD and word.isalpha() and word not in _NOT_KEY and bool(content_tokens(word))
