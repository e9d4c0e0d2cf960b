"""Phrase detectors: a list of patterns with shared building blocks and explicit innocent readings.

The leak check (``judges/leaks.yaml``) and the injection check (``judges/injection.yaml``) are both
"does the normalised trace say one of these things", but a phrase list alone either misses paraphrases
or trips on innocent clinical English ("the given answer choices", "key findings"). So a detector is
written as patterns built from named fragments (a source of the answer × a verb that reveals it),
and a match is dropped when an ``innocent`` pattern matches at the same place.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from cot_synth.errors import UserError
from cot_synth.judging.first_char import guard
from cot_synth.judging.prefilter import Prefilters, fold, folded

INNOCENT_REACH = 60  # characters on either side of a match that an innocent reading may take in
# windows whose answers an ``AnyOf`` remembers: a looping trace asks of the same window thousands of times,
# while a normal trace's windows are all different, so a few hundred recent ones are plenty
RECENT_WINDOWS = 512


def read_fragments(data: Any, fold: bool = False) -> dict[str, str]:
    """A ``fragments`` mapping read as ``<NAME>`` → regex, each able to use the ones before it; with
    ``fold``, white space in a fragment is layout (folded over lines) and ``\\s`` is written where meant."""
    fragments: dict[str, str] = {}
    for name, fragment in (data or {}).items():
        fragments[str(name)] = expand("".join(str(fragment).split()) if fold else str(fragment), fragments)
    return fragments


def expand(pattern: str, fragments: dict[str, str]) -> str:
    """Substitute ``<NAME>`` building blocks (fragments may use the ones defined before them)."""
    for name, fragment in fragments.items():
        pattern = pattern.replace(f"<{name}>", f"(?:{fragment})")
    return pattern


@dataclass(frozen=True)
class PhraseDetector:
    """Finds the first phrase of ``patterns`` in a text that no ``innocent`` pattern explains."""

    patterns: tuple[re.Pattern[str], ...]
    innocent: tuple[re.Pattern[str], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "_prefilters", Prefilters(self.patterns))
        object.__setattr__(self, "_scans", tuple(map(guard, self.patterns)))
        object.__setattr__(self, "_innocent_scans", tuple(map(guard, self.innocent)))

    @classmethod
    def from_content(cls, data: Any, where: str) -> PhraseDetector:
        """``data``: a mapping with ``patterns``, optional ``fragments`` and ``innocent`` (case-insensitive,
        multi-line regular expressions); errors name the file and the entry."""
        try:
            fragments = read_fragments(data.get("fragments"), fold=True)
            return cls(
                compile_list(data["patterns"], f"{where}: patterns", fragments=fragments),
                compile_list(data.get("innocent") or [], f"{where}: innocent", fragments=fragments),
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise UserError(f"{where}: invalid detector (missing or malformed {exc})") from exc

    def find(self, text: str) -> str | None:
        """The first phrase found that no innocent reading explains, or ``None``."""
        for number in self._prefilters.admitted(fold(text)):
            for match in self._scans[number].finditer(text):
                if not self._explained(text, match.start(), match.end()):
                    return match.group(0).strip()
        return None

    def explains(self, sentence: str) -> bool:
        """Whether an innocent reading is the whole sentence ("Review by system:", a heading): what the
        learned line must not take for a note to the judge."""
        core = sentence.strip(" \t\n.:;,!?*#—–-")
        return any(i.fullmatch(core) for i in self.innocent)

    def _explained(self, text: str, start: int, end: int) -> bool:
        """An innocent reading overlaps the match ("the given answer choices" explains "the given answer")."""
        low, high = max(0, start - INNOCENT_REACH), min(len(text), end + INNOCENT_REACH)
        return any(
            m.start() < end and m.end() > start
            for i in self._innocent_scans
            for m in i.finditer(text, low, high)
        )


def read_words(items: Any, where: str) -> tuple[str, ...]:
    """A YAML list of words; an entry YAML read as something else names itself (unquoted ``on``, ``off``,
    ``yes`` and ``no`` are booleans to YAML 1.1, and a word list would silently hold "True" instead)."""
    if not isinstance(items, list):
        raise UserError(f"{where}: expected a list of words")
    for number, item in enumerate(items):
        if not isinstance(item, str):
            hint = "quote it: YAML reads on, off, yes, no as true, false"
            raise UserError(f"{where}[{number}]: {item!r} is not a word ({hint})")
    return tuple(items)


@lru_cache(maxsize=1 << 14)
def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern built per item (an option's other names, its key phrases), compiled once per distinct
    source: items share options, and ``re``'s own cache (512 entries) is flushed by a few hundred items'
    patterns, while compiling one costs as much as judging a sentence."""
    return re.compile(source, flags)


def compile_list(
    patterns: Any, where: str, ignore_case: bool = True, fragments: dict[str, str] | None = None
) -> tuple[re.Pattern[str], ...]:
    """A YAML list of regexes (case-insensitive unless they scope it themselves); errors name the list."""
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise UserError(f"{where}: expected a list of regular expressions")
    return tuple(compile_one(p, where, ignore_case, fragments) for p in patterns)


def compile_one(
    pattern: str, where: str, ignore_case: bool = False, fragments: dict[str, str] | None = None
) -> re.Pattern[str]:
    """One multi-line regex with its ``<NAME>`` fragments filled in; an error names where it came from."""
    source = expand(pattern, fragments or {})
    try:
        return re.compile(f"(?i:{source})" if ignore_case else source, re.MULTILINE)
    except re.error as exc:
        raise UserError(f"{where}: invalid regular expression {pattern[:60]!r} ({exc})") from exc


class AnyOf:
    """A list of patterns asked one thing, whether any of them matches. Each pattern runs alone, only on a
    text (or window) that holds its required literals (``Prefilter``), ``first_char.guard``-ed: the judge
    asks it of nearly every sentence, of lists of two dozen patterns, and a sentence holds the literals of
    two or three at most (one alternation of all of them, tried at every position, cost ten times as
    much). Answers for whole texts are remembered for the ``RECENT_WINDOWS`` latest ones (a degenerate
    trace, "The answer is B, " a thousand times, asks the same window once per repeat)."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        self._scans = tuple(map(guard, self.patterns))
        self._prefilters = Prefilters(self.patterns)
        self._recent: dict[str, bool] = {}

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        if pos or endpos < len(text):
            return self._search(text, pos, endpos)
        if (found := self._recent.get(text)) is None:
            if len(self._recent) >= RECENT_WINDOWS:
                self._recent.clear()
            found = self._recent[text] = self._search(text, 0, len(text))
        return found

    def _search(self, text: str, pos: int, endpos: int) -> bool:
        window = folded(text[pos:endpos])
        return any(self._scans[n].search(text, pos, endpos) for n in self._prefilters.admitted(window))
