"""An option rejected in a later clause that points back to it: "Amlodipine is a vascular-selective calcium
channel blocker that lowers afterload, so it is not the agent responsible for fluid accumulation."

Writers name an option once, as the subject of a clause, and say what they think of it in the clauses that
follow, by a pronoun ("it", "they", "this", "the latter"), a demonstrative with a noun ("that description",
"this option") or a predicate whose subject is left out ("… stays unchanged and is not the driver of his
oedema"). The rejection patterns read a sentence with the option marked §; here the words that stand for
the option are what gets marked. An option carries over only from a clause whose subject it is, through
the rest of its sentence (read on into the next one, a pronoun there cost a held-out accept and found no
rejection), and only until another option is named. Of a pair named together ("Propofol and midazolam are
the intravenous choices; the former causes …") "the former" stands for the first and "the latter" for the
second, in the same sentence or opening the next: a pair's ordinal points where a pronoun would not; so
does a demonstrative with its noun opening the next sentence ("Sumatriptan is a triptan. That one can be set
aside."), for an option named alone. An
option done to may stand as a gerund's object ("Getting plain films first is pointless, so that option is
out"): the clause is about it all the same. A sentence that only brings the option up ("What about
sumatriptan?", "Consider option B.") hands it to the next one, whose "it", "this" and "that" stand for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from cot_synth.judging.partial import clause_start, clauses
from cot_synth.judging.sentences import sentence_bounds, sentence_spans

# discourse words that may stand before a clause's subject ("so", "but", "and therefore the")
_LEAD = (
    r"(?:[\W_]|\b(?:so|and|but|thus|therefore|hence|then|yet|also|however|although|though|whereas|while|since"
    r"|because|as|finally|lastly|similarly|likewise|the|a|an|option|choice)\b"
    # a gerund whose object is the option (an action: "Adding a daily inhaled steroid", "Getting plain films")
    r"|\b(?:adding|getting|giving|starting|ordering|using|choosing|picking|performing|obtaining|prescribing"
    r"|administering|doing|trying|repeating|continuing|maintaining|stopping|switching\s+to)\b)*"
)
_SUBJECT = re.compile(rf"(?i){_LEAD}")
_AUX = (
    r"(?:is|are|was|were|isn't|aren't|wasn't|weren't|can|cannot|can't|could|couldn't|would|wouldn't|should"
    r"|shouldn't|does|doesn't|do|don't|did|didn't|has|have|had|will|won't|may|might|must|remains|stays"
    r"|seems|appears|fits)"
)
# nouns a demonstrative uses for an option ("that description", "this option")
_NOUNS = (
    r"(?:option|choice|one|answer|drug|agent|medication|description|diagnosis|mechanism|pattern|explanation"
    r"|possibility|entity|lesion|organism|step|treatment|therapy|measure|approach|abnormality|finding"
    r"|structure|process|defect|association|alternative|candidate|statement)s?"
)
# "it is (not) clear that …" says nothing of the option
_EXPLETIVE = (
    r"(?!\s+(?:is|was|'s)(?:\s+not|n't)?\s+(?:\w+\s+){0,2}?(?:that|to|whether|if|because|why|how|when)\b)"
)
_POINTER = re.compile(
    rf"(?i){_LEAD}\b(?P<pointer>it{_EXPLETIVE}|they|the\s+(?P<ordinal>latter|former)|(?:this|that|these|those)\s+{_NOUNS}"
    rf"|(?:this|that|these|those)(?=\s+{_AUX}\b))\b"
)
# a second predicate of the same subject: "… stays unchanged and is not the driver", "… and can be set aside"
_ELIDED = re.compile(rf"(?i)\b(?:and|or)\s+(?=(?:therefore\s+|thus\s+|also\s+)?{_AUX}\b)")
# an option named second of a pair: "Propofol and §"
_SECOND = re.compile(r"(?i)\b(?:and|or|versus|vs\.?)\s+(?:the\s+|a\s+|an\s+)?$")
# "The former …" opening the sentence after a pair
_ORDINAL = re.compile(r"(?i)\W*(?:and\s+|but\s+|so\s+)?\b(?P<pointer>the\s+(?P<ordinal>latter|former))\b")
# "That one …", "This option …" opening the sentence after the option's: a demonstrative with its noun
_DEMONSTRATIVE = re.compile(rf"(?i)\W*(?:and\s+|but\s+|so\s+)?\b(?P<pointer>(?:this|that)\s+{_NOUNS})\b")
# a sentence that only brings the option up ("What about sumatriptan?", "Consider option B.", "Next, B.",
# "Then there is sumatriptan.", "Someone will suggest needle decompression first.", "The obvious pick is
# benztropine."): the next sentence is about it, and its "it", "this" or "that" stand for it
_INTRODUCER = re.compile(
    r"(?i)\W*(?:(?:what|how)\s+about|consider|next(?:\s+up)?,?|then(?:\s+there(?:'s|\s+is))?,?|now,?|on\s+to"
    r"|moving\s+on\s+to|let's\s+(?:look\s+at|consider|turn\s+to|move\s+(?:on\s+)?to)|finally,?|lastly,?"
    r"|(?:some(?:one|body)?|many|others|students|people)\s+(?:will|would|might|may)\s+(?:suggest|give|pick|choose"
    r"|reach\s+for|go\s+for)|the\s+(?:obvious|tempting|classic|reflex|knee-jerk)\s+(?:pick|choice|answer|move)\s+is"
    r"|and)?\s*(?:(?:option|choice)\s+§\s+is\s+(?:the\s+)?[\w-]+|(?:option\s+|choice\s+|the\s+)?§"
    r"(?:\s*,\s*the\s+[\w-]+)?(?:\s+(?:comes\s+(?:up\s+)?next|is\s+next|first))?)\s*[?.:!]\s"
)
_BARE = re.compile(rf"(?i)\b(?:it|this(?:\s+one)?|that(?:\s+one)?)\b{_EXPLETIVE}")
# an option heading its line as a label ("- **Sickle cell disease:** …", "A - Improved relationships. …"):
# what stands before it on the line (its letter, where the option's text follows it: "- B, Hexamethonium: …"),
# and the separator after it (a letter's option text may follow it)
_LABEL_BEFORE = re.compile(
    r"[ \t]*(?:[-•*+▪◦]|\d{1,2}[.)])?[ \t]*(?:\*\*|__)?[ \t]*(?:(?i:option|choice)[ \t]+)?[(\[]?[ \t]*"
    r"(?:[A-J][ \t]*[)\].,]?[ \t]+(?:\*\*|__)?)?"
)
_LABEL_AFTER = re.compile(r"[ \t]*[)\]]?[ \t]*(?:\*\*|__)?[ \t]*(?::|—|–|[ \t]-[ \t])")
# in such a line, the words that stand for the option ("that" alone is too often a conjunction)
_HEADED_BARE = re.compile(rf"(?i)\b(?:it|this(?:\s+one)?|that\s+one)\b{_EXPLETIVE}")
_REACH = 400  # a sentence read for pointers is at most this long either way
_HEAD = 120  # what may stand before a clause's subject is shorter than this


def headed(text: str, start: int, end: int, names_other: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The sentences of the line that the option at ``text[start:end]`` heads as its label, after the
    label, up to the first that names another option (``names_other``): each is said of that option."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _LABEL_BEFORE.fullmatch(text, line_start, start) or not (sep := _LABEL_AFTER.match(text, end)):
        return []
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    out = []
    for low, high in sentence_spans(text[sep.end() : line_end]):
        if names_other(text[sep.end() + low : sep.end() + high]):
            break
        out.append((sep.end() + low, sep.end() + high))
    return out


def pointers(
    text: str, start: int, end: int, names_other: Callable[[str], bool], line: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` that stand for the option named at ``text[start:end]``: pronouns and left-out
    subjects of the clauses after it, while no clause names another option (``names_other``); "the
    former" or "the latter" where the option is that one of a pair; "it" or "this one" anywhere in the
    ``line`` the option heads as its label (``headed``, which the caller has already read)."""
    for a, b in line:
        yield from (m.span() for m in _HEADED_BARE.finditer(text, a, b))
    low, high = sentence_bounds(text, start, end, reach=_REACH)
    # (read past the sentence's end: "Consider option B. It …" is one sentence to a splitter wary of initials)
    if intro := _INTRODUCER.match(text[low:start] + "§" + text[end : end + _HEAD]):
        nxt = end + intro.end() - (start - low) - 1
        after_low, after_high = sentence_bounds(text, nxt, min(len(text), nxt + 1), reach=_REACH)
        after_low = max(after_low, nxt)
        if nxt < len(text) and not names_other(text[after_low:after_high]):
            yield from (m.span() for m in _BARE.finditer(text, after_low, after_high))
        return
    head = text[max(0, start - _HEAD) : start]  # a quick look first: the clause up to the option
    head = head[max(head.rfind(c) for c in ".!?\n") + 1 :] + "§"
    low_head = clause_start(head, len(head) - 1)
    if not _SUBJECT.fullmatch(head, low_head, len(head) - 1) and not _SECOND.search(head, 0, len(head) - 1):
        return
    sentence = text[low:high]
    spans = list(clauses(sentence))
    own = next((i for i, (a, b) in enumerate(spans) if a <= start - low < b), None)
    if own is None:
        return
    before, after = sentence[spans[own][0] : start - low], sentence[end - low : spans[own][1]]
    second = bool(_SECOND.search(before)) and names_other(before)  # "Propofol and §"
    if not second and not _SUBJECT.fullmatch(sentence, spans[own][0], start - low):
        return
    pair: list[str] = []  # the ordinal that stands for the option, worked out when an ordinal is met

    def ordinal() -> str:  # "latter" for a pair's second, "former" for its first, "latter" for one alone
        if not pair:
            pair.append("latter" if second or not names_other(after) else "former")
        return pair[0]

    if not second:
        for m in _ELIDED.finditer(sentence, end - low, spans[own][1]):
            yield low + m.start(), low + m.end()
    for a, b in ((low + a, low + b) for a, b in spans[own + 1 :]):
        clause = text[a:b]
        if names_other(clause):
            return
        pointer = _POINTER.match(clause)
        if pointer and (pointer.group("ordinal") == ordinal() if pointer.group("ordinal") else not second):
            yield a + pointer.start("pointer"), a + pointer.end("pointer")
            for m in _ELIDED.finditer(clause, pointer.end()):
                yield a + m.start(), a + m.end()
    # a pair's ordinal may open the next sentence, and so may a demonstrative with its noun for one option
    nxt = _ORDINAL.match(text, high, min(len(text), high + 40))
    if not (nxt and nxt.group("ordinal") == ordinal() and (second or ordinal() == "former")):
        nxt = None if second else _DEMONSTRATIVE.match(text, high, min(len(text), high + 40))
    if nxt:
        yield nxt.start("pointer"), nxt.end("pointer")
        for m in _ELIDED.finditer(text, nxt.end(), sentence_bounds(text, nxt.end(), reach=_REACH)[1]):
            yield m.start(), m.end()
