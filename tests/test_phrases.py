"""``AnyOf``: a list of patterns screened by their literals answers exactly what scanning each would."""

from __future__ import annotations

import re

import pytest

from benchmarks.bench_judge import load_labelled
from cot_synth.content import ContentDir
from cot_synth.judging.phrases import RECENT_WINDOWS, AnyOf
from cot_synth.judging.rules import RuleJudge

PATTERNS = (
    re.compile(r"(?i:\bnot\s+§)", re.MULTILINE),
    re.compile(r"^so\b", re.MULTILINE),  # anchored
    re.compile(r"(\w+) and \1"),  # a back-reference
    re.compile(r"(?P<x>ruled) out"),  # a named group
    re.compile(r"(?x) w o r d"),  # a global flag
    re.compile(r"rather than", re.IGNORECASE),  # other flags
)


@pytest.mark.parametrize(
    "text",
    ["It is NOT § here.", "first\nso C it is", "also so", "this and this", "this and that", "§ was ruled out",
     "a word", "Rather Than B", "nothing at all", ""],
)  # fmt: skip
def test_any_of_answers_as_each_pattern_would(text: str) -> None:
    expected = any(p.search(text) for p in PATTERNS)
    assert AnyOf(PATTERNS).search(text) == expected
    assert AnyOf(PATTERNS).search("xx" + text, 2) == expected  # positions are honoured


def test_a_window_is_screened_by_what_its_matches_hold() -> None:
    """A lookbehind may read before the window, a lookahead only inside it: only the latter's literals are
    required of the window."""
    behind = AnyOf([re.compile(r"(?<=answer )key")])
    assert behind.search("the answer key", 11) and not behind.search("the answer kex", 11)
    ahead = AnyOf([re.compile(r"key(?=\s+finding)")])
    assert ahead.search("key finding", 0, 11) and not ahead.search("key finding", 0, 10)


def test_any_of_remembers_whole_texts_only_and_a_bounded_number() -> None:
    listed = AnyOf(PATTERNS)
    text = "so C it is; nothing else"
    assert listed.search(text) and listed.search(text)  # the second answer is the remembered one
    assert not listed.search(text, 3)  # a window is scanned, never answered from its whole text
    assert not listed.search(text, 0, 1)
    for i in range(3 * RECENT_WINDOWS):
        listed.search(f"window {i}")
    assert len(listed._recent) <= RECENT_WINDOWS


def test_the_judges_lists_agree_with_their_patterns_on_every_labelled_trace() -> None:
    """Every any-of list the shipped judge holds, on every sentence-sized window of the labelled traces."""
    judge = RuleJudge.from_content(ContentDir.resolve("judges", None))
    lists = [
        v
        for part in (judge.consistency, judge.extractor)
        for v in vars(part).values()
        if isinstance(v, AnyOf)
    ]
    assert len(lists) >= 10
    for row in load_labelled()[::7]:
        trace = row["trace"]
        for start in range(0, len(trace), 150):
            window = trace[start : start + 300]
            for listed in lists:
                assert listed.search(window) == any(p.search(window) for p in listed.patterns), window
