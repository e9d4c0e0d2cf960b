"""A lookahead on a pattern's first character, so ``re`` gives up at once where no match can start.

Python's ``re`` tries a pattern at every position of a text, and a case-insensitive pattern that opens
with ``\\b`` and an alternation of words ("\\b(?:answer|option|choice|…)") walks the whole alternation at
every word. ``guarded`` prefixes such a pattern with ``(?=[…])``, the characters its matches can start
with, read off its parse tree: the test costs one character class, and it changes no match, because
every match of the pattern starts with one of those characters (a pattern that can match the empty
string, or start with any character, is left as it is). A ``\\b`` among the zero-width tests a pattern
opens with is asserted before them all: inside a word it fails at once, where the lookbehinds before it
("(?<!\\beach\\s)(?<!-)\\b(?:answer|…)") would all run (a third of that pattern's time).
"""

from __future__ import annotations

import re

try:  # the parser moved in Python 3.11; both expose the same tree
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

MAX_CHARS = 40  # a class wider than this rules out too few positions to pay for itself
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
# inline flags that change what ``\b`` means: a scope that sets one keeps its ``\b`` where it is
_WORD_FLAGS = re.ASCII | re.LOCALE | re.UNICODE
Chars = set[tuple[str, bool]]  # a class item ("a", "A-J") and whether it is read case-insensitively


def guard(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled with its first-character lookahead (``guarded``), or itself."""
    source = guarded(pattern.pattern, pattern.flags)
    try:
        return pattern if source == pattern.pattern else re.compile(source, pattern.flags)
    except re.error:  # a global inline flag ("(?x)") must open its expression: left as it is
        return pattern


def guarded(source: str, flags: int) -> str:
    """``source`` with a first-character lookahead when one can be read off it, else ``source``."""
    try:
        tree = _sre_parse.parse(source, flags)
    except re.error:
        return source
    boundary = r"\b" if _opens_with_boundary(list(tree)) else ""
    found = _first(list(tree), bool(tree.state.flags & re.IGNORECASE))
    if found is None or found[1] or not found[0] or len(found[0]) > MAX_CHARS:
        return f"{boundary}(?:{source})" if boundary else source
    plain = "".join(item for item, fold in sorted(found[0]) if not fold)
    folded = "".join(item for item, fold in sorted(found[0]) if fold)
    sets = ([f"[{plain}]"] if plain else []) + ([f"(?i:[{folded}])"] if folded else [])
    return f"{boundary}(?={'|'.join(sets)})(?:{source})"


def _opens_with_boundary(items: list) -> bool:
    """Whether a sequence asserts ``\\b`` among the zero-width tests before its first character (through
    groups that open it, unless they change what ``\\b`` means)."""
    for op, arg in items:
        if op is _c.AT and arg is _c.AT_BOUNDARY:
            return True
        if op is _c.SUBPATTERN:
            _group, add, remove, pattern = arg
            return not (add | remove) & _WORD_FLAGS and _opens_with_boundary(list(pattern))
        if op not in _ZERO_WIDTH:
            return False
    return False


def _first(items: list, fold: bool) -> tuple[Chars, bool] | None:
    """What a sequence's matches may start with, and whether it may match the empty string; ``None``
    when it may start with anything."""
    chars: Chars = set()
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        found = _first_of(op, arg, fold)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _first_of(op, arg, fold: bool) -> tuple[Chars, bool] | None:  # noqa: ANN001 - a parse tree node
    if op is _c.LITERAL:
        return {(_item(arg), fold)}, False
    if op is _c.IN:
        if not all(o in (_c.LITERAL, _c.RANGE) for o, _ in arg):
            return None
        return {
            (_item(a) if o is _c.LITERAL else f"{_item(a[0])}-{_item(a[1])}", fold) for o, a in arg
        }, False
    if op is _c.BRANCH:
        chars: Chars = set()
        empty = False
        for alternative in arg[1]:
            if (found := _first(list(alternative), fold)) is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return chars, empty
    if op is _c.SUBPATTERN:
        _group, add, remove, pattern = arg
        return _first(list(pattern), (fold or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        found = _first(list(arg[2]), fold)
        return None if found is None else (found[0], found[1] or arg[0] == 0)
    return None


def _item(code: int) -> str:
    """One character as it stands inside a class."""
    return re.escape(chr(code)) if chr(code) in "\\]^-[" else chr(code)
