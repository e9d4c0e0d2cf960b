"""The option text a committed letter names: "D: Nitrofurantoin", "I'd pick reaction formation, B".

Kept apart from the extraction cascade (``extraction``) because it reads one thing, the words written
next to a letter, and the gold match and the restatement check both use what it finds.
"""

from __future__ import annotations

import re

from cot_synth.judging.options import options_named
from cot_synth.judging.partial import part_of
from cot_synth.judging.text import content_tokens, phrase_key

HOLE = "§"  # stands for the committed letter when hedges look at its sentence (``extraction.marked``)
# After the letter: a separator, maybe "i.e." or "namely", then the option text up to the sentence's end.
_SEPARATOR = re.compile(r"[ \t]*([:.)\]\-–—,]?)[ \t]*(?:(?i:i\.e\.|namely|that\s+is)[,:]?[ \t]*)?")
NAMED_REACH = 400  # an option text is at most a sentence long
# an option said in short: at least two words of three letters or more ("C-peptide", "(C,A,D,B)" say none)
_SHORT_FORM_WORDS, _WORD_LETTERS = 2, 3
# a finite verb: what makes the words after "D." a sentence of their own ("Resection should not wait.")
_FINITE = re.compile(
    r"(?i)\b(?:is|are|was|were|will|would|should|must|can|could|may|might|has|have|had|does|do|did)\b"
)
_RUNS_ON = re.compile(r"[ \t]+[a-z]")  # words go on after the option's text, in its sentence
_FIRST_SENTENCE = re.compile(r"(?<=[a-z0-9%)\]])[.!?](?:\s|$)|;")


def ends_with_option(match: re.Match[str], options: dict[str, str] | None) -> bool:
    """A "text" group that ends with its letter's option text ("I'd pick reaction formation, B") or says it
    in short, in the option's own words and no others ("I'd pick release of TNF, D" for "Release of tumor
    necrosis factor (TNF)")."""
    option = (options or {}).get(match.group("letter").upper(), "")
    if not phrase_key(option).strip():
        return False
    text = match.group("text")
    if phrase_key(text).endswith(phrase_key(option)):
        return True
    words = [w for w in content_tokens(text) if len(w) >= _WORD_LETTERS]
    return len(words) >= _SHORT_FORM_WORDS and part_of(text, option)


def named_text(text: str, end: int, options: dict[str, str] | None = None) -> str:
    """The option text written right after a committed letter ("D: Nitrofurantoin"), or "".

    An option's whole text is taken as it is, whatever punctuation it holds ("Principal cells;
    spironolactone"); otherwise the text runs to the end of the sentence."""
    line_end = text.find("\n", end, end + NAMED_REACH)
    rest = text[end : end + NAMED_REACH if line_end < 0 else line_end]
    separator = _SEPARATOR.match(rest)
    body = rest[separator.end() :]
    whole = [v for v in (options or {}).values() if phrase_key(body).startswith(phrase_key(v)) and v.strip()]
    if whole:
        longest = max(whole, key=lambda v: len(phrase_key(v)))
        said = prefix_length(body, longest)
        if separator.group(1) == "." and _RUNS_ON.match(body, said):
            return ""  # "The answer is B. Fluconazole then takes over …": the option opens a new sentence
        return body[:said].strip()
    body = _FIRST_SENTENCE.split(body, maxsplit=1)[0].strip()
    if separator.group(1) == "." and (len(body.split()) > 6 or _FINITE.search(body)):
        return ""  # "The answer is D. Ceftriaxone would be used if …" starts a new sentence
    return body


def prefix_length(text: str, words: str) -> int:
    """How many characters of ``text`` it takes to say ``words`` (compared as ``phrase_key`` does)."""
    want = phrase_key(words)
    for end in range(len(words), len(text) + 1):
        if phrase_key(text[:end]).startswith(want):
            return end
    return len(text)


# a dash after an option's letter, then a remark: said of another option when it names one ("— E could not …")
_DASH_REMARK = re.compile(r"[*_)\]]*[ \t]*[—–][ \t]*")


def cut_remark_on_another(window: str, letter: str, options: dict[str, str]) -> str:
    """``window`` (``letter`` marked ``HOLE``) up to a remark after a dash right after the mark that names
    another option: "Answer: D — a single panic attack could not explain …" says nothing of D."""
    remark = _DASH_REMARK.match(window, window.find(HOLE) + 1)
    if remark and set(options_named(window[remark.end() :], options)) - {letter}:
        return window[: remark.start()]
    return window
