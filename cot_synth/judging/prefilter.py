"""Literal prefilters: rule out a regular expression with a few substring tests before running it.

Python's ``re`` tries a case-insensitive alternation at every position of a text, so the judge's
phrase and extraction patterns cost most of its time although most of them cannot match a given trace:
"answer\\s+(?:key|sheet)" needs "answer" and one of "key", "sheet" somewhere in it. ``Prefilter`` reads
those required literals off a pattern's parse tree (a conjunction of any-of sets), and a pattern runs
only on a text that holds them. The test is sound, never approximate: it only leaves out a literal it
cannot prove required, so a text it rules out is one the pattern cannot match and verdicts are the same.
What a lookbehind needs is left out, so a match found between ``pos`` and ``endpos`` has its literals in
that window of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

try:  # the parser moved in Python 3.11; both expose the same tree
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

try:  # re's extra case-insensitive equivalences ("ſ" ~ "s", "ς" ~ "σ"), from its own table
    from re._casefix import _EXTRA_CASES as _EXTRA  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    from sre_compile import _ignorecase_fixes as _EXTRA  # type: ignore[attr-defined,no-redef]

MIN_LITERAL = 3  # shorter words are in almost every text: they would cost a test and rule nothing out
# words in most traces: a clause of them is tested last, and an alternative names another word if it can
COMMON = frozenset(
    ("the", "and", "with", "that", "this", "for", "are", "was", "from", "have", "has", "not", "which")
)
# A case-insensitive ``re`` matches a character to any whose simple lower case is its own, and to the
# extra equivalents above; ``fold`` maps each such class to one character, so ``in`` agrees with ``re``.
# ("İ" is the one character whose ``str.lower`` is two characters; its simple lower case is "i".)
_CANONICAL = {char: min(char, *map(chr, extra)) for char, extra in ((chr(c), e) for c, e in _EXTRA.items())}
_ONE_PER_CLASS = str.maketrans({c: m for c, m in _CANONICAL.items() if c != m})
# ``translate`` looks up every character, and few texts hold one it maps: it runs only on those
_NOT_CANONICAL = re.compile("[" + "".join(re.escape(chr(c)) for c in _ONE_PER_CLASS) + "]")

Clause = frozenset[str]  # one of these literals is in every text the pattern matches


def folded(text: str) -> str:
    """The text literals are looked for in (and literals themselves): case-folded the way a
    case-insensitive ``re`` compares characters, one character for one (offsets stay)."""
    lowered = text.replace("İ", "i").lower()
    return lowered.translate(_ONE_PER_CLASS) if _NOT_CANONICAL.search(lowered) else lowered


@lru_cache(maxsize=4)
def fold(text: str) -> str:
    """``folded``, cached: the leak, injection and extraction patterns all read the same trace."""
    return folded(text)


def _selectivity(clause: Clause) -> tuple[int, int]:
    return min(0 if literal in COMMON else len(literal) for literal in clause), -len(clause)


def _clauses(tree: list) -> list[Clause]:
    """Required any-of literal sets of a parsed sequence (a conjunction; empty: nothing is required)."""
    clauses: list[Clause] = []
    run: list[str] = []

    def flush() -> None:
        literal = fold("".join(run))
        # a short English word is in most texts; a short run of other script or of punctuation is not
        if len(literal) >= MIN_LITERAL or (
            literal and not (literal.isascii() and literal.replace(" ", "x").isalnum())
        ):
            clauses.append(frozenset([literal]))
        run.clear()

    for op, arg in tree:
        if op is _c.LITERAL:
            run.append(chr(arg))
            continue
        flush()
        if op is _c.SUBPATTERN:
            clauses += _clauses(arg[-1])
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            clauses += _clauses(arg)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and arg[0] >= 1:
            clauses += _clauses(arg[2])
        elif op is _c.BRANCH:
            best = [max(alt, key=_selectivity, default=None) for alt in map(_clauses, arg[1])]
            if all(best):
                clauses.append(frozenset().union(*best))
        elif op is _c.IN and all(o is _c.LITERAL for o, _ in arg):  # "(?:→|—|–)" is parsed as a class
            chars = frozenset(fold(chr(a)) for _, a in arg)
            if not any(c.isascii() and c.replace(" ", "x").isalnum() for c in chars):
                clauses.append(chars)
        elif op is _c.ASSERT and arg[0] == 1:  # what a lookahead needs is in the text (before ``endpos``)
            clauses += _clauses(arg[1])
    flush()
    return clauses


@dataclass(frozen=True)
class Prefilter:
    """The literals a pattern's every match contains: ``clauses`` must each have one in the text."""

    clauses: tuple[Clause, ...]

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Prefilter:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
        return cls(tuple(sorted(dict.fromkeys(_clauses(list(tree))), key=_selectivity, reverse=True)))

    def admits(self, folded: str, seen: dict[str, bool]) -> bool:
        """Whether the pattern may match the text whose ``fold`` is ``folded``; ``seen`` memoises literal
        tests across the patterns run on one text."""
        for clause in self.clauses:
            for literal in clause:
                if (found := seen.get(literal)) is None:
                    found = seen[literal] = literal in folded
                if found:
                    break
            else:
                return False
        return True


class Prefilters:
    """The prefilters of a list of patterns, asked of one text together. The literals of every pattern's
    most selective clause are found in one pass over the text (an Aho-Corasick automaton: a few hundred
    substring tests of a whole trace cost twice as much); only the patterns one of those literals picks out
    have their other clauses tested (instead of a call per pattern, most of which return at their first
    clause)."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        prefilters = [Prefilter.of(pattern) for pattern in patterns]
        index: dict[str, list[int]] = {}
        for number, prefilter in enumerate(prefilters):
            for literal in prefilter.clauses[0] if prefilter.clauses else ():
                index.setdefault(literal, []).append(number)
        self._automaton = ahocorasick.Automaton()
        for literal, numbers in index.items():
            self._automaton.add_word(literal, tuple(numbers))
        if index:
            self._automaton.make_automaton()
        self._unfiltered = frozenset(n for n, p in enumerate(prefilters) if not p.clauses)
        self._rest = tuple(Prefilter(p.clauses[1:]) for p in prefilters)  # what the index does not test

    def admitted(self, folded: str) -> list[int]:
        """The numbers, in order, of the patterns that may match the text whose ``fold`` is ``folded``."""
        picked = set(self._unfiltered)
        if len(self._automaton):
            for numbers in {numbers for _, numbers in self._automaton.iter(folded)}:
                picked.update(numbers)
        seen: dict[str, bool] = {}
        return [n for n in sorted(picked) if self._rest[n].admits(folded, seen)]
