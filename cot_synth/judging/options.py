"""Where an option's text is written: its content words in order, whatever filler words, spacing and
punctuation stand between them, each word with its inflected or misspelt ending ("desmosome" for
"Desmosomes", "H. influenzae" for "H. influenza", "45,XO" for "45XO").

The definition is a regular expression (``OptionPattern._source``), but nearly every item's options are
new, and compiling one such expression (a filler alternation between every two words) cost more than the
rest of the option matching together. So an option whose words are plain letters is matched by hand, the
way ``re`` runs that expression: a word matches one whole run of letters and digits, a gap between words
one run of other characters, then any filler words each followed by such a run (as many as can be, fewer
when the next word needs it). Other options (numbers, arrows) compile the expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from cot_synth.judging.prefilter import folded
from cot_synth.judging.text import _STOP, _singular, american, content_tokens

_FILLER = _STOP | {"a"}
_RUN = re.compile(r"[^\W_]*")  # letters and digits: one word of the expression
_GAP = re.compile(r"[\W_]*")
_LETTERS = re.compile(r"[^\W\d_]*")
_BINOMIAL = re.compile(r"[ \t]*[A-Z][a-z]{3,}[ \t]+[a-z]{4,}\b")


class Found(NamedTuple):
    """Where an option is written; ``start()``, ``end()`` and ``span()`` as a ``re.Match`` has them."""

    first: int
    last: int

    def start(self) -> int:
        return self.first

    def end(self) -> int:
        return self.last

    def span(self) -> tuple[int, int]:
        return self.first, self.last


class _Word(NamedTuple):
    """One plain option word as ``_word_pattern`` writes it: ``stem`` (in ``american`` spelling, so each "e"
    also "ae" or "oe": "does" is "des"), then up to ``tail`` letters, or (``tail`` -1) an optional "s";
    ``swapped``: those letters open with "er" or "re" (``_re_end``)."""

    stem: str
    tail: int
    swapped: bool = False


def options_named(text: str, options: dict[str, str]) -> list[str]:
    """Letters whose full option text (its content words, in order: ``option_pattern``) appears in
    ``text``; an option found only inside a longer named one is dropped ("Hepatitis A" in "Hepatitis A
    and B")."""
    found = {
        k: [m.span() for m in option_pattern(v).finditer(text)]
        for k, v in options.items()
        if content_tokens(v)
    }
    spans = [(k, span) for k, hits in found.items() for span in hits]
    return [
        k
        for k, hits in found.items()
        if any(
            not any(o != k and a <= s and e <= b and (a, b) != (s, e) for o, (a, b) in spans) for s, e in hits
        )
    ]


@lru_cache(maxsize=8)
def _spelt(window: str) -> str:
    """A window as option stems are looked for in it: every option of an item is looked for in one window."""
    return american(window.casefold())


class OptionPattern:
    """An option's text as it may be written (see the module docstring). Most sentences name no option,
    so a text is read only when it holds every word's fixed stem. ``finditer``, ``search`` and ``sub`` are
    the expression's."""

    def __init__(self, option: str) -> None:
        filler = "|".join(sorted(_FILLER, key=len, reverse=True))
        gap = rf"[\W_]+(?:(?:{filler})[\W_]+)*"
        tokens = content_tokens(option)
        words = [_word_pattern(w) for w in tokens]
        binomial = bool(_BINOMIAL.match(option))
        # "S. pneumoniae" for "Streptococcus pneumoniae"
        self._initial = option.lstrip()[0].lower() if binomial else ""
        if binomial:
            words[0] = f"(?:{words[0]}|{re.escape(self._initial)}\\.)"
        self._source = r"(?<![^\W_])" + gap.join(words) + r"(?![^\W_])"
        self._stems = tuple(stem for w in tokens[binomial:] for stem in _stems(w))
        plain = bool(tokens) and all(w.isascii() and w.isalpha() for w in tokens)
        self._words = tuple(map(_word, tokens)) if plain else ()
        self._compiled: re.Pattern[str] | None = None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Found]:
        pos, endpos = (
            max(0, pos),
            len(text) if endpos is None else min(len(text), endpos),
        )  # as ``re`` reads them
        window = text[pos:endpos]
        if self._stems and not all(stem in _spelt(window) for stem in self._stems):
            return iter(())
        if self._words:
            return self._spans(text, folded(window), pos, endpos)
        if self._compiled is None:
            self._compiled = re.compile(self._source, re.IGNORECASE)
        return (Found(*m.span()) for m in self._compiled.finditer(text, pos, endpos))

    def search(self, text: str) -> Found | None:
        return next(self.finditer(text), None)

    def sub(self, replacement: str, text: str, count: int = 0) -> str:
        kept, cursor = [], 0
        for number, found in enumerate(self.finditer(text)):
            if count and number == count:
                break
            kept += [text[cursor : found.first], replacement]
            cursor = found.last
        return "".join(kept) + text[cursor:]

    def _spans(self, text: str, fold: str, pos: int, endpos: int) -> Iterator[Found]:
        """The matches in ``text[pos:endpos]`` (``fold``: that window, ``prefilter.folded``)."""
        cursor = pos
        for start in self._candidates(fold, pos):
            if start < cursor or (start and text[start - 1].isalnum()):
                continue  # the expression opens with (?<![^\W_]): a word's first character
            end = self._from(text, fold, pos, endpos, start)
            if end is not None:
                yield Found(start, end)
                cursor = end

    def _candidates(self, fold: str, pos: int) -> list[int]:
        """Where the first word may start: wherever its stem's fixed opening (or the initial) is."""
        first, found = self._words[0], set()
        opening = first.stem.split("e")[0]
        for at in _occurrences(fold, opening or "e"):
            found.add(at)
            if not opening and at and fold[at - 1] in "ao":  # the stem opens with "e", written "ae"/"oe"
                found.add(at - 1)
        if self._initial:
            found.update(_occurrences(fold, self._initial + "."))
        return sorted(at + pos for at in found)

    def _from(self, text: str, fold: str, pos: int, endpos: int, start: int) -> int | None:
        """Where the match that starts at ``start`` ends, trying the first word, then the initial."""
        end = _word_end(text, fold, pos, endpos, start, self._words[0])
        if end is not None and (found := self._rest(text, fold, pos, endpos, 1, end)) is not None:
            return found
        initial = self._initial and fold[start - pos] == self._initial and text[start + 1 : start + 2] == "."
        return self._rest(text, fold, pos, endpos, 1, start + 2) if initial and start + 2 <= endpos else None

    def _rest(self, text: str, fold: str, pos: int, endpos: int, index: int, end: int) -> int | None:
        """Where the match ends when its words before ``index`` end at ``end``: the gap and the next word,
        the gap taking in as many filler words as it can that still let the rest match."""
        if index == len(self._words):  # (?![^\W_])
            return end if end == endpos or not text[end].isalnum() else None
        if end == endpos or text[end].isalnum():
            return None
        starts = [_GAP.match(text, end, endpos).end()]
        while starts[-1] < endpos:
            run = _RUN.match(text, starts[-1], endpos).end()
            if run == endpos or fold[starts[-1] - pos : run - pos] not in _FILLER:
                break
            starts.append(_GAP.match(text, run, endpos).end())
        for start in reversed(starts):
            after = _word_end(text, fold, pos, endpos, start, self._words[index])
            if (
                after is not None
                and (found := self._rest(text, fold, pos, endpos, index + 1, after)) is not None
            ):
                return found
        return None


