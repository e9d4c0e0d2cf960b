"""Where a trace rejected the option it finally answers, with no revision since.

"The answer is not B … Answer: B" contradicts itself whichever way the rejection is worded: by the letter,
by the option's whole text, by the words that pick it out (``partial``), or in a later clause that points
back to it ("Amlodipine is a vascular-selective calcium channel blocker, so it is not the agent
responsible"; ``anaphora``). The wordings of a rejection are content (``contradiction.rejections`` in
``judges/rules.yaml``); this module decides where they are read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from cot_synth.judging.anaphora import headed, pointers
from cot_synth.judging.as_answer import as_answer
from cot_synth.judging.extraction import HEDGE_REACH, HOLE, Commitment, Extractor, asked, marked
from cot_synth.judging.options import option_pattern, options_named
from cot_synth.judging.partial import clauses, may_be_named, named_in_part, partial_mention
from cot_synth.judging.phrases import AnyOf, compile_list, read_fragments
from cot_synth.judging.sentences import sentence_bounds, sentence_spans
from cot_synth.judging.terms import Terms
from cot_synth.judging.text import content_tokens

Letters = Callable[[str, int, int, dict[str, str]], list[re.Match[str]]]


class Rejection:
    """Reads the trace before its answer for a rejection of the final option."""

    def __init__(
        self,
        rules: dict[str, Any],
        extractor: Extractor,
        letters: Letters,
        revised: Callable[[str, int, int], bool],
        terms: Terms,
        where: str,
    ) -> None:
        self.extractor, self.letters, self.revised, self.terms = extractor, letters, revised, terms
        self.conditionals = AnyOf(compile_list(rules["conditionals"], f"{where}: contradiction.conditionals"))
        fragments = read_fragments(rules.get("fragments"))
        self.rejections = AnyOf(
            compile_list(rules["rejections"], f"{where}: contradiction.rejections", fragments=fragments)
        )
        self.concessions = AnyOf(compile_list(rules["concessions"], f"{where}: contradiction.concessions"))
        self.dismissals = compile_list(rules["dismissals"], f"{where}: contradiction.dismissals")
        self.verdicts = compile_list(rules["verdicts"], f"{where}: contradiction.verdicts")

    def of(self, text: str, final: Commitment, options: dict[str, str], question: str) -> str | None:
        """Where the trace rejected its final letter, or that option's text, with no revision since."""
        own_letter = [
            m for m in self.letters(text, 0, final.start, options) if m.group("letter") == final.letter
        ]
        for mention in own_letter:
            past = sentence_bounds(text, mention.end(), reach=HEDGE_REACH)[1]  # see ``declined``
            window = marked(text, *mention.span())
            if (
                (self.letter_rejected(text, mention) or self.rejections.search(window))
                and not self.concessions.search(window)
                and not self.revised(text, past, final.start)
            ):
                return f"rejects {final.letter} before concluding it"
            if self._pointed(text, *mention.span(), final, options, question):
                return f"rejects {final.letter} before concluding it"
        own, denial = option_pattern(options[final.letter]), asked_denial(question, options)
        longer = [option_pattern(v) for k, v in options.items() if k != final.letter]
        for mention in own.finditer(text, 0, final.start):
            inside = any(
                m.start() <= mention.start() and mention.end() <= m.end()
                for other in longer
                for m in other.finditer(text, max(0, mention.start() - 200), mention.end() + 200)
            )
            if not inside and (
                self.declined(text, marked(text, *mention.span()), mention.end(), final, denial)
                or self._pointed(text, *mention.span(), final, options, question)
            ):
                return f"rejects {final.letter}'s text before concluding it"
        for start, end in sentence_spans(text, final.start):
            if not may_be_named(text[start:end], final.letter, options, question, self.terms):
                continue
            for low, high in clauses(text[start:end]):
                clause = text[start + low : start + high]
                if own.search(clause) or not (  # named in full: read above
                    span := partial_mention(clause, final.letter, options, question, self.terms)
                ):
                    continue
                # a label heading the sentence is said of what follows it ("Excluded: alteplase")
                head = text[start : start + low] if _LABEL.fullmatch(text, start, start + low) else ""
                window = head + clause[: span[0]] + HOLE + clause[span[1] :]
                at, after = start + low + span[0], start + low + span[1]
                if self.concessions.search(text[start:at] + HOLE + text[after:end]):
                    continue  # conceded later in its sentence ("… would be overkill, but this one is severe")
                if self.declined(text, window, after, final, denial) or self._pointed(
                    text, at, after, final, options, question
                ):
                    return f"rejects {final.letter} named in part before concluding it"
        return None

    def _pointed(
        self, text: str, start: int, end: int, final: Commitment, options: dict[str, str], question: str
    ) -> bool:
        """Whether a later clause rejects the option at ``text[start:end]`` through a word that stands for
        it (``anaphora.pointers``), before another option is named."""

        def names_other(clause: str) -> bool:
            hit = named_in_part(clause, options, question, terms=self.terms)
            return bool(
                set(options_named(clause, options)) - {final.letter}
                or (hit and hit[0] != final.letter)
                or any(
                    m.group("letter") != final.letter for m in self.letters(clause, 0, len(clause), options)
                )
            )

        line = headed(text, start, end, names_other)  # a verdict alone ends it: "A - … . Wrong." (not the
        # answer to a question before it: "Is it wrong? No.")
        if (
            line
            and any(v.fullmatch(text, *line[-1]) for v in self.verdicts)
            and not text[: line[-1][0]].rstrip().endswith("?")
        ):
            return not self.revised(text, line[-1][1], final.start)
        return any(
            self.declined(text, marked(text, a, b), b, final, asked_denial(question, options))
            for a, b in pointers(text, start, end, names_other, line)
        )

    def as_answer(self, text: str, final: Commitment, options: dict[str, str]) -> str | None:
        """Where the final option (letter or text) was rejected as the answer (``as_answer``), unrevised."""
        refs = [m for m in self.letters(text, 0, final.start, options) if m.group("letter") == final.letter]
        for mention in refs + list(option_pattern(options[final.letter]).finditer(text, 0, final.start)):
            if as_answer(marked(text, *mention.span())) and not self.revised(
                text, mention.end(), final.start
            ):
                return f"rejects {final.letter} as the answer before concluding it"
        return None

    def declined(
        self, text: str, window: str, after: int, final: Commitment, denial: Denial | None = None
    ) -> bool:
        """Whether ``window`` (a sentence with the final option marked) rejects it, or the words right
        ``after`` it dismiss it, unconditionally and with no revision from the end of that sentence (", but
        that's incorrect here" is the rejection) to the final answer."""
        return (
            (
                self.rejections.search(window)
                or self._dismissed(text, after, window)
                or bool(denial and denial.search(window))
            )
            and not self.conditionals.search(window)
            and not self.concessions.search(window)
            and not self.revised(text, sentence_bounds(text, after, reach=HEDGE_REACH)[1], final.start)
        )

    def letter_rejected(self, text: str, mention: re.Match[str]) -> bool:
        """Whether the letter ``mention`` found is rejected where it stands ("not B", "B? Not it")."""
        at = mention.start("letter")
        window = marked(text, at, at + 1)
        return self.extractor.rejects(window) or self._dismissed(text, mention.end(), window)

    def _dismissed(self, text: str, end: int, window: str) -> bool:
        """An option asked about and answered no right after it ("Mismatch repair? Not it —"), across the
        question mark that ends its sentence; not where the question (``window``, the option marked) asks
        whether something argues against it ("Is the sweating against heat stroke? No")."""
        return any(d.match(text, end) for d in self.dismissals) and not _ASKED_AGAINST.search(
            window.partition(HOLE)[0]
        )


