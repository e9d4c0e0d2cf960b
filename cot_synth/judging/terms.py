"""Names an option goes by besides its own words: its drug class, the class's other members, an eponym.

A trace that argues for lisinopril writes "the ACE inhibitor"; one that concludes for finasteride writes
"the 5α-reductase inhibitors"; "retained products of conception" are the "remains of placenta in uterus".
No reading of an option's own words finds these, and copying the paraphrases of one writer finds none of
the next writer's. What they share is general medical knowledge: a drug belongs to a class, a class has a
name and members that share a stem ("-pril", "-sartan", "-azepam"), a disease has an eponym. ``terms`` in
``judges/rules.yaml`` lists such groups, each a list of patterns that name one thing; an option that
matches a pattern of a group is named by all of them, when it is the only option of its item in that
group and the question does not use the group's words itself (then they say what the question is about).
An option of several words also goes by its initials, written as a capitalised acronym ("VZV" for
"Varicella zoster virus", "DIC" for "Disseminated intravascular coagulation"), and an option that is an
acronym ("MEN1") is named by words with those initials ("multiple endocrine neoplasia type 1"). Initials may
keep a lower-case letter or two of their word ("PsA" for "Psoriatic arthritis", "GnRH"), and a tumour named
by what it secretes ("VIPoma", "Insulinoma") is that secreting tumour written out ("a VIP-secreting
pancreatic tumour", "a tumour that produces insulin").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from cot_synth.errors import UserError
from cot_synth.judging.phrases import compiled
from cot_synth.judging.prefilter import Prefilters, folded


class Terms:
    """The term groups, compiled."""

    def __init__(self, groups: list[list[str]], where: str) -> None:
        compiled = []
        for number, group in enumerate(groups):
            try:
                compiled.append(
                    re.compile(r"(?<![\w-])(?:" + "|".join(map(str, group)) + r")(?![\w-])", re.I)
                )
            except (re.error, TypeError) as exc:
                raise UserError(f"{where}: terms[{number}]: invalid pattern ({exc})") from exc
        self.groups = tuple(compiled)
        self._prefilters = Prefilters(self.groups)  # of a thousand groups, those an option's words admit

    def shared(self, text: str, option: str) -> bool:
        """Whether ``text`` names something ``option`` is or holds by a name of one of its groups (whatever
        other options share it), or spells out the acronym ``option`` is: what a statement of the answer in
        other words may say."""
        spelt = _initials(text)
        if spelt and spelt == re.sub(r"[^0-9A-Za-z]", "", option).upper():
            return True
        return any(self.groups[i].search(text) for i in _groups_of(self, option))

    def aliases(self, options: tuple[tuple[str, str], ...], question: str) -> dict[str, Names]:
        """Per letter, the names its option goes by (only letters that have some)."""
        return _aliases(self, options, question)

    def respelled(self, option: str) -> re.Pattern[str] | None:
        """A pattern for ``option``'s whole text with each term in it written by any name of its group ("IV
        antibiotics and observation" for "Intravenous antibiotics and observation"), or ``None`` when it
        holds no term."""
        return _respelled(self, option)

    def named_whole(
        self, text: str, options: dict[str, str], question: str
    ) -> list[tuple[str, re.Match[str]]]:
        """Where ``text`` names an option that is one term by another of its names ("dysthymia" for
        "Persistent depressive disorder"; "rifampin" names one drug of a regimen, not the regimen)."""
        return [
            (letter, match)
            for letter, alias in self.aliases(tuple(options.items()), question).items()
            if alias.fullmatch(options[letter].strip(" ."))
            for match in alias.finditer(text)
        ]


class Names:
    """The names one option goes by, asked as one pattern would be: the term groups' patterns (compiled once,
    with the rules) and the option's own (its initials, its secreting tumour). A union of them compiled per
    item cost more than judging a trace, and an item is seldom judged twice."""

    def __init__(self, patterns: list[re.Pattern[str] | MixedInitials]) -> None:
        self.patterns = tuple(patterns)

    def search(self, text: str) -> bool:
        return any(p.search(text) for p in self.patterns)

    def fullmatch(self, text: str) -> bool:
        return any(p.fullmatch(text) for p in self.patterns)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every name in ``text``, leftmost first, none overlapping an earlier one."""
        end = 0
        found = sorted(
            ((m.start(), n, m) for n, p in enumerate(self.patterns) for m in p.finditer(text)),
            key=lambda hit: hit[:2],
        )
        for start, _, match in found:
            if start >= end:
                end = match.end()
                yield match


