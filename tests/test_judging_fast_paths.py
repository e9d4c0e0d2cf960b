"""The judge's fast paths find exactly what the regular expressions they stand for find: option texts
matched by hand (``options``), sentence ends read off one scan (``sentences``), first-character guards
(``first_char``), an option denied the question's ask read word by word (``rejection.Denial``), an
option's other names asked pattern by pattern (``terms.Names``), and an option's initials and key phrases
read word by word (``terms.MixedInitials``, ``key_phrases.KeyPhrases``), none compiled per item."""

from __future__ import annotations

import random
import re

import pytest

from benchmarks.bench_judge import load_labelled
from cot_synth.content import ContentDir
from cot_synth.judging.first_char import guard, guarded
from cot_synth.judging.key_phrases import KeyPhrases
from cot_synth.judging.options import OptionPattern
from cot_synth.judging.phrases import compile_one
from cot_synth.judging.rejection import Denial
from cot_synth.judging.rules import RuleJudge
from cot_synth.judging.sentences import _SENTENCE_END, sentence_bounds, sentence_spans
from cot_synth.judging.spec import JudgeSpec
from cot_synth.judging.terms import MixedInitials, Names
from cot_synth.judging.text import _HYPHENATED, _NON_ASCII_WORD, normalize

OPTIONS = (
    "Streptococcus pneumoniae",
    "Edema of the legs",
    "vitamin a",
    "Increased pulmonary capillary wedge pressure",
    "Answers and options",
    "Given with",
)
WORDS = (
    "the",
    "a",
    "of",
    "answer",
    "options",
    "S.",
    "ae",
    "oe",
    "Ædema",
    "ſ",
    "K",
    "İ",
    "_",
    "-",
    ".",
    ",",
    "1",
)
WORDS += (
    "edema",
    "oedema",
    "aedema",
    "streptococcus",
    "pneumoniae",
    "vitamin",
    "A",
    "as",
    "given",
    "g.",
    "wedges",
)


def _text(rnd: random.Random) -> str:
    return "".join(rnd.choice(WORDS) + rnd.choice(("", " ", ", ", "_")) for _ in range(rnd.randint(0, 12)))


@pytest.mark.parametrize("option", OPTIONS)
def test_options_matched_by_hand_as_their_regex(option):
    pattern, rnd = OptionPattern(option), random.Random(option)
    regex = re.compile(pattern._source, re.IGNORECASE)
    for _ in range(2000):
        text = _text(rnd)
        start, end = sorted((rnd.randint(0, len(text)), rnd.randint(0, len(text) + 9)))
        for window in ((0, len(text)), (start, end)):
            assert [m.span() for m in pattern.finditer(text, *window)] == [
                m.span() for m in regex.finditer(text, *window)
            ]
        assert pattern.sub("X", text, 1) == regex.sub("X", text, count=1)


def _old_bounds(text: str, start: int, reach: int | None) -> tuple[int, int]:
    low = 0 if reach is None else max(0, start - reach)
    high = len(text) if reach is None else min(len(text), start + reach)
    left = max((m.end() for m in _SENTENCE_END.finditer(text, low, start)), default=low)
    right = _SENTENCE_END.search(text, start, high)
    return left, right.start() if right else high


def test_sentences_read_off_one_scan_as_window_scans():
    rnd = random.Random(0)
    for _ in range(3000):
        text = "".join(
            rnd.choice(("a", "D", "i", "e", ".", "!", "?", " ", "\n", "vs", "e.g", "...")) for _ in range(40)
        )
        limit, reach = rnd.randint(0, len(text)), rnd.choice((None, 0, 2, 9))
        assert sentence_bounds(text, limit, reach=reach) == _old_bounds(text, limit, reach)
        spans, start = [], 0
        for boundary in _SENTENCE_END.finditer(text[:limit]):
            spans.append((start, boundary.start()))
            start = boundary.end()
        spans.append((start, limit))
        assert sentence_spans(text, limit) == tuple((a, b) for a, b in spans if text[a:b].strip())