# words before an option in a question whose "no" clears it ("Does anything argue against §?", "Why not §?")
_ASKED_AGAINST = re.compile(
    r"(?i)\b(?:against|not|never|without|avoid\w*|exclud\w*|contraindicat\w*|instead\s+of|rather\s+than|unlike)\b|n't\b"
)
_LABEL = re.compile(r"\W*(?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+[ \t]*(?::|—|–|[ \t]-)[ \t]*")  # "Ruled out — "


# words of a question's ask that say nothing of the option's relation to the case
_GENERIC = frozenset(
    ("following", "which", "likely", "patient", "patients", "these", "this", "would", "should", "there")
    + ("their", "about", "option", "options", "statement", "statements", "true", "false", "correct", "answer")
    + ("question", "condition", "diagnosis", "findings", "finding", "symptoms", "presentation", "history")
    + ("appropriate", "management", "treatment", "initial", "first", "further", "additional", "greatest")
)


@lru_cache(maxsize=1 << 14)  # per item: its traces may come thousands of items apart
def _asked_words(question: str, options: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(
        sorted(
            {
                w[:6]
                for w in content_tokens(asked(question))
                if len(w) >= 5
                and w.isalpha()
                and w not in _GENERIC
                and not any(w[:6] in o.casefold() for o in options)
            }
        )
    )


# a negation, not "not the only …", "not just …" (more than the one, no denial)
_NEGATION = re.compile(
    r"(?i)\b(?:not|n't|never|cannot)\b(?!\s+(?:the\s+|an?\s+)?(?:only|just|merely|simply|solely)\b)"
)
_DENIAL_REACH = 40  # characters from the option to a negation said of it, within its clause
_CLAUSE_BREAK = re.compile(rf"[.;\n{HOLE}]")
_WORDS_AFTER = re.compile(r"(?:\s+[\w-]+){1,4}")  # up to three words, then the asked one
# the asked word within three, two more to the hole
_WORDS_TO_HOLE = re.compile(rf"((?:\s+[\w-]+){{1,6}}?)\s+{HOLE}")
_WORD_CHARS = re.compile(r"\w*")


class Denial:
    """The option denied what the question asks of it, by the asked words' stems (``asked_denial``): a
    negation after the option and within its clause, then up to three words and an asked one ("§ are not
    associated with …"), or a negation, up to three words, an asked one and up to two more before the
    option ("a tear would not produce a deficit in §"). Read word by word rather than as one pattern per
    question: compiling that pattern cost more than judging the trace."""

    def __init__(self, stems: tuple[str, ...]) -> None:
        self.stems = stems

    def search(self, window: str) -> bool:
        for negation in _NEGATION.finditer(window):
            at = negation.start()
            hole = window.rfind(HOLE, 0, at)
            if (
                0 <= hole < at <= hole + 1 + _DENIAL_REACH
                and not _CLAUSE_BREAK.search(window, hole + 1, at)
                and (after := _WORDS_AFTER.match(window, negation.end()))
                and any(map(self._asked, after.group().split()))
            ):
                return True
            if negation.group().casefold() != "cannot" and (
                before := _WORDS_TO_HOLE.match(window, negation.end())
            ):
                words = before.group(1).split()
                if any(
                    len(words) - i <= 3 and self._asked(w) and _WORD_CHARS.fullmatch(w, self._stem_end(w))
                    for i, w in enumerate(words[:4])
                ):
                    return True
        return False

    def _asked(self, word: str) -> bool:
        return word.casefold().startswith(self.stems)

    def _stem_end(self, word: str) -> int:
        """Where the asked stem ``word`` opens with ends."""
        folded = word.casefold()
        return max(len(s) for s in self.stems if folded.startswith(s))


def asked_denial(question: str, options: dict[str, str]) -> Denial | None:
    """The option denied what the question asks of it ("which abnormality is associated with …": "§ are
    not associated with this degree of oligohydramnios"; "which maneuver would be deficient": "a tear
    would not produce a deficit in §")."""
    stems = _asked_words(question, tuple(options.values()))
    return Denial(stems) if stems else None
