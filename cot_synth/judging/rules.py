"""The rule judges: extraction, gold match, consistency, leak check and form, as one chain.

Every judge is a pure function of the MCQ, the trace, its finish reason and the attempt mode, so a
verdict is reproducible and cheap to recompute; the definitions (patterns, lexicons, thresholds) are
content in ``judges/rules.yaml``, ``judges/leaks.yaml`` and ``judges/injection.yaml``. Reason codes are
documented in ``judges/README.md``.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from cot_synth.content import ContentDir
from cot_synth.errors import UserError
from cot_synth.judging.attribution import Attribution
from cot_synth.judging.conclusion import cut, strip_conclusion
from cot_synth.judging.consistency import Consistency
from cot_synth.judging.disguise import disguised
from cot_synth.judging.extraction import Commitment, Extraction, Extractor, marked
from cot_synth.judging.learned import LearnedDetectors
from cot_synth.judging.phrases import AnyOf, PhraseDetector, compile_list, read_words
from cot_synth.judging.sentences import sentence_spans
from cot_synth.judging.spec import JudgeSpec, judge_fingerprint
from cot_synth.judging.spelling import respelled
from cot_synth.judging.text import (
    Normalized,
    content_key,
    content_tokens,
    normalize,
    overlap,
    phrase_key,
    shared_words,
)
from cot_synth.records import MCQ, MODES, TRUNCATED_FINISHES, Mode, Verdict

_WORD = re.compile(r"\w+")
_GLOSS = re.compile(r"\([^()]*\)$")


class RuleJudge:
    """The judge chain without a model. ``judge`` returns a ``Verdict`` with every reason that applies;
    ``fingerprint`` names everything a verdict depends on besides its trace and item (rules, phrase lists,
    the demonstrations it must not see copied, the judging code)."""

    def __init__(
        self,
        rules: dict[str, Any],
        leaks: dict[str, Any],
        injection: dict[str, Any],
        source: str = "judges/",
        examples: tuple[str, ...] = (),
        learned: str | None = None,
    ) -> None:
        self.fingerprint = judge_fingerprint(rules, leaks, injection, examples, learned)
        self.extractor = Extractor(rules, f"{source}rules.yaml")
        where = f"{source}rules.yaml"
        self.consistency = Consistency(rules, self.extractor, where)
        try:
            self.min_overlap = float(rules["gold"]["min_overlap"])
            self.explanatory = compile_list([rules["gold"]["explanatory"]], f"{where}: gold.explanatory")[0]
            form = rules["form"]
            self.min_reasoning_chars = int(form["min_reasoning_chars"])
            self.ngram = int(form["repetition"]["ngram"])
            self.min_ngrams = int(form["repetition"]["min_ngrams"])
            self.max_repetition = float(form["repetition"]["max_ratio"])
            self.max_punctuation_run = int(form["repetition"]["max_punctuation_run"])
            self.max_sentence_repeats = int(form["repetition"]["max_sentence_repeats"])
            self.boilerplate = AnyOf(compile_list(form["boilerplate"], f"{where}: form.boilerplate"))
            self.min_question_words = int(form["grounding"]["min_question_words"])
            self.short_stem_words = int(form["grounding"]["short_stem_words"])
            self.min_item_words = int(form["grounding"]["min_item_words"])
            self.copy_ngram = int(form["copied_example"]["ngram"])
            self.max_copied = float(form["copied_example"]["max_shared"])
            generic = read_words(form["grounding"]["generic_words"], f"{where}: form.grounding.generic_words")
            self.generic_words = frozenset(w.casefold() for w in generic)
        except (KeyError, TypeError, ValueError) as exc:
            raise UserError(f"{where}: invalid judge rules (missing or malformed {exc})") from exc
        where = f"{source}leaks.yaml"
        self.leaks = PhraseDetector.from_content(leaks, where)
        self.attribution = Attribution(leaks.get("attributed"), where)
        try:
            self.answer_first_chars = int(leaks["hinted_answer_first_chars"])
        except (KeyError, TypeError, ValueError) as exc:
            raise UserError(f"{where}: invalid leak rules (missing or malformed {exc})") from exc
        self.injection = PhraseDetector.from_content(injection, f"{source}injection.yaml")
        try:
            self.learned = None if learned is None else LearnedDetectors.from_content(json.loads(learned))
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            raise UserError(f"{source}learned.json: invalid learned detectors ({exc})") from exc
        self.example_grams = frozenset(g for t in examples for g in word_ngrams(t, self.copy_ngram))

    @classmethod
    def from_content(cls, judges: ContentDir, examples: tuple[str, ...] = ()) -> RuleJudge:
        """``examples``: the demonstration traces the generator was shown, which a trace must not copy."""
        return cls.from_spec(JudgeSpec.from_content(judges, examples))

    @classmethod
    def from_spec(cls, spec: JudgeSpec) -> RuleJudge:
        """The judge a spec describes (``UserError`` for rules that are malformed)."""
        return cls(spec.rules, spec.leaks, spec.injection, spec.source, spec.examples, spec.learned)

    def leak_phrase(self, text: str) -> str | None:
        """What in ``text`` shows the answer came from outside the reasoning (the leak detector alone)."""
        return self.leaks.find(normalize(text).text)

    def extract(self, text: str, options: dict[str, str]) -> Extraction:
        return self.extractor.extract(normalize(text), read_options(options))

    def judge(self, mcq: MCQ, text: str, finish_reason: str, mode: Mode = "blind") -> Verdict:
        """Run the whole chain; the verdict is accepted only when no judge objects."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        reasons: list[str] = ["truncated"] if finish_reason in TRUNCATED_FINISHES else []
        if not text.strip():
            details = {"mode": mode, "conclusion_line": None, "restatements": []}
            return Verdict(False, (*reasons, "empty"), None, details)
        norm = self.consistency.tables.marks_as_features(text, normalize(text))
        options = respelled(read_options(mcq.options), norm.text)
        question = read_text(mcq.question)
        extraction = self.extractor.extract(norm, options, question)
        answer_codes, answer_details = self._answer(mcq, options, text, norm, extraction, question)
        form_codes, form_details, bare_announcement = self._form(mcq, text, norm, extraction)
        leak = self._leak(norm.text, options, extraction, mode, bare_announcement)
        injection = self.injection.find(norm.text) or next(
            (found for reading in disguised(norm.text) if (found := self.injection.find(reading))), None
        )
        if self.learned is not None and not (reasons or answer_codes or form_codes or leak or injection):
            # the second line: only where all else accepts
            leak, injection = self.learned.find(
                norm.text, lambda u: self.injection.explains(u) or self.leaks.explains(u)
            )
        reasons += answer_codes
        reasons += ["hint_leak"] if leak else []
        reasons += ["prompt_injection"] if injection else []
        reasons += form_codes
        details = {
            "mode": mode,
            "pattern": extraction.final.pattern if extraction.final else None,
            **answer_spans(extraction),
            **answer_details,
            "leak": leak,
            "injection": injection,
            **form_details,
        }
        return Verdict(not reasons, tuple(dict.fromkeys(reasons)), extraction.letter, details)

    def _form(
        self, mcq: MCQ, text: str, norm: Normalized, extraction: Extraction
    ) -> tuple[list[str], dict[str, Any], bool]:
        """Length, grounding and repetition of the reasoning; also whether it only announces an answer."""
        reasoning = strip_conclusion(text, answer_spans(extraction))
        substance, boilerplate, announced = self._substance(norm, extraction, mcq)
        short = len(substance) < self.min_reasoning_chars
        item = " ".join((mcq.question, *mcq.options.values()))  # the stem with its options
        grounding, available = shared_words(substance, mcq.question, self.generic_words)
        if available < self.short_stem_words:  # a one-line stem: its options ground the trace too
            grounding, available = shared_words(substance, item, self.generic_words)
        ungrounded = not short and grounding < min(self.min_question_words, math.ceil(available / 3))
        if ungrounded and available >= self.short_stem_words:  # the options weighed by name ground it too
            ungrounded = shared_words(substance, item, self.generic_words)[0] < self.min_item_words
        repetition = repetition_ratio(norm.text, self.ngram, self.min_ngrams)
        punctuation = longest_punctuation_run(norm.text)
        repeats = most_repeated_sentence(norm.text)
        grams = word_ngrams(reasoning, self.copy_ngram)
        copied = len(grams & self.example_grams) / len(grams) if grams else 0.0
        codes = ["too_short"] if short else []
        codes += ["boilerplate"] if (short and boilerplate) or ungrounded else []
        codes += (
            ["repetitive"]
            if repetition > self.max_repetition
            or punctuation > self.max_punctuation_run
            or repeats > self.max_sentence_repeats
            else []
        )
        codes += ["copied_example"] if copied > self.max_copied else []
        details = {
            "reasoning_chars": len(substance),
            "question_words": grounding,
            "repetition": round(repetition, 3),
            "punctuation_run": punctuation,
            "sentence_repeats": repeats,
            "copied_example": round(copied, 3),
        }
        return codes, details, (announced or bool(extraction.restatements)) and short

    def _answer(
        self,
        mcq: MCQ,
        options: dict[str, str],
        raw: str,
        norm: Normalized,
        extraction: Extraction,
        question: str,
    ) -> tuple[list[str], dict[str, Any]]:
        """Gold match and consistency: one committed answer, the gold one, named by its own text, held to
        the end and argued for by the reasoning (``raw``, read as ``norm``)."""
        text, final = norm.text, extraction.final
        details: dict[str, Any] = {
            "named_text": final.named_text if final else "",
            "commitments": [c.letter for c in extraction.commitments],
        }
        if extraction.status in ("none", "invalid_letter"):
            return ["no_final_answer"], details
        if extraction.status == "multiple":
            return ["multiple_answers"], details
        assert final is not None and extraction.letter is not None
        codes = []
        conflicting = self.consistency.conflicting(text, extraction)
        reopened = self.consistency.reopened(text, final, options)
        if conflicting or reopened:
            codes.append("multiple_answers")
            details["conflicting"] = sorted({*conflicting, *([reopened] if reopened else [])})
        if extraction.letter != mcq.answer_idx:
            codes.append("wrong_answer")
        if self._text_mismatch(final.named_text, extraction.letter, options):
            codes.append("letter_text_mismatch")
        elif contradiction := self.consistency.contradiction(
            raw, norm, final, options, question, _first(extraction)
        ):
            codes.append("contradiction")
            details["contradiction"] = contradiction
        return codes, details

    def _text_mismatch(self, named: str, letter: str, options: dict[str, str]) -> bool:
        """The conclusion names another option's text better than its own letter's, or no option at all.
        Word overlap cannot tell options that differ in one word ("…: increased" / "…: no change"), so a
        text that is exactly another option's is a mismatch first."""
        if (
            not content_tokens(named)
            or self.explanatory.match(named)
            or self._remark_on_another(named, letter, options)
        ):
            return False  # nothing named ("D ✅"), or an explanation rather than an option text
        key = content_key(named)
        if key != content_key(options[letter]) and any(
            content_key(text) == key for other, text in options.items() if other != letter
        ):
            return True
        stated = overlap(named, options[letter])
        other = max((overlap(named, text) for key, text in options.items() if key != letter), default=0.0)
        # a gloss in brackets that names no option ("Answer: A (stops at G1)") explains, names nothing
        return (other > stated and other >= self.min_overlap) or (stated == 0.0 and not _GLOSS.match(named))

    def _remark_on_another(self, named: str, letter: str, options: dict[str, str]) -> bool:
        """Whether the text after the answer's letter sets another option aside by its letter, not by its
        text: "E, A isn't really in the running" ("C — D) Topiramate" names D's text: a mismatch)."""
        return any(
            (other := m.group("letter")) != letter
            and other in options
            and not overlap(named[m.end() :], options[other])
            and self.extractor.rejects(marked(named, m.start(), m.end()))
            for m in self.consistency.letter.finditer(named)
        )

    def _substance(self, norm: Normalized, extraction: Extraction, mcq: MCQ) -> tuple[str, bool, bool]:
        """The real reasoning, and whether boilerplate or answer statements were left out of it.

        Left out: the conclusion and its restatements, every other answer statement the extraction found,
        and sentences that are boilerplate or copy the question or list the options. What remains is what a
        reader learns from the trace.
        """
        question = phrase_key(mcq.question)
        option_keys = [phrase_key(v) for v in mcq.options.values()]
        spans = (extraction.conclusion, *extraction.restatements)
        cuts = [norm.normalized_span(*span) for span in spans if span]
        statements = [
            (c.start, c.stop(norm.text))
            for c in extraction.commitments
            if not any(start <= c.start < end for start, end in cuts)
        ]
        text, announced = cut(norm.text, cuts + statements), bool(statements)
        kept, boilerplate = [], False
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            if self.boilerplate.search(sentence):
                boilerplate = True
            elif not _echoes(phrase_key(sentence), question, option_keys):
                kept.append(sentence.strip(" \t.:;,-"))
        return " ".join(k for k in kept if k), boilerplate, announced

    def _leak(
        self, text: str, options: dict[str, str], extraction: Extraction, mode: Mode, bare_announcement: bool
    ) -> str | None:
        """The phrase that shows the answer came from outside; in hinted mode also an answer stated
        before reasoning, or with none."""
        final = options.get(extraction.letter or "")
        phrase = self.leaks.find(text) or self.attribution.find(text, final)
        if phrase or mode == "blind":
            return phrase
        if bare_announcement:
            return "answer stated without reasoning"
        limit = self.answer_first_chars
        answer = extraction.letter  # only the answer itself announced early leaks ("Option A is …" may open)
        starts = [(c.start, c.end) for c in extraction.commitments[:1]]
        claims = self.consistency.claims_before(text, limit, options)
        starts += [(c.start, c.end) for c in claims if c.letter == answer]
        starts += [
            (m.start(), m.end())
            for m in self.consistency.affirmed_letters(text, limit, options)
            if m.group("letter") == answer
        ]
        first = min(starts, default=None)
        if first and first[0] < limit and len(text) - first[1] >= self.min_reasoning_chars:
            return "answer stated before reasoning"
        return None


