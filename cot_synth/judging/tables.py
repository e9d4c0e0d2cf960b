"""Option tables: a markdown table whose rows each weigh one option, with a column for the verdict.

"| Hemisection injury | … | No — the Horner pupil takes us away |" rejects the option its row names as
surely as a sentence does, and "| Carvedilol | … | **Most likely responsible** |" argues for it; but the
judge reads a row as its cells run together ("Hemisection injury — … — No — the Horner pupil …", see
``text.normalize``), where a verdict may stand far from its option, after other cells' commas and
clauses. So a table is read as a table: its header says which column holds the verdict ("Verdict",
"Fits?", "Assessment"), and only that column's cells are verdicts. A column named for a feature ("| Measles
| ✓ | ✗ |": fever, rash) says nothing for or against its options, and its ticks and crosses are read as the
features they are ("+", "−") before any rule reads the trace. The header and cell wordings are content
(``contradiction.tables`` in ``judges/rules.yaml``).

A list whose lines each weigh one option and end in a tick or a cross ("- HSV — the CSF protein is normal
here. ✗", "- Elephantiasis — … lymphatic obstruction. ✓") is the same table in other markup: each line is a
row, headed by the option its first phrase names, its marks its verdict (``walk_rows``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from cot_synth.judging.partial import label_option
from cot_synth.judging.phrases import compile_list
from cot_synth.judging.terms import Terms
from cot_synth.judging.text import TABLE_ROW, TABLE_SEPARATOR, Normalized, normalize
from cot_synth.judging.words import CONTRAST

# a first cell that is an option's letter, alone or opening the option's text ("A", "(B)", "C. Maltose"); not
# an initial ("C. difficile toxin", "E. coli")
_LETTER_CELL = re.compile(r"[(\[]?(?P<letter>[A-J])(?:[)\]:]|(?:\.|[ \t])(?![ \t]*[a-z])|$)")
_CELL_EDGE = " \t—–-*_`\"'"
_TICKS = "✓✔✅☑"
_CROSSES = "✗✘✖✕❌⛔"
_MARKS = _TICKS + _CROSSES
# a line of an option walk: a bullet, a number, a box or a mark opening it, or an option's letter ("A. ",
# "(B) ", "C — ") that its head keeps, then its head (up to the first separator: the option it weighs) and
# the rest of the line
_WALK_LINE = re.compile(
    rf"^[ \t]*(?:(?:(?:[-*•☐]|\d+[.)]|[{_MARKS}])[ \t]*)+[*_`]*"
    r"|[*_`]*(?=[(\[]?[A-J](?:[.)\]][ \t]|[ \t]*[—–][ \t])))"
    r"(?P<head>(?:[(\[]?[A-J][.)\]][ \t]+)?[^\n:—–→;,?(=]+?)[*_`]*"
    r"(?:[ \t]*[:—–→;,?(=]|[ \t]+-[ \t]|[ \t]*->)(?P<said>[^\n]*)$",
    re.M,
)
# the option's letter after its text, where the head ends ("renal failure (A) — inconsistent: …")
_LABEL_AFTER = re.compile(r"^[ \t]*[A-J][)\]][ \t]*")
# a capital X closing a line after its last phrase is a cross written in ASCII ("… pattern. X", "→ X")
_ASCII_CROSS = re.compile(r"[.;:)\]→>—–-][ \t]*X[ \t]*$")


@dataclass(frozen=True)
class Row:
    """A body row of a table with a verdict column: its first cell and its verdicts (normalised text; a
    table may have two: "Fits the stem?" and "Verdict") and where the row stands in the normalised trace."""

    head: str
    verdicts: tuple[str, ...]
    start: int
    end: int


def verdict_rows(raw: str, norm: Normalized, headers: tuple[re.Pattern[str], ...]) -> list[Row]:
    """The body rows of every table in ``raw`` whose header names a verdict column (one of ``headers``
    matches the start of a header cell after the first), read in ``norm``."""
    rows = []
    for line, bounds, _, columns in _body_rows(raw, headers):
        if columns:
            start, end = norm.normalized_span(line.start(), line.end())
            verdicts = tuple(_cell(raw, *bounds[c]) for c in columns)
            rows.append(Row(_cell(raw, *bounds[0]), verdicts, start, end))
    return rows


def walk_rows(text: str, opens_on_verdict: Callable[[str], bool] = lambda said: False) -> list[Row]:
    """The lines of option walks in normalised ``text``: list lines headed by a phrase, each a row whose
    verdict is its one tick or cross ("✓" or "✗"), or what it says after its head where that opens on a
    verdict (``opens_on_verdict``: "renal failure (A) — inconsistent: …", "— NO — …"). A line with several
    marks is a grid of features ("Wernicke: ✔ / ✘ / ✘", fluency / comprehension / repetition) and has no
    verdict; a list with no verdict on any line is no walk."""
    rows, walk = [], []
    for line in _WALK_LINE.finditer(text):
        if walk and text[walk[-1].end() : line.start()].strip():
            rows += _walk(walk, opens_on_verdict)  # something else stands between: a new list
            walk = []
        walk.append(line)
    return rows + _walk(walk, opens_on_verdict)


def _walk(lines: list[re.Match[str]], opens_on_verdict: Callable[[str], bool]) -> list[Row]:
    """One list's rows, if any line holds a verdict."""
    rows = []
    for line in lines:
        marks = [c for c in line.group() if c in _MARKS] + (
            ["✗"] if _ASCII_CROSS.search(line.group()) else []
        )
        verdict: tuple[str, ...] = (("✓" if marks[0] in _TICKS else "✗"),) if len(marks) == 1 else ()
        said = _LABEL_AFTER.sub("", line.group("said")).strip(_CELL_EDGE)
        if not marks and opens_on_verdict(said):
            verdict = (said,)
        rows.append(Row(line.group("head").strip(_CELL_EDGE), verdict, line.start(), line.end()))
    return rows if any(row.verdicts for row in rows) else []


