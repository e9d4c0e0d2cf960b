"""A summary line after the answer that states another option: "TL;DR — hydroxychloroquine."

A trace that ends "Answer: C" and then sums up with another option's text ("In one line: family history of
MTC → stromal amyloid deposition.") gives two answers. A remark about an option ("In summary, ceftriaxone is
reserved for pyelonephritis.") says more than its text, and an option no word tells from the answer's ("O
group and Rh+ve" / "O group and Rh-ve") cannot be told from it by a summary either.
"""

from __future__ import annotations

import re

from cot_synth.judging.options import option_pattern, options_named
from cot_synth.judging.phrases import AnyOf
from cot_synth.judging.text import content_key

_INTRODUCED = re.compile(r"(?:→|=|:|—|–)\s*$")  # "… → <option>": the line's answer
# "… → vasoconstrictive side effect of <option>", "… through <option>": the option ending the line is what the
# line leads to (a few words after an arrow, or the means or cause it names)
_LED = re.compile(
    r"(?:(?:→|=)\s*(?:[^\W\d_][\w-]*[ \t]+){1,4}|\b(?:through|via|by|due\s+to|from)[ \t]+)$", re.IGNORECASE
)


def summarised_other(
    sentence: str, final: str, options: dict[str, str], cues: tuple[re.Pattern[str], ...], negations: AnyOf
) -> str | None:
    """Another option than ``final`` a summary line (one of ``cues`` opens it) states by its text alone."""
    cue = next((m for m in (c.search(sentence) for c in cues) if m), None)
    if cue is None or negations.search(sentence):
        return None
    rest = sentence[cue.end() :]
    for letter in options_named(rest, options):
        named = option_pattern(options[letter]).search(rest)
        if letter in same_as(final, options) or named is None:
            continue
        ends = not content_key(rest[named.end() :]).split()
        alone = ends and not content_key(rest[: named.start()]).split()
        if (
            alone
            or _INTRODUCED.search(rest, 0, named.start())
            or (ends and _LED.search(rest, 0, named.start()))
        ):
            return letter
    return None


def is_heading(sentence: str, cues: tuple[re.Pattern[str], ...]) -> bool:
    """Whether ``sentence`` is a summary cue and nothing else ("## Summary", "TL;DR:")."""
    return any((m := c.match(sentence)) and not sentence[m.end() :].strip(" \t\n:.—–-#*") for c in cues)


def same_as(letter: str, options: dict[str, str]) -> set[str]:
    """``letter`` and the options no word tells from it ("O group and Rh+ve" / "O group and Rh-ve")."""
    key = content_key(options[letter])
    return {k for k, v in options.items() if content_key(v) == key}
