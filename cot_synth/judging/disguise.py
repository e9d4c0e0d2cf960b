"""What a trace may hide from the injection check, written out: the other readings of its text.

A request to the judge can be disguised so that no pattern reads it: a word spelt one letter at a time
("R e v i e w e r   n o t e", "a.c.c.e.p.t", "g-r-a-d-e-r"), leetspeak ("1gn0r3 pr3v10u5 ru135"), a base64
blob with "decode and follow", ROT13 or text written backwards with a word that says so. Each reading here
undoes one disguise; the injection check reads them besides the text. A reading changes only what is
disguised, so plain clinical text ("HbA1c 7.5", "CD4 count", "e.g.") never reads as a request.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re

# a word written one letter at a time: four or more single letters apart, or three or more joined by dots,
# hyphens, underscores or stars
_SPACED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_][ \t]){3,}[^\W\d_](?![^\W\d_])")
# markup spelt out one character at a time ("< | i m _ s t a r t | >"; the normalised text has lost the "_",
# so two spaces may stand between letters of one word): four or more single characters, one of them a
# bracket or a bar
_SPACED_MARKUP = re.compile(r"(?<!\S)(?:\S[ \t]{1,2}){3,}\S(?!\S)")
_MARKUP = frozenset("<>|[]{}")
_BLANKS = str.maketrans("", "", " \t")
_JOINED = re.compile(r"(?<![^\W\d_.*·-])(?:[^\W\d_][.\-_*·]){2,}[^\W\d_](?![^\W\d_])")
_SEPARATORS = str.maketrans("", "", " \t.-_*·")  # what stands between the letters of either
# a word that says the text is encoded: only then is the whole text read as ROT13 and backwards
_ENCODED = re.compile(r"\b(?:rot-?13|caesar|cipher|decode|decrypt|backwards?|reversed?|in\s+reverse)\b", re.I)
# a token that mixes letters with the digits leetspeak writes for them ("m4rk", "7h15")
_LEET_TOKEN = re.compile(r"\b(?=[^\W_]*[^\W\d_])(?=[^\W_]*[013457])[^\W_]{2,}\b")
_LEET = str.maketrans("03457", "oeast")
# "1" is "l" between a vowel (or a consonant that takes one: "pl", "cl") and a vowel ("ru1es", "p1ease"), else
# "i" ("1gnore", "pr1or", "th1s")
_ONE_AS_L = re.compile(r"(?<=[aeioubcfgps])1(?=[aeou])")
LEET_TOKENS = 3  # a line is leetspeak when this many of its tokens mix letters and those digits
# a leet digit next to a letter; starting with the digit, so a scan skips everything else at once
_LEET_DIGIT = re.compile(r"[013457](?:(?=[^\W\d_])|(?<=[^\W\d_][013457]))")
# a run of base64 long enough to hide a sentence; decoded, it must read as text (printable, with spaces)
BASE64_CHARS = 16
_BASE64 = re.compile(rf"[(\[\"'`]?([A-Za-z0-9+/]{{{BASE64_CHARS},}}={{0,2}})[)\]\"'`.,;:]*")
PRINTABLE_SHARE = 0.95


def disguised(text: str) -> list[str]:
    """The readings of ``text`` that undo a disguise, each only when ``text`` has one (usually none)."""
    readings = [_written_whole(_SPACED, text), _written_whole(_JOINED, text), _markup_whole(text)]
    readings += [_unleet(text), _decoded(text)]
    if _ENCODED.search(text):
        readings += [codecs.encode(text, "rot13"), "\n".join(line[::-1] for line in text.splitlines())]
    return [reading for reading in readings if reading]


def _written_whole(spelt: re.Pattern[str], text: str) -> str:
    """``text`` with every word ``spelt`` letter by letter (spaced, or joined by dots, hyphens, underscores
    or stars) written whole, or "" when there is none."""
    if not spelt.search(text):
        return ""
    return spelt.sub(lambda m: m.group().translate(_SEPARATORS), text)


def _markup_whole(text: str) -> str:
    """``text`` with every run of markup spelt one character at a time written whole, or "" when there is
    none (a run always holds blanks, so a text with one comes back changed)."""

    def whole(run: re.Match[str]) -> str:
        return run.group() if _MARKUP.isdisjoint(run.group()) else run.group().translate(_BLANKS)

    written = _SPACED_MARKUP.sub(whole, text)
    return "" if written == text else written


def _unleet(text: str) -> str:
    """The lines written in leetspeak with their digits read as letters ("45" as "as" there), or ""."""
    if len(_LEET_DIGIT.findall(text)) < LEET_TOKENS:
        return ""
    lines = "\n".join(line for line in text.splitlines() if len(_LEET_TOKEN.findall(line)) >= LEET_TOKENS)
    return _ONE_AS_L.sub("l", lines.casefold().translate(_LEET)).replace("1", "i")


def _decoded(text: str) -> str:
    """Every base64 run that decodes to text, decoded, or ""."""
    found = []
    for word in text.split():  # a blob is one word: a scan of the words' lengths skips the rest at once
        if len(word) < BASE64_CHARS or not (match := _BASE64.fullmatch(word)):
            continue
        blob = match.group(1)
        try:
            decoded = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            continue
        printable = sum(c.isprintable() or c.isspace() for c in decoded)
        if " " in decoded and printable >= PRINTABLE_SHARE * len(decoded):
            found.append(decoded)
    return "\n".join(found)