def marks_as_features(raw: str, norm: Normalized, headers: tuple[re.Pattern[str], ...]) -> Normalized:
    """``norm`` with each tick or cross in a table's feature column (named, not a verdict: "Stones",
    "Ascends") written as the feature's "+" or "−": a cross there says the option lacks a feature, not that
    the writer rejects it, and no sentence rule may read it as a verdict. A row whose marks ``normalize``
    did not keep one for one is left as it is."""
    text, features = norm.text, {}
    for line, bounds, heads, columns in _body_rows(raw, headers):
        start, end = norm.normalized_span(line.start(), line.end())
        marks = [i for i in range(start, end) if text[i] in _MARKS]
        raw_marks = [
            number for number, (low, high) in enumerate(bounds) for c in raw[low:high] if c in _MARKS
        ]
        if len(marks) == len(raw_marks):
            for at, number in zip(marks, raw_marks, strict=True):
                if number and number not in columns and number < len(heads) and heads[number]:
                    features[at] = "+" if text[at] in _TICKS else "−"
    if not features:  # most traces: no table, or none with a feature column
        return norm
    chars = list(text)
    for at, feature in features.items():
        chars[at] = feature
    return Normalized("".join(chars), norm.origin)


def _body_rows(
    raw: str, headers: tuple[re.Pattern[str], ...]
) -> Iterator[tuple[re.Match[str], list[tuple[int, int]], list[str], tuple[int, ...]]]:
    """Each body row of a table with a header: the row, its cells' raw spans, its table's header cells and
    verdict columns that the row reaches (none: the table has none)."""
    heads: list[str] | None = None  # the header of the table being read
    columns: tuple[int, ...] = ()
    previous: re.Match[str] | None = None
    for line in TABLE_ROW.finditer(raw):
        if previous is None or not _next_row(raw[previous.end() : line.start()]):
            heads = None  # a new table: the previous line was no row of it
        previous = line
        if TABLE_SEPARATOR.match(raw, line.start()):  # the rule under a header
            continue
        bounds = _cells(line)
        if TABLE_SEPARATOR.match(raw, line.end() + 1):  # a header: the rule follows it
            heads = [_cell(raw, *b) for b in bounds]
            columns = tuple(i for i, h in enumerate(heads) if i and any(p.match(h) for p in headers))
        elif heads is not None:
            yield line, bounds, heads, tuple(c for c in columns if c < len(bounds))


