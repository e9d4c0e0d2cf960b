"""Options as the trace spells them.

Source data misspells option words ("Hydroxycholoquine", "Ferropoin", "Cerruloplasmin", "Multiple
myelonia": MedMCQA holds many), and a trace that writes the drug right names no option for the judges: its
"TL;DR — hydroxychloroquine" after "Answer: C" is no switch, its "hepcidin does not work through ferroportin"
no denial. So a long option word the trace never writes takes the spelling of the one trace word that is a
typo away from it: one edit (a transposition counts one), two for words of twelve letters or more, inside the
word (its first four letters and last four the same). The bounds keep apart drugs that differ by a syllable
("prednisone" is not "prednisolone", two edits in ten letters), words whose fourth letter differs
("hypokalemia", "hyperkalemia"), salts ("nitrates" is not "nitrites") and a word's other forms
("hypothalamic" is not "hypothalamus": an option's adjective is the judges' to read, ``words._same``); a word
another option holds, or that two trace words could be, is left alone. Two option words the trace writes
as one ("Phosphatidyl glycerol": "phosphatidylglycerol") are written joined first.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

MIN_LETTERS = 8  # shorter words: too many real words a typo apart
LONG_LETTERS = 12  # from here, two edits
SAME_OPENING = 4
SAME_ENDING = 4
_LONG_WORD = re.compile(rf"[^\W\d_]{{{MIN_LETTERS - 1},}}")


def respelled(options: dict[str, str], text: str) -> dict[str, str]:
    """``options`` with each long word the trace ``text`` misses written as the trace writes it."""
    lower = text.lower()
    options = {letter: _joined(option, lower) for letter, option in options.items()}
    missing = {
        word.lower()
        for option in options.values()
        for word in _LONG_WORD.findall(option)
        if len(word) >= MIN_LETTERS and word.lower() not in lower
    }
    if not missing:
        return options
    held = {word.lower() for option in options.values() for word in _LONG_WORD.findall(option)}
    written = set(_LONG_WORD.findall(lower)) - held
    spelling = {}
    for word in missing:
        near = [
            candidate
            for candidate in written
            if candidate[:SAME_OPENING] == word[:SAME_OPENING]
            and candidate[-SAME_ENDING:] == word[-SAME_ENDING:]
            and OSA.distance(word, candidate, score_cutoff=_edits(word)) <= _edits(word)
        ]
        if len(near) == 1:
            spelling[word] = near[0]
    if not spelling:
        return options
    return {letter: _respell(option, spelling) for letter, option in options.items()}


def _edits(word: str) -> int:
    return 2 if len(word) >= LONG_LETTERS else 1


def _respell(option: str, spelling: dict[str, str]) -> str:
    def fix(match: re.Match[str]) -> str:
        word = match.group()
        new = spelling.get(word.lower())
        if new is None:
            return word
        return new.capitalize() if word[0].isupper() else new

    return _LONG_WORD.sub(fix, option)


# two words of an option, each of three letters or more, apart by a space or a hyphen (overlapping pairs)
_PAIR = re.compile(r"(?<![^\W\d_])(?=([^\W\d_]{3,})([ -])([^\W\d_]{3,})(?![^\W\d_]))")


def _joined(option: str, lower: str) -> str:
    """``option`` with each pair of its words that the trace (``lower``) writes only as one word joined."""
    for first, gap, second in _PAIR.findall(option):
        one, apart = (first + second).lower(), rf"{first.lower()}[\s-]+{second.lower()}"
        if (
            len(one) >= MIN_LETTERS
            and one in lower  # a substring test first: most pairs are never written joined
            and re.search(rf"(?<![^\W\d_]){one}(?![^\W\d_])", lower)
            and not re.search(rf"(?<![^\W\d_]){apart}(?![^\W\d_])", lower)
        ):
            option = option.replace(f"{first}{gap}{second}", first + second.lower(), 1)
    return option
