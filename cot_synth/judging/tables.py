"""Option tables: a markdown table whose rows each weigh one option, with a column for the verdict.

"| Hemisection injury | … | No — the Horner pupil takes us away |" rejects the option its row names as
surely as a sentence does, and "| Carvedilol | … | **Most likely responsible** |" argues for it; but the
judge reads a row as its cells run together ("Hemisection injury — … — No — the Horner pupil …", see
``text.normalize``), where a verdict may stand far from its option, after other cells' commas and
clauses. So a table is read as a table: its header says which column holds the verdict ("Verdict",
"Fits?", "Assessment"), and only that column's cells are verdicts. A table without one ("| Measles | ✓ |
✗ |": fever, rash) says nothing for or against its options. The header and cell wordings are content
(``contradiction.tables`` in ``judges/rules.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cot_synth.judging.options import options_named
from cot_synth.judging.phrases import compile_list
from cot_synth.judging.terms import Terms
from cot_synth.judging.text import TABLE_ROW, TABLE_SEPARATOR, Normalized, normalize

# a first cell that is an option's letter, alone or opening the option's text ("A", "(B)", "C. Maltose"); not
# an initial ("C. difficile toxin", "E. coli")
_LETTER_CELL = re.compile(r"[(\[]?(?P<letter>[A-J])(?:[)\]:]|(?:\.|[ \t])(?![ \t]*[a-z])|$)")
_CELL_EDGE = " \t—–-*_`\"'"


@dataclass(frozen=True)
class Row:
    """A body row of a table with a verdict column: its first cell and its verdict (normalised text) and
    where the row stands in the normalised trace."""

    head: str
    verdict: str
    start: int
    end: int


def verdict_rows(raw: str, norm: Normalized, headers: tuple[re.Pattern[str], ...]) -> list[Row]:
    """The body rows of every table in ``raw`` whose header names a verdict column (one of ``headers``
    matches the start of a header cell after the first), read in ``norm``."""

    def cell(start: int, end: int) -> str:  # a row is one piece of ``norm`` (its cells share an offset)
        return normalize(raw[start:end]).text.strip(_CELL_EDGE)

    rows: list[Row] = []
    column: int | None = None  # the verdict column of the table being read
    previous: re.Match[str] | None = None
    for line in TABLE_ROW.finditer(raw):
        if previous is None or raw[previous.end() : line.start()].strip(" \t\r") != "\n":
            column = None  # a new table: the previous line was no row of it
        previous = line
        if TABLE_SEPARATOR.match(raw, line.start()):  # the rule under a header
            continue
        bounds = _cells(line)
        if TABLE_SEPARATOR.match(raw, line.end() + 1):  # a header: the rule follows it
            heads = [cell(*b) for b in bounds]
            column = next((i for i, h in enumerate(heads) if i and any(p.match(h) for p in headers)), None)
        elif column is not None and column < len(bounds):
            start, end = norm.normalized_span(line.start(), line.end())
            rows.append(Row(cell(*bounds[0]), cell(*bounds[column]), start, end))
    return rows


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
        """How a table before ``before`` rules against ``final``: its row's verdict rejects it, or another
        option's row is the only one the verdicts favour while ``final``'s is not; ``revised(end)`` says
        whether the trace revises itself between a row's end and the answer."""
        verdicts: dict[str, list[tuple[str, Row]]] = {}
        for row in verdict_rows(raw, norm, self.headers):
            if row.end <= before and (letter := self._named(row.head, options, question)):
                side = "against" if _opens(row.verdict, self.against) else ""
                side = side or ("for" if _opens(row.verdict, self.favour) else "neither")
                verdicts.setdefault(letter, []).append((side, row))
        own = verdicts.get(final, [])
        if rejected := [row for side, row in own if side == "against" and not revised(row.end)]:
            return f"its table rejects {final} before concluding it ({rejected[-1].verdict[:60]})"
        favoured = {k for k, found in verdicts.items() for side, _ in found if side == "for"}
        if own and favoured and final not in favoured and len(favoured) == 1:
            other = favoured.pop()
            if not any(revised(row.end) for side, row in verdicts[other] if side == "for"):
                return f"its table favours {other}, concludes {final}"
        return None

    def _named(self, head: str, options: dict[str, str], question: str) -> str | None:
        """The option a row's first cell names: by its letter, its whole text, or another of its names and
        nothing more ("ACE inhibitor" for lisinopril; words in part name no option surely enough: the
        "Autosomal recessive" row is not "X-linked recessive")."""
        if (m := _LETTER_CELL.match(head)) and m.group("letter") in options:
            return m.group("letter")
        named = options_named(head, options)
        if not named:
            aliases = self.terms.aliases(tuple(options.items()), question)
            named = [k for k, alias in aliases.items() if alias.fullmatch(head)]
        return named[0] if len(named) == 1 else None


def _opens(cell: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
    return any(p.match(cell) for p in patterns)
