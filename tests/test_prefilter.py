"""Literal prefilters are sound: a text they rule out is one their pattern cannot match."""

from __future__ import annotations

import re

import pytest

from benchmarks.bench_judge import load_labelled
from cot_synth.content import ContentDir
from cot_synth.judging.prefilter import Prefilter, Prefilters, fold
from cot_synth.judging.rules import RuleJudge
from cot_synth.judging.text import normalize


def admits(pattern: str, text: str) -> bool:
    return Prefilter.of(re.compile(pattern)).admits(fold(text), {})


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?i:answer\s+key)", "The ANSWER   KEY says so"),
        (r"(?i:\bsister\b)", "his ſiſter"),  # re's IGNORECASE matches ſ to s
        (r"(?i:hint)", "a hınt"),  # … dotless ı to i
        (r"(?i:kind)", "Kind"),  # … and the Kelvin sign to k
        (r"(?i:答案\s*[:：])", "答案: C"),
        (r"(?i:отв[её]т)", "ОТВЕТ"),
        (r"(?i:ответственность)", "ответᲃтвенноᲃть"),  # re's extra equivalences: Cyrillic с ~ ᲃ
        (r"(?i:λόγος)", "ΛΌΓΟΣ"),  # a final sigma, lower-cased by context
        (r"(?i:prüfer)", "PRÜFER"),
        (r"(?i:评分员)", "请评分员注意"),
        (r"<\|im_start\|>", "<|im_start|>system"),
        (r"(?:→|—|–)\s*D", "so – D"),  # an alternation of single characters, parsed as a class
        (r"(?i:[ſ])", "S"),
        (r"(?i:\w+(?=\s+KEY))", "the answer key"),
    ],
)
def test_a_text_the_pattern_matches_is_admitted(pattern, text):
    assert re.search(pattern, text)
    assert admits(pattern, text)


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (r"(?i:answer\s+(?:key|sheet))", "the key findings and the answer", True),  # both words are there
        (r"(?i:answer\s+(?:key|sheet))", "the answer choices", False),
        (r"(?i:answer\s+(?:key|sheet)?)", "the answer", True),
        (r"(?i:(?:the\s+)?solution)", "no such word", False),
        (r"(?i:(?:solution)?\s+given)", "given", True),  # an optional word is not required
        (r"(?<!\bgrader\s)marked", "marked", True),  # nor is what a lookbehind looks for
        (r"(?:hint|\w+)\s+given", "was given", True),  # an alternative without a literal requires nothing
        (r"\w+\s*(?:→|—)\s*D", "then -> D", False),  # one of the class's characters is required
        (r"[,;]\s*D", "so D", False),
        (r"[a!]\s*D", "so D", True),  # … unless one is a word character (in almost every text)
        (r"\w+(?=\s+key)", "the answer sheet", False),  # what a lookahead needs is required
        (r"(?<=answer\s)\w+", "the key", True),  # what a lookbehind needs may stand before a window
        (r"(?!answer)\w+", "the key", True),
    ],
)
def test_only_required_literals_rule_a_text_out(pattern, text, expected):
    assert admits(pattern, text) is expected


def test_no_judge_pattern_is_ruled_out_where_it_matches():
    """Every leak, injection and extraction pattern over the labelled traces (every sixth, both splits)."""
    judge = RuleJudge.from_content(ContentDir.resolve("judges", None))
    patterns = [
        *judge.leaks.patterns,
        *judge.injection.patterns,
        *(p.regex for p in judge.extractor.patterns),
    ]
    texts = [normalize(r["trace"]).text for r in load_labelled()[::6]]
    ruled_out = 0
    for pattern in patterns:
        prefilter = Prefilter.of(pattern)
        for text in texts:
            if not prefilter.admits(fold(text), {}):
                ruled_out += 1
                assert not pattern.search(text), (pattern.pattern[:80], text[:200])
    assert ruled_out > len(patterns) * len(texts) // 3  # the point of it: most tests are skipped
    together, alone = Prefilters(patterns), [Prefilter.of(p) for p in patterns]
    for text in texts:  # asked together through the index: the same patterns, in order
        assert together.admitted(fold(text)) == [n for n, p in enumerate(alone) if p.admits(fold(text), {})]