@lru_cache(maxsize=1 << 14)
def _aliases(terms: Terms, options: tuple[tuple[str, str], ...], question: str) -> dict[str, Names]:
    members: dict[int, list[str]] = {}
    for letter, option in options:
        for group in _groups_of(terms, option):
            members.setdefault(group, []).append(letter)
    found: dict[str, list[re.Pattern[str] | MixedInitials]] = {}
    for group, letters in members.items():
        if len(letters) == 1 and not terms.groups[group].search(question):
            found.setdefault(letters[0], []).append(terms.groups[group])
    acronyms: dict[str, list[str]] = {}
    for letter, option in options:
        if acronym := _initials(option):
            acronyms.setdefault(acronym, []).append(letter)
    asked = frozenset(_TOKEN.findall(question))
    for acronym, letters in acronyms.items():  # shared by two options, it names neither
        if len(letters) == 1 and acronym not in asked:
            own = MixedInitials(dict(options)[letters[0]])  # "PsA", and "PA" with it
            if not own.search(question):
                found.setdefault(letters[0], []).append(own)
    for letter, option in options:
        for stem in _SECRETED.findall(option):
            found.setdefault(letter, []).append(compiled(_SECRETING.format(stem=re.escape(stem)), re.I))
    return {k: Names(patterns) for k, patterns in found.items()}


@lru_cache(maxsize=1 << 15)
def _respelled(terms: Terms, option: str) -> re.Pattern[str] | None:
    spans = sorted(
        (m.start(), m.end(), i) for i in _groups_of(terms, option) for m in terms.groups[i].finditer(option)
    )
    parts, at = [], 0
    for start, end, group in spans:
        if start >= at:  # the first of overlapping terms
            parts += [_LITERAL.sub(_literal, option[at:start]), f"(?:{terms.groups[group].pattern})"]
            at = end
    if not parts:
        return None
    return compiled("".join([*parts, _LITERAL.sub(_literal, option[at:])]), re.IGNORECASE)


_LITERAL = re.compile(r"\s+|[^\s]")


def _literal(match: re.Match[str]) -> str:
    """A character of an option's text as a pattern; white space as any run of it."""
    return r"\s+" if match.group().isspace() else re.escape(match.group())


@lru_cache(maxsize=1 << 15)
def _groups_of(terms: Terms, option: str) -> tuple[int, ...]:
    """The groups an option text matches (options recur across items far more than items do)."""
    return tuple(i for i in terms._prefilters.admitted(folded(option)) if terms.groups[i].search(option))


# words an acronym skips ("multiple endocrine neoplasia type 1": MEN1); "of" stays ("Tetralogy of Fallot")
_SKIPPED = frozenset({"the", "and", "a", "an", "type", "to", "in", "with", "for", "on", "by"})
_WORD = re.compile(r"[^\W\d_]+|\d+")
_TOKEN = re.compile(r"\w+")  # an acronym stands alone in the question where it is one whole such run


def _initials(text: str) -> str:
    """The acronym of a phrase of two to six words ("Varicella zoster virus": "VZV", "multiple endocrine
    neoplasia type 1": "MEN1"), or "" for a phrase that has none (one word, a long sentence, an acronym)."""
    words = [w for w in _WORD.findall(text) if w.casefold() not in _SKIPPED]
    if not 2 <= len(words) <= 6 or any(len(w) > 1 and w.isupper() for w in words):
        return ""  # an acronym already ("MEN1", "HIV infection") spells no other
    return "".join(w if w.isdigit() else w[0].upper() for w in words)


class MixedInitials:
    """The initials of a phrase, each of which may keep up to two lower-case letters from early in its word
    ("PsA" for "Psoriatic arthritis", "GnRH") or none (the plain acronym, "PA"): a run of word characters
    standing alone (no hyphen either side), case as written. Read by a walk over the run: a pattern compiled
    per option cost more than judging its trace, and nearly every item brings options of its own."""

    def __init__(self, text: str) -> None:
        words = [w for w in _WORD.findall(text) if w.casefold() not in _SKIPPED]
        # per word: what opens its initial, and the letters it may keep
        self.parts = tuple((w, "") if w.isdigit() else (w[0].upper(), w[1:6].lower()) for w in words)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        head = self.parts[0][0]
        at = text.find(head)
        while at >= 0:
            run = _RUN.match(text, at)
            if run and self._fits(run.group(), 0, 0):
                yield run
            at = text.find(head, at + 1)

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        run = _RUN.fullmatch(text)
        return run if run and self._fits(text, 0, 0) else None

    def _fits(self, run: str, at: int, part: int) -> bool:
        """Whether ``run[at:]`` is the initials of the words from ``part`` on."""
        if part == len(self.parts):
            return at == len(run)
        head, kept = self.parts[part]
        if not run.startswith(head, at):
            return False
        at += len(head)
        for extra in range(3):
            if extra and (at + extra > len(run) or run[at + extra - 1] not in kept):
                return False
            if self._fits(run, at + extra, part + 1):
                return True
        return False


_RUN = re.compile(r"(?<![\w-])\w+(?![\w-])")


# a tumour named by what it secretes ("VIPoma", "Insulinoma", "Gastrinoma"), and that tumour written out
_SECRETED = re.compile(r"(?i)\b([a-z]{3,})oma\b")
_SECRETING = (
    r"(?<![\w-]){stem}[- ](?:secreting|producing|releasing)\s+(?:[\w-]+\s+){{0,2}}?(?:tumou?rs?|neoplasms?)\b"
    r"|\b(?:tumou?rs?|neoplasms?)\s+(?:that\s+|which\s+)?(?:secret|produc|releas)\w*\s+(?:excess\s+)?{stem}\b"
)