def _word_end(text: str, fold: str, pos: int, endpos: int, start: int, word: _Word) -> int | None:
    """Where ``word`` ends if it matches the run of letters and digits at ``start``, or ``None``."""
    at = start
    for char in word.stem:
        if char == "e" and at < endpos and fold[at - pos] in "ao":  # [ao]?e
            if at + 1 < endpos and fold[at + 1 - pos] == "e":
                at += 2
                continue
            return None
        if at >= endpos or fold[at - pos] != char:
            return None
        at += 1
    end = _RUN.match(text, at, endpos).end()
    if word.swapped and fold[at - pos : at + 2 - pos] not in ("er", "re"):
        return None
    if word.tail < 0:  # s?
        return end if end == at or (end == at + 1 and fold[at - pos] == "s") else None
    return end if end - at <= word.tail and _LETTERS.match(text, at, end).end() == end else None


def _occurrences(text: str, part: str) -> Iterator[int]:
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


@lru_cache(maxsize=1 << 14)
def option_pattern(option: str) -> OptionPattern:
    """An option's ``OptionPattern``; many traces share one item, so each is built once."""
    return OptionPattern(option)


def _stems(word: str) -> list[str]:
    """The fixed parts of ``_word_pattern(word)``: text that matches it holds each (case-folded)."""
    if not word.isalpha():
        return re.split(r"(?<=\d)(?=[a-z])", word)
    return [_word(word).stem]


def _word(word: str) -> _Word:
    """A word's stem and what may follow it: the one rule ``_word_pattern``, ``_stems`` and the hand
    matcher read."""
    word = _singular(word)
    if _re_end(word):
        return _Word(word[:-2], 4, True)
    if len(word) >= 7:
        return _Word(word[:-2], 4)
    if len(word) >= 5:
        return _Word(word[:-1], 3)
    return _Word(word, -1)


def _word_pattern(word: str) -> str:
    """One option word as a pattern: the stem ``_same`` would accept, or the word (numbers exact)."""
    if not word.isalpha():
        return re.sub(r"(?<=\d)(?=[a-z])", ",?", re.escape(word))
    stem, tail, swapped = _word(word)
    if tail < 0:
        return _british(stem) + "s?"
    if swapped:
        return _british(stem) + rf"(?:er|re)[^\W\d_]{{0,{tail - 2}}}"
    return _british(stem) + rf"[^\W\d_]{{0,{tail}}}"


def _british(stem: str) -> str:
    """A stem (in ``american`` spelling) as a pattern that also matches it with "ae" or "oe" for "e"."""
    return "".join("[ao]?e" if c == "e" else re.escape(c) for c in stem)


def _re_end(word: str) -> bool:
    """A word of five or six letters that ends in "er" or "re", either way round in British and American
    spelling ("fiber"/"fibre", "liter"/"litre", "center"/"centre"): its stem stops before them. A longer one's
    stem stops there already."""
    return 5 <= len(word) < 7 and word[-2:] in ("er", "re")
