"""Which option a sentence states as the answer, however it words that option.

A trace that argues for another option seldom writes that option's text or a conclusion cue: "Since RBCs
can't run oxidative metabolism, the enzyme absent in them is the one that converts pyruvate to lactate —
lactate dehydrogenase.", "… so the condition treated is urinary hesitancy from BPH.", "… — that is
projection: the impulse is placed onto others." What such sentences share is their shape: the sentence
lands on one option (by its text, by the words that set it apart, by its initials) as the complement of a
copula or an apposition ("is X", "— X", "i.e. X", "that is X"), or opens with it as a cleft ("Southern
blotting is what detects …"). Read in the sentence right before the answer, with no negation, condition,
contrast or doubt near it and no word that sets the final option apart in it, that option is the trace's
conclusion (``slotted``; ``paraphrased`` reads the same sentence after a conclusion cue). After the answer,
a sentence that lands on another letter ("…, so B — proximal renal tubular acidosis.") gives a second
answer (``landed``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cot_synth.judging.computed import is_step
from cot_synth.judging.extraction import HOLE
from cot_synth.judging.options import option_pattern, options_named
from cot_synth.judging.partial import clauses, distinct_words, may_be_named, named_in_part, options_mentioned
from cot_synth.judging.phrases import AnyOf
from cot_synth.judging.said import CONDITIONAL
from cot_synth.judging.terms import Terms
from cot_synth.judging.text import content_tokens
from cot_synth.judging.words import _same

# what stands right before an option in the answer slot: a copula or an apposition, maybe an article and
# an adverb ("is therefore the", "— i.e."), or what the findings are said to fit ("most consistent with")
_BEFORE = re.compile(
    r"(?i)(?:\b(?:is|are|remains|represents|means)|\b(?:that|this|it|what)['’]s|[—–:=→]|\bi\.e\.?|\bnamely|\bthat\s+is"
    r"|\b(?:consistent|compatible)\s+with|\bpoints?\s+to)"
    r"[,\s]*(?:(?:the|a|an|therefore|thus|hence|[a-z]+ly)\s+){0,2}$"
)
# what follows an option that opens a cleft ("X is what detects …", "X is the one that …"), maybe after one
# more word of its noun phrase ("Southern blotting is what …" for "Southern blot"); read from the option's
# end with ``match(sentence, end)``, so no "^" (which would only match at the sentence's start)
_AFTER = re.compile(
    r"(?i)[\s)\]]*(?:[\w-]+\s+)?(?:is|are)\s+(?:what|the\s+one|the\s+(?:[\w-]+\s+){1,2}(?:that|which|whose|here)"
    r"|(?:the\s+)?(?:most|best|likeliest|key|main|chief|principal)\s+[\w-]+)\b"
)
_CONTRAST = re.compile(r"(?i)\b(?:but|however|although|though|whereas|while|yet|unless|except|also|too)\b")
# an option that opens its line and is described after a colon or dash: a line of the option list
_LIST_LINE = re.compile(r"[^\W\d_][^:—–\n]{0,60}?\s*[:—–]")
_SEPARATORS = "—–:=→"
_MIN_WORDS = 6  # words before a dash or colon that make it an apposition to a statement
_REACH = 60  # characters before the option read for a negation, condition or contrast
# what makes a closing sentence more than a statement of one thing: a contrast, an addition, a condition, a
# list, a question or a negation ("don't fit", "neither", "with heparin alongside it")
_HEDGED = re.compile(
    r"(?i)\b(?:but|however|although|though|whereas|while|yet|unless|except|also|too|rather|instead|unlike"
    r"|versus|vs|alongside|plus|besides|neither|nor|either|or)\b|n't\b|[;?]|\bas\s+well\s+as\b"
    r"|\b(?:along|together)\s+with\b|\bin\s+addition\b"
)
_SUBJECT_WORDS = 2  # words before the option: it stands in the predicate, not as the subject
# … and the sentence's verb still to come: the option is inside its subject ("The failure to lactate after a
# shock-level hemorrhage is the classic first sign of Sheehan syndrome.")
_VERB_AFTER = re.compile(
    r"(?i)(?:(?![,;:.()—–]|\b(?:that|which|who|whose|where|when)\b).)*?\b(?:is|are|was|were|has|have|had|remains?)\b"
    r"(?!\s+(?:\w+ly\s+)?(?:the\s+|an?\s+)?(?:right|correct|best|most|appropriate|ideal|answer|call|move|choice|pick|way)\b)"
)  # (not one the predicate rates: "Going straight to a CT angiogram is the right call.")
# the option an item of a list ("Southern DNA, Northern RNA, Western Protein"), not what the sentence states
_ITEM = re.compile(r",[^,\n]{1,60},[ \t]*(?:and[ \t]+|or[ \t]+)?$")
_SET_ASIDE = re.compile(r"(?i)\b(?:rather\s+than|instead\s+of)\b")


def paraphrased(
    sentence: str,
    final: str,
    options: dict[str, str],
    question: str,
    cues: AnyOf,
    negations: AnyOf,
    terms: Terms | None = None,
) -> str | None:
    """The option a concluding sentence ("So the most likely cause here is Edwards syndrome — an extra
    chromosome 18.") names only by the words that set it apart from the others: a conclusion cue, one
    option mentioned (``options_mentioned``), not the final one, no negation, nothing entertained."""
    if not cues.search(sentence):
        return None
    mentioned = options_mentioned(sentence, options, question, terms) or sorted(
        {
            hit[0]
            for a, b in clauses(sentence)
            if (hit := named_in_part(sentence[a:b], options, question, terms=terms))
        }
    )
    if len(mentioned) != 1 or mentioned[0] == final or options_named(sentence, options):
        return None
    if CONDITIONAL.search(sentence) or _denied(sentence, options[mentioned[0]], negations):
        return None
    return mentioned[0]


def _denied(text: str, option: str, negations: AnyOf) -> bool:
    """Whether ``text`` holds a negation that ``option`` itself does not ("No cortisol suppression" holds
    one, which denies nothing)."""
    return any(n.search(text) and not n.search(option) for n in negations.patterns)


def slotted(
    sentence: str,
    final: str,
    options: dict[str, str],
    question: str,
    negations: AnyOf,
    doubted: Callable[[str], bool],
    terms: Terms | None = None,
) -> str | None:
    """The option other than ``final`` that ``sentence`` states as its answer (see the module
    docstring), or ``None``. ``doubted`` reads the sentence with the option marked (rejected or only
    entertained)."""
    named = [
        (m.end(), m.start(), k)
        for k in options_named(sentence, options)
        for m in option_pattern(options[k]).finditer(sentence)
    ]
    spans = list(clauses(sentence))
    partial: list[tuple[int, int, str]] = []
    if not named and not any(
        may_be_named(sentence, k, options, question, terms) for k in options if k != final
    ):
        return None  # no other option's words or initials in it: no clause can name one
    for low, high in reversed(spans):  # the last option named in part first: most sentences end there
        if hit := named_in_part(sentence[low:high], options, question, terms=terms):
            partial.append((low + hit[2], low + hit[1], hit[0]))
            break
    if not named and not partial:
        return None
    end, start, letter = max(named + partial)
    if (
        letter == final
        or not _in_slot(sentence, start, end)
        or doubted(sentence[:start] + HOLE + sentence[end:])
    ):
        return None
    # no condition, contrast or negation near the option; what follows "rather than" after it is another
    # thing set aside
    window = sentence[max(0, start - _REACH) : end] + _SET_ASIDE.split(sentence[end:], maxsplit=1)[0]
    if CONDITIONAL.search(window) or _CONTRAST.search(window):
        return None
    if _denied(window, options[letter], negations):
        return None
    # the whole sentence: one option in it, not the final one, and not a line of the option list
    for low, high in spans[: len(spans) - 1]:
        if (hit := named_in_part(sentence[low:high], options, question, terms=terms)) and (
            low + hit[2],
            low + hit[1],
            hit[0],
        ) not in partial:
            partial.append((low + hit[2], low + hit[1], hit[0]))
    mentions = named + partial
    letters = {k for _, _, k in mentions} | set(options_mentioned(sentence, options, question, terms))
    if len(letters) != 1 or _distinct_words(sentence, final, options, question):
        return None  # a line weighing several options, or one that names the final one in part
    first = min(s for _, s, _ in mentions)
    if not sentence[:first].strip(" \t-*•") and _LIST_LINE.match(sentence, first):
        return None
    return letter


def closing(
    sentence: str,
    final: str,
    options: dict[str, str],
    question: str,
    negations: AnyOf,
    doubted: Callable[[str], bool],
    terms: Terms | None = None,
) -> str | None:
    """The option other than ``final`` that the reasoning's closing sentence (a paragraph of its own right
    before the answer: where writers state their conclusion, often without a cue) states in its predicate:
    "This patient has osteitis fibrosa cystica.", "Omeprazole works as a reversible H2 antagonist.", or the
    option alone ("Schizotypal personality disorder."). One
    other option named, in full or in part, none of the final option's own words, not as the subject (a
    remark about an option opens with it), not ``doubted`` where it is named ("Strike off clindamycin — …",
    "Hard pass on amiodarone"), and no negation, condition, contrast, list or second thing."""
    if _HEDGED.search(sentence) or CONDITIONAL.search(sentence):
        return None
    found = [
        (m.start(), m.end(), k)
        for k in options_named(sentence, options)
        for m in option_pattern(options[k]).finditer(sentence)
    ]
    found += [
        (low + hit[1], low + hit[2], hit[0])
        for low, high in clauses(sentence)
        if (hit := named_in_part(sentence[low:high], options, question, terms=terms))
    ]
    letters = {k for _, _, k in found} | set(options_mentioned(sentence, options, question, terms))
    if (
        len(letters) != 1
        or final in letters
        or not found
        or _distinct_words(sentence, final, options, question)
    ):
        return None
    first, end, letter = min(found)
    bare = not re.sub(r"[\W_]+", "", sentence[:first] + sentence[end:])  # "Schizotypal." alone: a verdict
    if (
        (len(sentence[:first].split()) < _SUBJECT_WORDS and not bare)
        or _VERB_AFTER.match(sentence, end)
        or _ITEM.search(sentence, 0, first)
        or _denied(sentence, options[letter], negations)
        or doubted(sentence[:first] + HOLE + sentence[end:])
    ):
        return None
    return letter


def _in_slot(sentence: str, start: int, end: int) -> bool:
    """Whether the option at ``sentence[start:end]`` is a copula's complement or an apposition (after at
    least a statement's words, not a table row's cells), or opens a cleft."""
    before = _BEFORE.search(sentence, 0, start)
    if before is None:
        return bool(_AFTER.match(sentence, end))
    if is_step(sentence, start, end):
        return False  # a step of a calculation the sentence goes on from ("100 + 125 = 225 mL, so …")
    return before.group()[0] not in _SEPARATORS or len(sentence[: before.start()].split()) >= _MIN_WORDS


def _distinct_words(sentence: str, letter: str, options: dict[str, str], question: str) -> int:
    """How many of the words that set option ``letter`` apart (from the others and the question)
    ``sentence`` uses."""
    words = content_tokens(sentence)
    return sum(
        any(_same(t, w) for w in words) for t in distinct_words(options, question)[letter] if len(t) > 2
    )


# what stands before a letter the sentence lands on: a separator or a conclusion word ("…: A.", "so B —
# proximal renal tubular acidosis.", "… is D")
_LANDING = re.compile(
    r"(?i)(?:[:—–→=,]|\b(?:so|thus|hence|therefore|i\.e\.?|is|are))\s*(?:option\s+|choice\s+|answer\s+)?[(\[]?$"
)


def landed(sentence: str, start: int, end: int, option: str) -> bool:
    """Whether the letter at ``sentence[start:end]`` is where the sentence lands: after a separator or a
    conclusion word, with nothing after it but its own option's text (a second answer, not a remark)."""
    if not _LANDING.search(sentence, 0, start):
        return False
    rest = option_pattern(option).sub(" ", sentence[end:], count=1)
    return not re.sub(r"[\W_]+", "", rest)
