"""Lone lines: a line that says nothing but a letter and maybe its option text ("D. Nitrofurantoin").

Such a line concludes only if its text is that option's — less the option's own bracketed part ("(PID)"), or
with a gloss of its own in brackets after it ("E: trisomy 13 (Patau syndrome)") — or empty, and no other
such line names another letter: several are a list of the options, which concludes nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cot_synth.judging.text import content_key

_BRACKETS = re.compile(r"\([^()]*\)")
_GLOSS = re.compile(r"\([^()]*\)?")  # a line's own bracket: its closing one is outside the pattern's "text"


def lone(matches: list[re.Match[str]], options: dict[str, str]) -> list[re.Match[str]]:
    """The matches of lone-line patterns that conclude (see the module's docstring)."""
    if not matches:
        return []
    texts = _line_texts(tuple(options.values()))
    lines = [m for m in matches if not _keys(m).isdisjoint(texts)]
    # "A: <another option's text>" answers a "Q:" line above it (a Q/A layout): it names no letter
    lines = [m for m in lines if not m.group(0).lstrip().startswith("A:") or _own_text(m, options.get("A"))]
    return lines if len({m.group("letter").upper() for m in lines}) == 1 else []


def _keys(line: re.Match[str]) -> frozenset[str]:
    """The keys of the text a lone line gives after its letter: as written, and less its brackets."""
    text = line.groupdict().get("text") or ""
    return frozenset((content_key(text), content_key(_GLOSS.sub(" ", text))))


def _own_text(line: re.Match[str], option: str | None) -> bool:
    """Whether the text a lone line gives after its letter is ``option``'s own (or none)."""
    return not _keys(line).isdisjoint(_line_texts((option or "",)))


@lru_cache(maxsize=4096)
def _line_texts(options: tuple[str, ...]) -> frozenset[str]:
    """The keys a line's text may have to name an option: each option's, less its brackets, or none."""
    return frozenset(content_key(t) for v in options for t in (v, _BRACKETS.sub(" ", v), ""))
