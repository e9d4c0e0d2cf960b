"""Where a trace writes an option's letter on its own: "not B", "honestly A is as likely", "Option A says …".

A capital letter alone is also an article or part of a term ("A 32-year-old", "B cells"): it counts as a
letter only when no number and no lower-case word follows it, unless that word is one that follows a letter
("B is wrong", "A because …": the rules' ``letters.follow_words``), or "option" or "choice" names it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# the letter just read is named by "option" or "choice" ("option A", "Choice (B)"): one lookbehind for each
# way the letter may be bracketed, each of fixed width
_NAMED = "|".join(
    rf"(?<=\b(?i:option|choice)[ \t]{before}[A-J]{after})"
    for before, after in (("", ""), (r"[(\[]", ""), ("", r"[)\]]"), (r"[(\[]", r"[)\]]"))
)


def letter_reference(follow_words: Iterable[str]) -> re.Pattern[str]:
    """The pattern of a letter on its own (group ``letter``), given the words that may follow one."""
    follow = "|".join(re.escape(w) for w in follow_words)
    return re.compile(
        r"(?<![\w'’°-])[(\[]?(?P<letter>[A-J])[)\]]?(?![\w'’+-])"
        rf"(?:{_NAMED}|(?![ \t]+(?:[0-9]|(?!(?:{follow})\b)[a-z])))"
    )
