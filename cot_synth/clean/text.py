"""Clean the text of one field: Unicode form, look-alike letters, invisible characters, whitespace.

This is the storage side of the one text policy (``records.comparison_key``). Why not plain NFKC: in
clinical text it destroys meaning ("10³" becomes "103", "36.9ºC" becomes "36.9oC"). So the text is
NFC-composed and only the damage real MedQA shows is repaired (see the data's SOURCE.md):

- homoglyphs: Cyrillic letters typed in place of Latin ones ("А 60-уеаr-old Ніѕраnіс mаn"), a Greek
  capital inside a Latin word ("Βeta-blockers"), and Latin/APL look-alikes used for Greek letters
  ("Interferon ɑ", "ɣ-GT"). Unicode's confusables table is not used: it maps Cyrillic к to Latin ĸ and
  Greek β to ß, both wrong for medical English, and it would turn every legitimate α or μ into Latin.
  A Cyrillic word is only mapped when it could be Latin (every letter has a look-alike) in a text that is
  mostly Latin, so real Cyrillic text is left alone;
- invisible characters: soft hyphens, zero-width and bidi marks, control characters, and combining marks
  with no letter to sit on (stray Arabic vowel signs before "A 22-month-old");
- compatibility forms: ligatures (ﬁ), full-width letters, Unicode hyphens, º or ˚ used as a degree sign;
- whitespace: every Unicode space becomes a plain space, runs collapse, line breaks are kept (they carry
  the lab-value tables) but trimmed; options, which are one line, have line breaks folded to spaces;
- a stray unmatched double quote at either end of a field (a CSV-export artefact in MedQA).

Each function is pure; ``clean_text`` returns the text and the kinds of fix it applied, for the report.
"""

from __future__ import annotations

import re
import unicodedata

# Cyrillic and Greek capitals that render like a Latin letter, and the letter they imitate.
_CYRILLIC = str.maketrans(
    "АВЕЅІЈКМНОРСТХУаеѕіјорсухԁһԛԝӏкмтвнӀ",
    "ABESIJKMHOPCTXYaesijopcyxdhqwlkmtbhI",
)
_GREEK_CAPITALS = str.maketrans("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX")
# Latin IPA / APL symbols that the data uses in place of Greek letters: they never occur in clinical
# English on their own account.
_GREEKISH = str.maketrans("ɑ⍺ɣƳẟ", "ααγγδ")
_COMPAT = str.maketrans({"\u2010": "-", "\u2011": "-"})

_CONFUSABLE = re.compile("[ɑ⍺ɣƳẟ\u0391-\u03a7\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+")
_LATIN_LETTER = re.compile("[A-Za-z]")
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
# (not the controls that separate: a vertical tab is Excel's line break in a cell, and a form feed, "\x85" or
# a separator "\x1c"-"\x1f" stands between words too; ``fix_whitespace`` makes each a space)
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_COMPAT_FORMS = re.compile("[\ufb00-\ufb06\uff01-\uff5e]+")
_DEGREE = re.compile(r"(?<=\d)\s?[º˚](?=\s?[CF]\b)")
_COMPAT_CHARS = re.compile("[\u2010\u2011\ufb00-\ufb06\uff01-\uff5eº˚]")


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me")


def _map_word(word: str, mostly_latin: bool) -> str:
    """Map the look-alike letters of one word, if the word is a disguised Latin word."""
    has_latin = bool(_LATIN_LETTER.search(word))
    if _CYRILLIC_LETTER.search(word):
        mapped = word.translate(_CYRILLIC)
        if not _CYRILLIC_LETTER.search(mapped) and (has_latin or mostly_latin):
            return mapped.translate(_GREEK_CAPITALS) if has_latin else mapped
        return word
    return word.translate(_GREEK_CAPITALS) if has_latin else word


def fix_homoglyphs(text: str) -> str:
    """Replace look-alike letters by the script the text is written in (see the module docstring)."""
    if not _CONFUSABLE.search(text):
        return text
    text = text.translate(_GREEKISH)
    mostly_latin = len(_LATIN_LETTER.findall(text)) > len(_CYRILLIC_LETTER.findall(text))
    return _WORD.sub(lambda m: _map_word(m.group(), mostly_latin), text)


def drop_invisible(text: str) -> str:
    """Remove format/control characters and combining marks that follow no letter."""
    text = _INVISIBLE.sub("", text)
    if text.isascii() or not any(_is_mark(c) for c in set(text) if c > "\u02ff"):
        return text  # the common case, decided on the distinct characters only
    kept: list[str] = []
    on_letter = False  # a mark may sit on a letter or on a mark that sits on a letter
    for char in text:
        if _is_mark(char):
            if not on_letter:
                continue
        else:
            on_letter = char.isalpha()
        kept.append(char)
    return "".join(kept)


def fix_compat(text: str) -> str:
    """Ligatures and full-width forms to plain letters, Unicode hyphens to '-', º/˚ to ° after a number."""
    if text.isascii() or not _COMPAT_CHARS.search(text):
        return text
    text = _COMPAT_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text.translate(_COMPAT))
    return _DEGREE.sub("°", text) if "º" in text or "˚" in text else text


def fix_whitespace(text: str, one_line: bool = False) -> str:
    """Plain spaces, collapsed; line breaks kept (at most one blank line) unless ``one_line``."""
    if one_line:
        return " ".join(text.split())  # str.split knows every Unicode space
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept = [line for i, line in enumerate(lines) if line or (i and lines[i - 1])]
    return "\n".join(kept).strip("\n")


def drop_stray_quote(text: str) -> str:
    """Drop one unmatched '"' at either end: an export artefact, never part of the question."""
    if text.count('"') % 2 == 1:
        if text.endswith('"'):
            return text[:-1].rstrip()
        if text.startswith('"'):
            return text[1:].lstrip()
    return text


_STEPS = (
    ("unicode_form", lambda t, _: unicodedata.normalize("NFC", t)),
    ("invisible", lambda t, _: drop_invisible(t)),
    ("homoglyph", lambda t, _: fix_homoglyphs(t)),
    ("compat_form", lambda t, _: fix_compat(t)),
    ("whitespace", fix_whitespace),
    ("stray_quote", lambda t, _: drop_stray_quote(t)),
)


def clean_text(text: str, one_line: bool = False) -> tuple[str, frozenset[str]]:
    """Apply every fix in order; return the clean text and the kinds of fix that changed it."""
    applied = []
    for kind, step in _STEPS:
        fixed = step(text, one_line)
        if fixed != text:
            applied.append(kind)
            text = fixed
    return text, frozenset(applied)
