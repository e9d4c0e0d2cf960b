"""A conclusion in words: the option the sentence before the answer line concludes with by its text.

"Prolonged acetazolamide therapy therefore best explains these findings. Answer: D" argues for one option
and writes another's letter: ``Consistency.contradiction`` asks ``InWords`` what the closing sentences
say, by an option's text, a paraphrase of it, a slot the question leaves ("The hormone is cortisol.") or
a closing line of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cot_synth.judging.extraction import HEDGE_REACH, Commitment, Extractor, marked
from cot_synth.judging.options import option_pattern, options_named
from cot_synth.judging.partial import options_mentioned
from cot_synth.judging.phrases import AnyOf
from cot_synth.judging.rejection import Letters
from cot_synth.judging.said import SaidWhat
from cot_synth.judging.sentences import (
    LIST_MARK,
    sentence_bounds,
    sentence_spans,
    statement_spans,
    with_its_question,
)
from cot_synth.judging.slot import closing, paraphrased, slotted
from cot_synth.judging.terms import Terms


class InWords:
    """What the sentences closing a trace conclude in words; the callables are ``Consistency``'s: the
    letters that refer to an option, whether the trace revises itself in a span, and whether a marked
    mention is set aside (rejected or only entertained: "… can be dismissed", "one might pick …"), which
    concludes nothing for it."""

    def __init__(
        self,
        extractor: Extractor,
        said: SaidWhat,
        terms: Terms,
        cues: AnyOf,
        letters: Letters,
        revised: Callable[[str, int, int], bool],
        set_aside: Callable[[str], bool],
    ) -> None:
        self.extractor, self.said, self.terms, self.cues = extractor, said, terms, cues
        self.letters, self.revised, self.set_aside = letters, revised, set_aside

    def otherwise(
        self, text: str, stated: Commitment, options: dict[str, str], question: str, letter: str
    ) -> str | None:
        """What the sentence before ``stated`` concludes in words, if not option ``letter``."""
        worded = self._worded_before(text, stated, options, question)
        if worded and worded != letter:
            return f"concludes {worded} in words, answers {letter}"
        span = self._last_sentence(text, stated)
        said = span and self.said.otherwise(text[span[0] : span[1]], letter, options, question)
        if said and not self.terms.shared(said, options[letter]):  # "a short-acting β2-agonist": albuterol
            return f"concludes {said!r} in words, answers {letter}"
        return None

    def _last_sentence(self, text: str, final: Commitment) -> tuple[int, int] | None:
        """The sentence right before the one that states the answer (``SaidWhat.concluding``)."""
        before = sentence_bounds(text, final.start, reach=HEDGE_REACH)[0]
        return self.said.concluding(text, [span for span in sentence_spans(text) if span[1] <= before])

    def _worded_before(
        self, text: str, final: Commitment, options: dict[str, str], question: str
    ) -> str | None:
        """The option the sentence right before the answer concludes with in words ("Prolonged
        acetazolamide therapy therefore best explains these findings. Answer: D"): a cue is needed, and a
        sentence that names a letter is a line of the option list, not a conclusion. Failing that, an
        earlier sentence of the concluding paragraph, where that paragraph never names the final option
        ("… fit thrombotic thrombocytopenic purpura. The underlying cause is TTP. The next step would be
        ADAMTS13 activity. Answer: A"): a conclusion followed by a remark is still the conclusion."""
        span = self._last_sentence(text, final)
        if span is None:
            return None
        asked = with_its_question(text, span, self.cues.search)
        if found := self._worded_in(text, *asked, final, options, question):
            return found
        paragraph = max(0, text.rfind("\n\n", 0, span[0]))
        # a summary's bullet ("- Diagnosis: molar pregnancy") weighs one point, not the case
        spans = [
            s for s in statement_spans(text, span[0]) if s[0] >= paragraph and not _LIST_ITEM.match(text, *s)
        ]
        block = text[paragraph : sentence_bounds(text, final.end, reach=HEDGE_REACH)[1]]
        if (
            not spans
            or self.letters(text, paragraph, span[1], options)
            or final.letter in options_named(block, options)
            or final.letter in options_mentioned(block, options, question, self.terms)
        ):
            return None
        for start, end in reversed(spans):
            if found := self._worded_in(text, start, end, final, options, question):
                return found
            said = self.said.otherwise(text[start:end], final.letter, options, question) or ""
            named = options_mentioned(said, options, question, self.terms)
            if len(named) == 1 and not self.terms.shared(said, options[final.letter]):
                return named[0]
        return None

    def _worded_in(
        self, text: str, start: int, end: int, final: Commitment, options: dict[str, str], question: str
    ) -> str | None:
        """The option the sentence ``text[start:end]`` concludes with in words (see ``_worded_before``)."""
        if self.letters(text, start, end, options) or self.revised(text, end, final.start):
            return None
        letter = self.extractor.worded(text, start, end, options, question, bare=False)
        if letter is None:
            if self.extractor.asks_for_exception(question):
                return None
            sentence, negations = text[start:end], self.extractor.text_negations
            return (
                paraphrased(sentence, final.letter, options, question, self.cues, negations, self.terms)
                or slotted(sentence, final.letter, options, question, negations, self.set_aside, self.terms)
                or (
                    closing(sentence, final.letter, options, question, negations, self.set_aside, self.terms)
                    if _alone(text, start, end)
                    else None
                )
            )
        if any(
            self.set_aside(marked(text, *m.span()))
            for m in option_pattern(options[letter]).finditer(text, start, end)
        ):
            return None  # "X-linked dominant disorders would affect females too": a consequence, not a pick;
            # "Urinary tract infection can be dismissed, because …": set aside, not concluded
        return letter


_LIST_ITEM = re.compile(rf"\s*{LIST_MARK}\s")


def _alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a paragraph of its own: a blank line, a heading (or nothing) before it,
    a line break after it."""
    return bool(_PARAGRAPH_START.search(text, 0, start)) and "\n" in text[end : end + _LINE_REACH]


# a blank line, or a heading's line (normalised: "## Conclusion" is a line of a few words, no stop at its end)
_PARAGRAPH_START = re.compile(
    r"(?:\A|\n[ \t]*\n|(?:\A|\n)[ \t]*[^\W\d_]+(?:[ \t]+[\w'-]+){0,3}[ \t]*\n)[ \t]*\Z"
)
_LINE_REACH = 3  # a sentence's final punctuation, then the line break
