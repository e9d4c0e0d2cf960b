"""Per-item data-quality checks: a valid MCQ can still be unfit to teach from.

Each check is a pure function of one item and returns ``(reason, detail)`` or ``None``. The checks are the
flaws audited in real MedQA (see the data's SOURCE.md): options that repeat the same text (the item is
ambiguous), stems that point at material the data does not hold (a summary "above", a figure, a table
whose rows the options name), and questions over the length limit. A trace written for an item whose
image is missing teaches the model to describe what it never saw, so such items are removed by default
(``keep_image_refs`` keeps them).
"""

from __future__ import annotations

import re

from cot_synth.records import MCQ

# Patterns run on the lower-cased question (faster than re.I). "Please refer to the summary above to
# answer this question": the summary is not in the data.
_REFERS_TO_TEXT = re.compile(
    r"\brefer(?:ring)? to the (?:summary|passage|case|vignette|scenario|text|information|stem|table)s? "
    r"(?:above|below)"
)
# A picture is pointed at: "(see image)", "the accompanying image", "Figures A and B", "the following
# radiographs". Research abstracts (PubMedQA) mention "T1-weighted images" or "digital photographs" of a
# study without pointing at one, so a bare noun is not enough (nor their "(Fig. 2)": MedQA never writes
# "Fig.").
_PICTURE = r"(?:images?|figures?|exhibits?|pictures?|photos?|photographs?|illustrations?|diagrams?)(?!-)"
# Substrings every match contains: a plain ``in`` test is far cheaper than running the pattern on every stem.
_PICTURE_STEMS = (
    "imag",
    "figur",
    "exhibit",
    "pictur",
    "photo",
    "illustrat",
    "diagram",
    "radiograph",
    "x-ray",
)
_NAMES_IMAGE = re.compile(
    rf"\((?:see )?{_PICTURE}|\b(?:in|on|see|from|by) the (?:\w+ )?{_PICTURE}|"
    rf"\b(?:accompanying|attached|provided|following) {_PICTURE}|"
    rf"\b{_PICTURE} (?:[a-e1-9]\b|(?:is |are )?(?:shown|below|above|provided|attached))|"
    r"\bfollowing (?:\w+ )?(?:radiographs|x-rays)\b"
)
# "A chest x-ray is shown." – unless what is shown follows on the next lines (a lab table).
_SHOWN_WORDS = ("shown", "depicted", "illustrated", "displayed", "pictured")
_SHOWN = re.compile(
    r"\b(?:is|are) (?:shown|depicted|illustrated|displayed|pictured)"
    r"(?= ?[.:;,)]| ?$| (?:below|above|here|in the|on the|in figure|in image))|"
    r"\bshown (?:below|above|here|in the|on the)\b"
)
_FOLLOWED_BY_BLOCK = re.compile(r"[ \t]*(?:below|above|here)?[ \t]*[.:]?[ \t]*\n\s*\S")
# Options that are bare letters name rows of a table or parts of a figure (numbers and Roman numerals
# are often real answers: a count, a cranial nerve).
_LETTER_LABEL = re.compile(r"\(?[A-Ea-e]\)?")


def duplicate_options(mcq: MCQ) -> tuple[str, str] | None:
    seen: dict[str, str] = {}
    for letter, text in mcq.options.items():
        key = " ".join(text.casefold().split())
        if key in seen:
            return "duplicate_options", f"options {seen[key]} and {letter} are both '{text}'"
        seen[key] = letter
    return None


def missing_context(mcq: MCQ) -> tuple[str, str] | None:
    """The stem refers to text that is not there, or the options name table rows the stem lacks."""
    lower = mcq.question.lower()
    match = _REFERS_TO_TEXT.search(lower) if "refer" in lower else None
    if match:
        return "missing_context", f"question says '{match.group()}', which the data does not hold"
    if all(_LETTER_LABEL.fullmatch(text) for text in mcq.options.values()):
        labels = [text.strip("()").upper() for text in mcq.options.values()]
        lines = {line.split()[0].strip("().:").upper() for line in mcq.question.splitlines() if line.split()}
        if not set(labels) <= lines:
            return (
                "missing_context",
                f"options {', '.join(labels)} are labels of a table or figure not in the data",
            )
    return None


def _image_reference(question: str) -> re.Match[str] | None:
    lower = question.lower()
    match = _NAMES_IMAGE.search(lower) if any(stem in lower for stem in _PICTURE_STEMS) else None
    if match:
        return match
    if not any(word in lower for word in _SHOWN_WORDS):
        return None
    return next((m for m in _SHOWN.finditer(lower) if not _FOLLOWED_BY_BLOCK.match(lower, m.end())), None)


def missing_image(mcq: MCQ) -> tuple[str, str] | None:
    """The stem names an image, figure or exhibit, or says something "is shown" that is not there."""
    match = _image_reference(mcq.question)
    if match is None:
        return None
    start = max(0, match.start() - 60)
    excerpt = " ".join(mcq.question[start : match.end() + 20].split())
    return "missing_image", f"question refers to an image that is not in the data: '…{excerpt}…'"


def too_long(mcq: MCQ, max_words: int, tokens: int | None, max_tokens: int | None) -> tuple[str, str] | None:
    """The question, or any one option, over ``max_words``; or the whole over ``max_tokens``."""
    for field, text in (("question", mcq.question), *((f"option {k}", v) for k, v in mcq.options.items())):
        if (words := word_count(text)) > max_words:
            return "too_long_words", f"{field} has {words} words{_counted(text)}, the limit is {max_words}"
    if tokens is not None and max_tokens is not None and tokens > max_tokens:
        return "too_long_tokens", f"question and options have {tokens} tokens, the limit is {max_tokens}"
    return None


LONGEST_WORD = 45  # characters in the longest word of English dictionaries
WORD_CHARS = 6  # characters a word and its space take in English prose


def word_count(text: str) -> int:
    """Words between spaces; a longer run than any word (a pasted blob, an encoded image, a table with its
    spaces lost) counts as the words its length would hold in prose, one per ``WORD_CHARS`` characters,
    so a megabyte without a space is not one word that every limit lets through."""
    parts = text.split()
    if len(text) <= LONGEST_WORD or not parts or max(map(len, parts)) <= LONGEST_WORD:
        return len(parts)
    return sum(-(-len(part) // WORD_CHARS) if len(part) > LONGEST_WORD else 1 for part in parts)


def _counted(text: str) -> str:
    """How a count with long runs was made, for the removal's detail."""
    longest = max(map(len, text.split()), default=0)
    if longest <= LONGEST_WORD:
        return ""
    return f" (a run of {longest:,} characters without a space counts as one word per {WORD_CHARS})"
