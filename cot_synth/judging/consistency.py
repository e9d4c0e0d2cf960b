"""Consistency: one answer, held to the end and argued for, or revised out loud.

A trace that commits to two letters, reopens the question after its answer, or argues for one option
and then writes another's letter is no sample, whichever letter it ends on. These checks read the
commitments ``extraction`` found; their lexicons (revision markers, reopening cues, claim shapes) are
content in ``judges/rules.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from cot_synth.errors import UserError
from cot_synth.judging.answer_line import answered_no, answers_asked, lead_start
from cot_synth.judging.extraction import (
    HEDGE_REACH,
    Commitment,
    Extraction,
    Extractor,
    answers_question,
    marked,
)
from cot_synth.judging.in_words import InWords
from cot_synth.judging.letter_refs import letter_reference
from cot_synth.judging.options import Found, option_pattern, options_named
from cot_synth.judging.partial import clause_start, options_mentioned
from cot_synth.judging.phrases import AnyOf, compile_list, read_fragments, read_words
from cot_synth.judging.ranking import first_ranked
from cot_synth.judging.rejection import Rejection
from cot_synth.judging.said import SaidWhat
from cot_synth.judging.sentences import LIST_MARK, sentence_spans, spans_after, statement_spans
from cot_synth.judging.slot import landed
from cot_synth.judging.summary import is_heading, same_as, summarised_other
from cot_synth.judging.tables import Tables
from cot_synth.judging.terms import Terms
from cot_synth.judging.text import Normalized
from cot_synth.judging.words import CONTRAST

# A revision marker that must open a sentence, clause or list item: after a boundary, maybe one filler word.
_OPENING = (
    r"(?:^|(?<=[.!?;:\n—–(\"“]))[ \t]*(?:[-*•][ \t]+)?"
    r"(?:(?:but|oh|okay|ok|so|well|no|hmm+)[,.!]?[ \t]+)?(?:{})\b"
)


@dataclass(frozen=True)
class Claim:
    """A sentence that states one option's text as the answer; a revision may follow ``said``, where the
    option is first named in it ("So A has the worst outlook — scratch that, …")."""

    letter: str
    start: int
    end: int
    said: int


class Consistency:
    """Second answers, reopened questions and reasoning that contradicts its own final letter."""

    def __init__(self, rules: dict[str, Any], extractor: Extractor, where: str) -> None:
        self.extractor = extractor
        try:
            revisions = rules["revisions"]
            opening = compile_list(revisions["opening"], f"{where}: revisions.opening")
            self.revisions = AnyOf(
                compile_list(revisions["anywhere"], f"{where}: revisions.anywhere")
                + tuple(re.compile(_OPENING.format(p.pattern), re.IGNORECASE | re.MULTILINE) for p in opening)
            )
            self.reopen = AnyOf(compile_list(rules["reopen"]["any"], f"{where}: reopen.any"))
            self.reopen_equal = AnyOf(compile_list(rules["reopen"]["equal"], f"{where}: reopen.equal"))
            self.reopen_by_letter = AnyOf(compile_list(rules["reopen"]["letter"], f"{where}: reopen.letter"))
            self.summary = compile_list(rules["reopen"]["summary"], f"{where}: reopen.summary")
            self.counterfactual = compile_list(
                rules["reopen"]["counterfactual"], f"{where}: reopen.counterfactual"
            )
            # the contradiction rules' own building blocks, after those of the extraction rules (<PICKED>)
            own = rules["contradiction"].get("fragments") or {}
            fragments = read_fragments({**rules["fragments"], **own})
            self.claims = AnyOf(
                compile_list(
                    rules["contradiction"]["claims"], f"{where}: contradiction.claims", fragments=fragments
                )
            )
            self.rankings = AnyOf(
                compile_list(rules["contradiction"]["rankings"], f"{where}: contradiction.rankings")
            )
            self.denials = AnyOf(
                compile_list(rules["contradiction"]["denials"], f"{where}: contradiction.denials")
            )
            cues = AnyOf(
                compile_list(
                    rules["contradiction"]["conclusion_cues"],
                    f"{where}: contradiction.conclusion_cues",
                    fragments=fragments,
                )
            )
            self.terms = Terms(rules["terms"], f"{where}: terms")
            pointers = compile_list(rules["contradiction"]["pointers"], f"{where}: contradiction.pointers")
            said = SaidWhat(rules["contradiction"]["asked"], pointers, extractor.text_negations)
            self.in_words = InWords(
                extractor, said, self.terms, cues, self._references, self.revised, self._set_aside
            )
            self.tables = Tables(rules["contradiction"]["tables"], self.terms, where)
            self.rejection = Rejection(
                rules["contradiction"], extractor, self._references, self.revised, self.terms, where
            )
            letters = rules["letters"]
            follow = read_words(letters["follow_words"], f"{where}: letters.follow_words")
            self.term_words = frozenset(
                w.casefold() for w in read_words(letters["term_words"], f"{where}: letters.term_words")
            )
        except (KeyError, TypeError) as exc:
            raise UserError(f"{where}: invalid judge rules (missing or malformed {exc})") from exc
        self.letter = letter_reference(follow)

    def revised(self, text: str, start: int, end: int) -> bool:
        """Whether the trace revises itself out loud somewhere in ``text[start:end]``."""
        return self.revisions.search(text, start, end)

    def conflicting(self, text: str, extraction: Extraction) -> list[str]:
        """Letters committed to before the final answer and never explicitly revised (up to the final letter:
        the answer's own label may revise, "Revised answer: C")."""
        final = extraction.final
        assert final is not None
        return sorted(
            {
                c.letter
                for c in extraction.commitments
                if c.letter != final.letter
                and c.end <= final.start
                and not self.revised(text, c.end, final.letter_start)
            }
        )

    def reopened(self, text: str, final: Commitment, options: dict[str, str]) -> str | None:
        """Another option put back in play after the final answer ("(C is just as defensible)"), or held equal
        to it in the paragraphs that lead into it (``_held_before``); a question answered at once with a no
        ("Could it be C? Not with no murmur.") reopens nothing. The weaker
        cues (a question, "maybe", a summary line) count only next to the answer or in the last paragraph:
        after an answer stated first, the reasoning may still weigh "Could it be B?". An option rejected, or
        a sentence under a condition contrary to the case ("If the stem had described …, C would …"), reopens
        nothing; a claim for another option after the answer ("That said, the most appropriate treatment is
        prednisone.") is a second answer."""
        if held := self._held_before(text, final, options):
            return held
        answer_paragraph = text.find("\n\n", final.end)
        last_paragraph = text.rstrip().rfind("\n\n")
        heading = ""  # a summary heading on a line of its own ("## Summary") is said of the sentence below it
        for start, end in spans_after(text, final.start, final.end, HEDGE_REACH):
            over, heading = heading, text[start:end] if is_heading(text[start:end], self.summary) else ""
            if answered_no(text, start, end):
                continue
            if self.extractor.ballot.unticked(text, end - 1) or any(
                c.match(text[start:end]) for c in self.counterfactual
            ):
                continue
            negations = self.extractor.text_negations
            if summarised := summarised_other(
                over + " " + text[start:end], final.letter, options, self.summary, negations
            ):
                return summarised
            if second := self._second_answer(text, start, end, final, options):
                return second
            if start >= final.end and (claim := self._claim(text, start, end, options, final.letter)):
                return claim  # "That said, the most appropriate treatment is prednisone."
            by_text = self.reopen.search(text, start, end) or self.reopen_equal.search(text, start, end)
            near = answer_paragraph < 0 or start < answer_paragraph or start > last_paragraph
            if (by_text or (near and self.reopen_by_letter.search(text, start, end))) and (
                letter := self._held_open(text, start, end, final, options, by_text)
            ):
                return letter
        return None

    def _held_before(self, text: str, final: Commitment, options: dict[str, str]) -> str | None:
        """Another option held equal to the answer in the paragraphs that lead into an answer line of its
        own ("I'd regard D and E as equally valid answers. … \n\nAnswer: E"). Only the cues of
        ``reopen.equal`` count there, where reasoning still weighs every option; a revision after undoes
        it."""
        line = lead_start(text, final.start, final.end)
        if line is None or self.revised(text, line, final.start):
            return None
        lead = text[:line].rstrip()
        start = max(0, lead.rfind("\n\n", 0, max(0, lead.rfind("\n\n"))))  # the last two paragraphs
        for s, e in sentence_spans(text[start : len(lead)]):
            s, e = s + start, min(len(lead), e + start + 1)
            if (
                self.reopen_equal.search(text, s, e)
                and not answered_no(text, s, e)
                and not self.revised(text, e, line)
                and (letter := self._held_open(text, s, e, final, options, True))
            ):
                return letter
        return None

    def _held_open(
        self, text: str, start: int, end: int, final: Commitment, options: dict[str, str], by_text: bool
    ) -> str | None:
        """Another option a sentence with a reopening cue names and does not reject; with a strong cue
        (``by_text``), an option half named ("a Gram stain of the scrapings") is enough."""
        texts = [m.span() for _, m in self._mentions(text, start, end, options, letters=False)]
        for letter, mention in self._mentions(text, start, end, options, texts=by_text):
            if letter in same_as(final.letter, options) or any(  # "Amphotericin B", "E. coli …"
                a <= mention.start() < b and mention.span() != (a, b) for a, b in texts
            ):
                continue
            if not self.extractor.rejects(marked(text, *mention.span())):
                return letter
        if by_text:
            others = set(options_mentioned(text[start:end], options, terms=self.terms)) - {final.letter}
            if others and not self.extractor.text_negations.search(text, start, end):
                return min(others)
        return None

    def _second_answer(
        self, text: str, start: int, end: int, final: Commitment, options: dict[str, str]
    ) -> str | None:
        """Another letter a sentence after the answer lands on ("…, so B — proximal RTA.") or claims
        ("Sitagliptin is oral, so B is also the pick."), neither doubted nor negated."""
        if not (refs := self._references(text, max(start, final.end), end, options)):
            return None
        named = [n.span() for _, n in self._mentions(text, start, end, options, letters=False)]
        sentence, negations = text[start:end], self.extractor.text_negations
        for m in refs:
            letter, window = m.group("letter"), marked(text, *m.span())
            if letter == final.letter or self._doubted(window) or any(a <= m.start() < b for a, b in named):
                continue  # "Amphotericin B": a letter inside an option's text
            if negations.search(text, start + clause_start(sentence, m.start() - start), end):
                continue  # negated in its clause or after ("… defines no flow: B." is not)
            if self.claims.search(window) or landed(
                sentence, m.start() - start, m.end() - start, options[letter]
            ):
                return letter
        return None

    def contradiction(
        self,
        raw: str,
        norm: Normalized,
        final: Commitment,
        options: dict[str, str],
        question: str,
        first: Commitment | None,
    ) -> str | None:
        """How the trace (``raw``, read as ``norm``) argues against its own final letter, or ``None``. An
        exception question ("Which drug should NOT be given?") is answered by rejecting the option, so there
        only a rejection as the answer ("so C is wrong") counts. A conclusion in words must stand before
        ``first`` too (not only a closing "TL;DR: A"), unless nothing stands before it (the answer stated
        first)."""
        text, first = norm.text, first or final
        if self.extractor.asks_for_exception(question):
            rejected = self.rejection.as_answer(text, final, options)
        else:
            rejected = self.rejection.of(text, final, options, question) or self.tables.contradiction(
                raw,
                norm,
                final.letter,
                final.start,
                options,
                question,
                lambda end: self.revised(text, end, final.start),
            )
        if rejected:
            return rejected
        claims = self.claims_before(text, final.start, options, question, final.letter)
        if (
            claims
            and all(c.letter != final.letter for c in claims)
            and not self.revised(text, claims[-1].said, final.start)
        ):
            return f"argues for {claims[-1].letter}, concludes {final.letter}"
        top = first_ranked(text, final.start, options, question, self.rankings, self.terms)
        if top and top.letter != final.letter and not self.revised(text, top.end, final.start):
            return f"ranks {top.letter} first, concludes {final.letter}"
        found = self.in_words.otherwise(text, final, options, question, final.letter)
        if found and first != final and sentence_spans(text, first.start):  # words stand before ``first``
            return found if self.in_words.otherwise(text, first, options, question, final.letter) else None
        return found

    def affirmed_letters(self, text: str, limit: int, options: dict[str, str]) -> list[re.Match[str]]:
        """Letters in ``text[:limit]`` that refer to an option, not rejected ("Option B, …, explains")."""
        return [
            m
            for m in self._references(text, 0, limit, options)
            if not self.rejection.letter_rejected(text, m)
        ]

    def _references(self, text: str, start: int, end: int, options: dict[str, str]) -> list[re.Match[str]]:
        """Letters in ``text[start:end]`` that refer to one of the item's options."""
        return [
            m
            for m in self.letter.finditer(text, start, end)
            if m.group("letter") in options and self._reference(text, m.start())
        ]

    def _reference(self, text: str, start: int) -> bool:
        """A letter that refers to an option ("not B", "honestly A is as likely"), not part of a term
        ("vitamin B is low", "hepatitis B is unlikely")."""
        word = re.search(r"([^\W\d_]+)[ \t]*$", text[max(0, start - 30) : start])
        return not (word and word.group(1).casefold() in self.term_words)

    def _restates(self, sentence: str, question: str) -> bool:
        """A plain statement that answers the question in its own words ("nystagmus is the expected exam
        finding"): no negation (unless the question asks for one) and no contrast in it."""
        plain = not CONTRAST.search(sentence) and (
            self.extractor.asks_for_exception(question) or not self.extractor.text_negations.search(sentence)
        )
        return plain and answers_question(sentence, question)

    def _doubted(self, window: str) -> bool:
        """A mention (marked §) that is rejected, denied or only entertained."""
        return self._set_aside(window) or self.denials.search(window)

    def _set_aside(self, window: str) -> bool:
        """A mention (marked §) that is rejected or only entertained."""
        return (
            self.extractor.rejects(window)
            or self.extractor.entertains(window)
            or self.rejection.rejections.search(window)
        )

    def claims_before(
        self, text: str, limit: int, options: dict[str, str], question: str = "", final: str = ""
    ) -> list[Claim]:
        """Every claim in ``text[:limit]``, in order; an option quoted or conceded ("…, but …") claims
        nothing, unless it is ``final``'s (weak evidence may agree with the answer, never contradict it),
        nor does a question ("So was I right to say yes?")."""
        found, mentions = [], self._mentions(text, 0, limit, options, letters=False)
        mentions += self.terms.named_whole(text[:limit], options, question) if question else []
        for start, end in statement_spans(text, limit):
            named = [(k, m) for k, m in mentions if start <= m.start() and m.end() <= end]
            if letter := self._claimed(text, start, end, named, question, final):
                found.append(Claim(letter, start, end, min(m.end() for k, m in named if k == letter)))
        return found

    def _claim(self, text: str, start: int, end: int, options: dict[str, str], final: str) -> str | None:
        """Another option than ``final`` that the sentence ``text[start:end]`` claims as the answer, by more
        than an opening cue: "In summary, ceftriaxone is reserved for pyelonephritis." is a remark."""
        named = self._mentions(text, start, end, options, letters=False)
        letter = self._claimed(text, start, end, named, "", final)
        if letter is None or letter == final:
            return None
        windows = [_OPENING_CUE.sub("", marked(text, *m.span()), count=1) for k, m in named if k == letter]
        return letter if any(self.claims.search(w) for w in windows) else None

    def _claimed(
        self, text: str, start: int, end: int, named: list[tuple[str, Any]], question: str, final: str
    ) -> str | None:
        """The one option the sentence ``text[start:end]`` claims among its ``named`` mentions, if any."""
        marks = [(k, marked(text, *m.span())) for k, m in named]
        marks = [(k, w) for k, w in marks if k == final or not _SET_APART.search(w)]
        if not marks:
            return None
        claimed = [(k, w) for k, w in marks if self.claims.search(w) or answers_asked(text, start, w)]
        if not claimed and question and not _walked(marks) and self._restates(text[start:end], question):
            claimed = marks
        letters = {k for k, w in claimed if not self._doubted(w)}
        return letters.pop() if len(letters) == 1 else None

    def _mentions(
        self,
        text: str,
        start: int,
        end: int,
        options: dict[str, str],
        letters: bool = True,
        texts: bool = True,
    ) -> list[tuple[str, re.Match[str] | Found]]:
        """Where ``text[start:end]`` names an option: by its whole text or by its letter."""
        named = [
            (k, m)
            for k in (options_named(text[start:end], options) if texts else ())
            for m in option_pattern(options[k]).finditer(text, start, end)
        ]
        if letters:
            named += [(m.group("letter"), m) for m in self._references(text, start, end, options)]
        return named


# an option quoted ('So "myosin head release from actin" depends on …') or conceded ("…, but it follows …")
_SET_APART = re.compile(r"[\"“‘]§[\"”’']|§[^.;\n§]*,\s*(?:but|however|though|although|yet)\b")
_OPENING_CUE = re.compile(
    r"(?i)^[^\w§]*(?:therefore|thus|hence|so|in\s+conclusion|in\s+summary|overall|consequently|to\s+sum\s+up"
    r"|all\s+(?:told|in\s+all))\b[\s,]*"
)
# an option heading its own line of an option walk ("- 3rd molar — thin bone, so infiltration works"): the
# line weighs that option, it does not restate the question's answer
_WALKED = re.compile(rf"{LIST_MARK}?[ \t]*(?:\(?[A-J]\)?[.:)]?[ \t]+)?\**§\**[ \t]*(?:[:—–]|-[ \t])")


def _walked(marks: list[tuple[str, str]]) -> bool:
    """Whether a mention heads its line of an option walk (``_WALKED``)."""
    return any(_WALKED.match(window) for _, window in marks)