def _next_row(gap: str) -> bool:
    """Whether ``gap``, between two rows, keeps them in one table: a line break, maybe a rule that is no row
    of its own (an ASCII table's "+-----+-----+" edge)."""
    before, newline, after = gap.partition("\n")
    return bool(newline) and not before.strip(" \t\r") and not TABLE_SEPARATOR.sub("", after).strip(" \t\r")


def _cell(raw: str, start: int, end: int) -> str:
    """A cell's text as the judges read it (a row is one piece of ``norm``: its cells share one offset)."""
    return normalize(raw[start:end]).text.strip(_CELL_EDGE)


def _cells(line: re.Match[str]) -> list[tuple[int, int]]:
    """The raw spans of a row's cells, between its pipes."""
    spans, start = [], line.start(1)
    for part in line.group(1).split("|"):
        spans.append((start, start + len(part)))
        start += len(part) + 1
    return spans


class Tables:
    """Reads verdict columns for and against the options their rows name."""

    def __init__(self, rules: dict[str, Any], terms: Terms, where: str) -> None:
        where = f"{where}: contradiction.tables"
        self.headers = compile_list(rules["headers"], f"{where}.headers")
        self.against = compile_list(rules["against"], f"{where}.against")
        self.favour = compile_list(rules["for"], f"{where}.for")
        self.terms = terms

    def marks_as_features(self, raw: str, norm: Normalized) -> Normalized:
        """``norm`` with the ticks and crosses of feature columns read as features (``marks_as_features``)."""
        return marks_as_features(raw, norm, self.headers)

    def contradiction(
        self,
        raw: str,
        norm: Normalized,
        final: str,
        before: int,
        options: dict[str, str],
        question: str,
        revised: Callable[[int], bool],
    ) -> str | None:
        """How a table or an option walk before ``before`` rules against ``final``: its row's verdict
        rejects it, or another option's row is the only one the verdicts favour while ``final``'s is not (or
        ``final`` has no row, among rows that name two options or more in full);
        ``revised(end)`` says whether the trace revises itself between a row's end and the answer."""
        # per option, its rows: the row, the verdicts in it against the option, whether they favour it
        read: dict[str, list[tuple[Row, list[str], bool]]] = {}
        rows = [(row, False) for row in verdict_rows(raw, norm, self.headers)]
        walked_rows = walk_rows(norm.text, self._opens_on_verdict)
        for row, walked in rows + [(row, True) for row in walked_rows]:
            if row.end <= before and (letter := self._named(row.head, options, question, walked)):
                against = [v for v in row.verdicts if _opens(v, self.against)]
                favours = not against and any(_opens(v, self.favour) for v in row.verdicts)
                read.setdefault(letter, []).append((row, against, favours))
        own = read.get(final, [])
        if rejected := [against for row, against, _ in own if against and not revised(row.end)]:
            return f"its table rejects {final} before concluding it ({rejected[-1][0][:60]})"
        favoured = {k for k, rows in read.items() if any(favours for _, _, favours in rows)}
        if not own:  # rows that name their option in part may be the final's own, written in other words
            sure = {
                k
                for k, rows in read.items()
                for row, _, _ in rows
                if self._named(row.head, options, question, False)
            }
            favoured = favoured if len(sure) > 1 and favoured <= sure else set()
        if len(favoured) == 1 and final not in favoured:
            other = favoured.pop()
            if not any(revised(row.end) for row, _, favours in read[other] if favours):
                return f"its table favours {other}, concludes {final}"
        return None

    def _opens_on_verdict(self, said: str) -> bool:
        """Whether what a walk line says after its option opens on a verdict against it, with no contrast
        in the line ("— unlikely at first, but …" is no verdict)."""
        return _opens(said, self.against) and not CONTRAST.search(said)

    def _named(self, head: str, options: dict[str, str], question: str, partial: bool) -> str | None:
        """The option a row's first cell names: by its letter or as ``label_option`` reads it; words in part
        name no table row's option surely enough (the "Autosomal recessive" row is not "X-linked
        recessive"), but a walk's line (``partial``) is written to name the option it weighs, often in short
        ("V. parahaemolyticus: raw oysters …")."""
        if (m := _LETTER_CELL.match(head)) and m.group("letter") in options:
            return m.group("letter")
        return label_option(head, options, question, self.terms, in_part=partial)


def _opens(cell: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
    return any(p.match(cell) for p in patterns)
