"""When two words are one: inflected, misspelt or derived from one stem.

Option texts and traces write the same word in many forms ("emboli"/"embolus", "labetolol"/"labetalol",
"initiation"/"initiating"); every comparison of an option's words with a trace's goes through ``_same``.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

# a word as option texts and traces are read in words: letters and digits, joined by a stop or an apostrophe
WORD = re.compile(r"[^\W_]+(?:[.'][^\W_]+)*")
# a contrast: what follows it takes back or qualifies what a clause said ("… unlikely at first, but …")
CONTRAST = re.compile(r"(?i)\b(?:but|however|although|though|whereas|while|yet|unless|except)\b")

# words too common to pick an option out ("without any change")
FILLER = frozenset(
    ("without", "any", "all", "no", "not", "none", "some", "into", "onto", "than", "other", "only", "both")
    + ("each", "more", "less", "very", "then", "but", "after", "before", "during", "over", "under", "due")
    + ("between", "such", "also", "may", "can", "will", "one", "two", "per", "via")
)


def _same(a: str, b: str) -> bool:
    """The same word, maybe inflected ("emboli"/"embolus", "infarct"/"infarcts"), but not
    "schizoid"/"schizotypal" (a shared prefix, not a stem): one word extends the other by up to three
    letters, or they differ only in their last two letters (a five-letter word only in its last: "fungi"/
    "fungus", not "group"/"growth") and in length by at most one. Two words of
    eight letters or more and equal length match only by one misspelt vowel, so "ischemia"/"ischemic" do
    not (allowing them fixed one dev trace and broke another); a word derived from the other's stem
    (``_derived``), or one with the other's Snowball stem of six letters or more ("arterial"/"artery"; a
    shorter stem joins "positive"/"position"), is the same word too."""
    if a == b or _stem(a) == _stem(b) != "":
        return True
    if a[:1] != b[:1] and not len(a) == len(b) >= 8:  # every other way keeps the first letter (most pairs)
        return False
    if len(a) == len(b) >= 8:  # a vowel misspelt ("labetolol"/"labetalol"), or one word derived
        diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        return (len(diff) == 1 and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS) or _derived(a, b)
    short, long = sorted((a, b), key=len)
    if len(short) < 5:
        return False
    if long.startswith(short):
        return len(long) - len(short) <= 3
    stem = max(len(short) - 2, 4)  # a five-letter word keeps four: "fungi"/"fungus", not "group"/"growth"
    return (len(long) - len(short) <= 1 and long[:stem] == short[:stem]) or _derived(a, b)


def _derived(a: str, b: str) -> bool:
    """One word derived from the other's stem by a suffix that makes a noun, participle or adjective of a
    verb, or an adjective of a noun ("initiation"/"initiating", "vaccine"/"vaccination", "hypertension"/
    "hypertensive", "diabetes"/"diabetic"); the stem left
    must be six letters long, so "positive"/"position" and "negative"/"negation" stay apart."""
    return a[:_DERIVED_STEM] == b[:_DERIVED_STEM] and bool(_stems_of(a) & _stems_of(b))


@lru_cache(maxsize=1 << 14)
def _stems_of(word: str) -> frozenset[str]:
    return frozenset(
        word[: -len(s)] for s in _SUFFIXES if word.endswith(s) and len(word) - len(s) >= _DERIVED_STEM
    )


_SUFFIXES = ("ation", "ition", "tion", "sion", "ion", "ing", "ive", "ic", "ed", "es", "e", "s")
_DERIVED_STEM = 6


_VOWELS = frozenset("aeiouy")


def _family(word: str) -> str:
    """Words of one family share this ("psoriasis"/"psoriatic"): close enough for a trace to engage with
    its question, though not to name the same option."""
    return word[:6] if len(word) >= 6 else f"={word}"


_STEMMER = snowballstemmer.stemmer("english")  # PyStemmer's C build where installed (the same stems)


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """The word's Snowball (Porter 2) stem, or "" where it is too short to tell words apart."""
    stem = _STEMMER.stemWord(word)
    return stem if len(stem) >= 6 else ""
