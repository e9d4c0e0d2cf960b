"""What a trace says the asked thing is, in words, right before it gives its letter.

"So the most likely etiology is his tricyclic antidepressant. Answer: E (Heroin)" argues for one thing
and answers another. The words a question uses for what it asks are grouped (``contradiction.asked`` in
``judges/rules.yaml``: a treatment, a cause, a diagnosis, …); a sentence that says what such a thing is
("the <asked thing> … is X", "<asked thing>: X", "this is X") states the trace's answer in words.
"""

from __future__ import annotations

import re
from typing import Any

from cot_synth.judging.extraction import asked as asked_sentence
from cot_synth.judging.options import options_named
from cot_synth.judging.partial import clauses, options_mentioned
from cot_synth.judging.phrases import AnyOf
from cot_synth.judging.text import share_a_word, shared_word_count

# a sentence under a condition or a question: no statement of what the case is
CONDITIONAL = re.compile(r"(?i)\b(?:if|unless|would|could|might|may|whether|rather)\b|\?")
_CUE = r"(?:(?:so|therefore|thus|hence|overall|ultimately|in\s+short|in\s+summary|all\s+told)\W+)?"
# the asked thing of something else, compared or added: "same mechanism: Pseudomonas exotoxin A", "another
# cause is …", "Additional expected findings: elevated ESR/CRP, …"
_ANOTHER = re.compile(
    r"(?i)\b(?:same|similar|other|another|related|analogous|identical|comparable|alternative|additional|further"
    r"|accompanying|extra)\s+(?:[\w-]+\s+)?$"
)

# a noun owned by the patient or a pronoun: "this patient's condition", "her symptoms"
_POSSESSED = re.compile(r"(?i)\b(?:\w+['’]s|his|her|their|its)\s+[\w-]+")


class SaidWhat:
    """Reads the sentence that says what the asked thing is."""

    def __init__(
        self, groups: list[list[Any]], pointers: tuple[re.Pattern[str], ...], negations: AnyOf
    ) -> None:
        self.pointers = pointers
        self.asked = {str(word).casefold(): group for group, words in enumerate(groups) for word in words}
        self.negations = negations
        heads = "|".join(sorted(map(re.escape, self.asked), key=len, reverse=True))
        self.says_what = (  # "<cue> the <asked thing> … is X", "<asked thing>: X", "<cue> this is X"
            re.compile(
                rf"(?i)^\W*{_CUE}(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<head>{heads})s?\b(?:\s+[\w'’-]+){{0,8}}?"
                r"\s+(?:is|are|was|would\s+be|must\s+be)\s+(?P<what>.{2,})"
            ),
            re.compile(
                rf"(?i)^\W*(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<head>{heads})s?\s*:\s*(?P<what>.{{2,}})"
            ),
            # the writer's belief, anywhere in the sentence: "Still, …, I believe the unifying diagnosis is …"
            re.compile(
                r"(?i)\b(?:I|we)\s+(?:\w+ly\s+)?(?:think|believe|suspect|feel|reckon|conclude|am\s+(?:confident|"
                rf"convinced|sure))\s+(?:that\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<head>{heads})s?\b"
                r"(?:\s+[\w'’-]+){0,8}?\s+(?:is|are|was|must\s+be)\s+(?P<what>.{2,})"
            ),
            re.compile(rf"(?i)^\W*{_CUE}(?:this|it)\s+(?:is|must\s+be)\s+(?P<what>.{{2,}})"),
        )
        # the other way round: "… so I think chronic beryllium disease is the most likely diagnosis here"
        self.named_as = re.compile(
            r"(?i)(?P<what>[^,;:—–]{2,}?)\s+(?:is|are|would\s+be|must\s+be)\s+(?:the\s+)?(?:most\s+likely|"
            rf"likeliest|most\s+probable|leading|best)\s+(?P<head>{heads})s?\b"
        )

    def concluding(self, text: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The last of the sentence ``spans``, passing over those that only point back at the one before as
        the conclusion ("… the 22q11.2 microdeletion syndrome. That is my conclusion. Answer: A")."""
        while len(spans) > 1 and any(p.fullmatch(text[slice(*spans[-1])].strip()) for p in self.pointers):
            spans = spans[:-1]
        return spans[-1] if spans else None

    def otherwise(self, sentence: str, letter: str, options: dict[str, str], question: str) -> str | None:
        """What ``sentence`` says the asked thing is, when that shares no word with option ``letter``'s
        text, or two fewer than another option's; the thing must be what the question asks for, and
        "this is X" only where it asks for a diagnosis or a cause. Negated, conditional or numeric answers,
        and a statement about an option ("Brugada syndrome is a sodium channelopathy"), are left alone."""
        own = options[letter]
        sentence = sentence.strip()
        if not any(c.isalpha() for c in own) or CONDITIONAL.search(sentence):
            return None
        if self.negations.search(sentence):
            return None
        # what the question only qualifies is not what it asks ("the treatment for this patient's condition")
        words = re.findall(r"\w+", _POSSESSED.sub(" ", asked_sentence(question)).casefold())
        asked = {self.asked[w] for w in words if w in self.asked}
        asked |= {self.asked[w[:-1]] for w in words if w[:-1] in self.asked}  # a plural ("structures")
        named = self.named_as.search(sentence)
        if named and self.asked.get(named.group("head").casefold()) in asked:
            what = clauses_of(named.group("what"))
            theirs = max(shared_word_count(what, v) for k, v in options.items() if k != letter)
            return what if theirs and not shared_word_count(what, own) else None
        *about_heads, about_this = self.says_what
        match = next((m for m in (s.search(sentence) for s in about_heads) if m), None)
        if match is None or self.asked.get(match.group("head").casefold()) not in asked:
            match = about_this.match(sentence)
            if match is None or not asked & {self.asked.get("diagnosis"), self.asked.get("cause")}:
                return None
        what, subject = match.group("what").strip(), sentence[: match.start("what")]
        if (
            options_named(subject, options)
            or options_mentioned(subject, options, question)  # "Waterhouse-Friderichsen syndrome is …"
            or share_a_word(subject, own)
            or ("head" in match.re.groupindex and _ANOTHER.search(sentence, 0, match.start("head")))
        ):
            return None
        ours = shared_word_count(what, own)
        if not ours or any(shared_word_count(what, v) > ours + 1 for k, v in options.items() if k != letter):
            return what
        return None


def clauses_of(text: str) -> str:
    """The last clause of ``text``: what a sentence that ends on it names ("…, so I think chronic beryllium
    disease")."""
    spans = list(clauses(text))
    return text[spans[-1][0] : spans[-1][1]].strip() if spans else text