def _first(extraction: Extraction) -> Commitment | None:
    """The first of the commitments to the final letter that no other letter follows."""
    first = None
    for commitment in reversed(extraction.commitments):
        if commitment.letter != extraction.letter:
            break
        first = commitment
    return first


@lru_cache(maxsize=1 << 16)  # a stem and its options per item, for thousands of items
def read_text(text: str) -> str:
    """A question or option text read the way the judges read a trace (``text.normalize``), so both
    compare alike; many traces share one item, so each text is read once."""
    return normalize(text).text


def read_options(options: Mapping[str, str]) -> dict[str, str]:
    return {letter: read_text(option) for letter, option in options.items()}


def _echoes(sentence: str, question: str, options: list[str]) -> bool:
    """A sentence that only repeats the question or lists options (keys from ``phrase_key``)."""
    if sentence in question:
        return True
    rest = sentence
    for option in options:
        rest = rest.replace(option, " ")
    return rest != sentence and len([w for w in rest.split() if len(w) > 1 and w != "options"]) < 3


def word_ngrams(text: str, n: int) -> frozenset[tuple[str, ...]]:
    return frozenset(_ngrams(_WORD.findall(text.casefold()), n))


def _ngrams(words: list[str], n: int) -> Iterator[tuple[str, ...]]:
    """Every run of ``n`` consecutive words, in order (``zip`` builds them in C: two form checks read
    every word of every trace)."""
    if n < 1:  # a misconfigured size reads as it always did
        return (tuple(words[i : i + n]) for i in range(len(words) - n + 1))
    return zip(*(words[i:] for i in range(n)), strict=False)  # the shorter runs end it