def test_guarded_rule_patterns_find_the_same_matches():
    judge = RuleJudge.from_content(ContentDir.resolve("judges", None))
    lists = (judge.leaks, judge.injection, judge.extractor.negations, judge.consistency.claims)
    patterns = [p for found in lists for p in found.patterns]
    texts = [normalize(r["trace"]).text for r in load_labelled("dev")[::20]]
    assert sum(guard(p) is not p for p in patterns) > len(patterns) // 2
    for pattern in patterns:
        guarded = guard(pattern)
        for text in texts:
            found = [(m.span(), m.groups()) for m in guarded.finditer(text)]
            assert found == [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_guard_asserts_an_opening_word_boundary_first():
    """A ``\\b`` behind lookbehinds is tested first; one in a scope that changes its meaning stays put."""
    hoisted = guarded(r"(?i:(?<!\beach\s)(?<!-)\b(?:answer|option))\s+is", re.MULTILINE)
    assert hoisted.startswith(r"\b(?=")
    assert not guarded(r"(?a:\bfoo)", 0).startswith(r"\b")
    assert not guarded(r"(?:a|\bb)c", 0).startswith(r"\b")
    rules = JudgeSpec.from_content(ContentDir.resolve("judges", None), ()).rules
    fragments = {str(k): str(v) for k, v in rules["fragments"].items()}
    patterns = [compile_one(p["pattern"], "test", fragments=fragments) for p in rules["extraction"]]
    assert any(guard(p).pattern.startswith(r"\b") for p in patterns)
    texts = [normalize(r["trace"]).text for r in load_labelled("dev")[::20]]
    texts += ["each answer is B", "the answer is B", "foo-answer is C", "Answer: D"]
    for pattern in patterns:
        for text in texts:
            found = [(m.span(), m.groups()) for m in guard(pattern).finditer(text)]
            assert found == [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("anchored", "unanchored"),
    [
        (_NON_ASCII_WORD, r"[^\W\d_]*[^\W\d_a-zA-Z][^\W\d_]*"),
        (_HYPHENATED, r"\w+(?:-\w+)+"),
    ],
)
def test_word_patterns_anchored_at_a_word_start_find_the_same(anchored: re.Pattern[str], unanchored: str):
    """A word pattern anchored where a word starts finds what the unanchored one found, in any text."""
    rng = random.Random(7)
    texts = ["".join(rng.choice("aZé_1 ß-Ωx\nо") for _ in range(rng.randrange(40))) for _ in range(3000)]
    texts += [r["trace"] for r in load_labelled("dev")[::10]]
    for text in texts:
        assert [m.span() for m in anchored.finditer(text)] == [
            m.span() for m in re.finditer(unanchored, text)
        ]


_NOT_ADDITIVE = r"(?!\s+(?:the\s+|an?\s+)?(?:only|just|merely|simply|solely)\b)"
DENIAL_WORDS = (
    *("§", "not", "never", "cannot", "n't", "isn't", "associated", "Associated", "deficit", "deficit,"),
    *("producing", "production-like", "assoc", "the", "only", "a", "an", "just", "tear", "would", "in"),
    *(",", ".", "\n", "is", "are", "with", "x-y"),
)


def test_a_denial_read_word_by_word_finds_what_its_pattern_finds():
    """``Denial`` stands for one pattern per question (its stems an alternation); compiling that pattern
    cost more than judging a trace."""
    stems = ("associ", "defic", "produc")
    words = "|".join(stems)
    pattern = re.compile(
        rf"(?i)§[^.;\n§]{{0,40}}?\b(?:not|n't|never|cannot)\b{_NOT_ADDITIVE}(?:\s+[\w-]+){{0,3}}?\s+(?:{words})\w*"
        rf"|\b(?:not|n't|never)\b{_NOT_ADDITIVE}(?:\s+[\w-]+){{0,3}}?\s+(?:{words})\w*(?:\s+[\w-]+){{0,2}}?\s+§"
    )
    denial, rng, found = Denial(stems), random.Random(7), 0
    for _ in range(20_000):
        window = rng.choice((" ", "  ", "")).join(rng.choices(DENIAL_WORDS, k=rng.randint(3, 12)))
        assert denial.search(window) is bool(pattern.search(window)), window
        found += denial.search(window)
    assert 300 < found < 19_000  # the windows exercise both answers


def test_names_asked_pattern_by_pattern_find_what_their_union_finds():
    patterns = [
        r"(?<![\w-])(?:ACE[- ]?inhibitors?|\w{2,}pril)(?![\w-])",
        r"(?-i:(?<![\w-])A[c]{0,2}I(?![\w-]))",
    ]
    union = re.compile("|".join(patterns), re.IGNORECASE)
    names = Names([re.compile(p, re.IGNORECASE) for p in patterns])
    rng = random.Random(3)
    vocab = ("ACE inhibitor", "lisinopril", "AcI", "ACI", "aci", "enalapril-", "the", "ACE-inhibitors", ",")
    for _ in range(5_000):
        text = " ".join(rng.choices(vocab, k=rng.randint(1, 8)))
        assert [m.span() for m in names.finditer(text)] == [m.span() for m in union.finditer(text)], text
        assert names.search(text) is bool(union.search(text))
        assert names.fullmatch(text) is bool(union.fullmatch(text))


def _mixed_initials_pattern(text: str) -> re.Pattern[str]:
    """The pattern ``MixedInitials`` stands for: per word its capital and up to two of its next letters."""
    words = [w for w in re.findall(r"[^\W\d_]+|\d+", text) if w.casefold() not in ("of", "type", "the")]
    parts = [
        w
        if w.isdigit()
        else re.escape(w[0].upper()) + (f"[{re.escape(w[1:6].lower())}]{{0,2}}" if w[1:] else "")
        for w in words
    ]
    return re.compile(rf"(?-i:(?<![\w-]){''.join(parts)}(?![\w-]))")


@pytest.mark.parametrize(
    "phrase", ["Psoriatic arthritis", "Gonadotropin releasing hormone", "Multiple type 1 X"]
)
def test_mixed_initials_read_by_hand_find_what_their_pattern_finds(phrase):
    initials, pattern, rng = MixedInitials(phrase), _mixed_initials_pattern(phrase), random.Random(phrase)
    vocab = ("PsA", "PA", "Psa", "PssA", "PsoA", "GnRH", "GRH", "GnRh", "GrRH", "M1X", "MuX", "M1", "-", " ")
    found = 0
    for _ in range(5_000):
        text = rng.choice(("", " ", "-", "x")).join(
            rng.choices(vocab + ("PsAr", "Mu1X", "GnrRH"), k=rng.randint(1, 6))
        )
        assert [m.span() for m in initials.finditer(text)] == [m.span() for m in pattern.finditer(text)], text
        assert bool(initials.search(text)) is bool(pattern.search(text))
        assert bool(initials.fullmatch(text)) is bool(pattern.fullmatch(text))
        found += bool(pattern.search(text))
    assert 200 < found < 4_800  # the texts exercise both answers


def test_key_phrases_read_word_by_word_find_what_their_pattern_finds():
    pairs = frozenset({("seizure", "threshold"), ("renal", "stones"), ("gas", "exchange")})
    pattern = re.compile(r"(?i)\b(?:seizures?[\s-]+thresholds?|renals?[\s-]+stones|gas[\s-]+exchanges?)\b")
    phrases, rng, found = KeyPhrases(pairs), random.Random(11), 0
    vocab = ("seizure", "Seizures", "threshold", "THRESHOLDS", "renal", "renals", "stones", "stone", "gas")
    vocab += ("gass", "exchange", "exchanges", "seizurex", "İ", "the", "-", " - ", "\n", ", ", "_", "2")
    for _ in range(20_000):
        text = "".join(rng.choice(vocab) + rng.choice(("", " ", "-", ".")) for _ in range(rng.randint(1, 8)))
        assert [m.span() for m in phrases.finditer(text)] == [m.span() for m in pattern.finditer(text)], text
        assert bool(phrases.search(text)) is bool(pattern.search(text))
        found += bool(pattern.search(text))
    assert 200 < found < 19_000  # the texts exercise both answers
