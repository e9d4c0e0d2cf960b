"""An answer stated by an option's text: which option a written text is, compared as keys (a compound
written in one word, hyphenated or in two is one: "piezo-electric vibration", "Piezoelectric vibration");
an option's text standing as a sentence's predicate ("The layer showing changes is the dermis.") or its
headline ("Perform emergency laparotomy — while …"); a trace that opens on one option's text as its answer
stated first ("Diltiazem — here is why: …")."""

from __future__ import annotations

import re

from cot_synth.judging.options import OptionPattern
from cot_synth.judging.text import american, content_key

_LINE_STARTS = re.compile(r"\n[ \t]*(?:[-*•]|\d+[.)])?")  # where a line's words start, list marks aside
_INNER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
# what stands right before an option that ends its sentence as the predicate: "… is (the) dermis."
_COPULA_END = re.compile(r"(?i)\b(?:is|are|would\s+be|must\s+be)\s+(?:the\s+|an?\s+)?$")
_WORD_CHAR = re.compile(r"[^\W_]")  # after an option that ends its sentence: only punctuation ("67%.")
# a dash or colon after a headline, and no hypothetical in what follows
_SET_OFF = re.compile(r"(?is)[ \t]*(?:—|–|:|\s-\s)(?!.*\b(?:if|unless|would|could|might)\b)")


def joined(text: str) -> str:
    """``content_key`` with its words run together ("beta-blocker", "beta blocker"; "piezo electric" too,
    read in one spelling after joining)."""
    return american(content_key(_INNER_HYPHEN.sub("", text)).replace(" ", ""))


def option_of(text: str, options: dict[str, str]) -> str | None:
    """The one option whose text ``text`` is, compared as ``joined`` keys."""
    key = joined(text)
    named = [k for k, v in options.items() if key == joined(v)]
    return named[0] if len(named) == 1 else None


def opening_option(
    opening: re.Pattern[str], text: str, options: dict[str, str]
) -> tuple[str, re.Match[str]] | None:
    """The option ``text`` opens on alone, and where (``opening`` finds a line's head in its "text" group),
    unless another line opens on another option's text the same way (a list weighing them)."""
    m = opening.match(text)
    letter = option_of(m.group("text"), options) if m else None
    heads = {option_of(h.group("text"), options) for h in map(opening.match, _LINE_STARTS.split(text)) if h}
    return (letter, m) if m and letter and heads - {None} == {letter} else None


def predicate(sentence: str, option: OptionPattern) -> bool:
    """The option ends the sentence as what its subject is ("The layer showing changes is the dermis.")."""
    match = option.search(sentence)
    return bool(
        match
        and _COPULA_END.search(sentence, 0, match.start())
        and not _WORD_CHAR.search(sentence, match.end())
    )


def headline(sentence: str, option: OptionPattern) -> bool:
    """The option opens the sentence and a dash or colon sets it off ("Perform emergency laparotomy — while
    still trying to reach the parents."): the way a final line states an answer by its text."""
    match = option.search(sentence)
    return bool(
        match and not sentence[: match.start()].strip(" \t*_#>-•") and _SET_OFF.match(sentence, match.end())
    )