_PUNCTUATION = re.compile(r"(?:[^\w\s]\s?){2,}")
_RULE_LINE = re.compile(r"^[ \t]*[-=_—–~.+|\u2500-\u259f]{3,}[ \t]*$", re.M)  # box edges: "┌───┐", "+---+"


def longest_punctuation_run(text: str) -> int:
    """The longest run of punctuation (single spaces allowed), horizontal rules and box edges aside: a
    degenerate tail of "!!!!" or ". . . ." that word n-grams cannot see."""
    return max(
        (len(m.group().replace(" ", "")) for m in _PUNCTUATION.finditer(_RULE_LINE.sub("", text))), default=0
    )


_SENTENCE_WORDS = 5  # a sentence this long said again and again is a loop, not emphasis


def most_repeated_sentence(text: str) -> int:
    """How often the most repeated sentence of at least ``_SENTENCE_WORDS`` words occurs: a short loop
    ("X regenerates ATP fastest." twelve times) that the share of repeated n-grams can miss."""
    counts = Counter(
        key
        for start, end in sentence_spans(text)
        if len(key := " ".join(_WORD.findall(text[start:end].casefold())))
        and key.count(" ") >= _SENTENCE_WORDS - 1
    )
    return max(counts.values(), default=0)


def repetition_ratio(text: str, n: int, min_ngrams: int) -> float:
    """Share of word n-grams that repeat an earlier one: near 0 for prose, near 1 for a loop."""
    grams = Counter(_ngrams(_WORD.findall(text.casefold()), n))
    total = sum(grams.values())
    return 0.0 if total < min_ngrams else 1 - len(grams) / total


def answer_spans(extraction: Extraction) -> dict[str, Any]:
    """Where a trace states its answer, as verdict details: the conclusion and its bare restatements."""
    return {
        "conclusion_line": list(extraction.conclusion) if extraction.conclusion else None,
        "restatements": [list(span) for span in extraction.restatements],
    }
