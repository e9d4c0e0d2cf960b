"""Option tables (``cot_synth/judging/tables.py``): a verdict column rules on the option each row names.

A row's verdict may stand after cells full of commas and clauses ("| 50S ribosomal subunit | clindamycin,
macrolides | unlikely; off the table |"), where no sentence rule reaches it; a table without a verdict
column (features ticked per option) and a header whose "no" is good news say nothing for or against. A list
whose lines each weigh one option and end in one tick or cross is the same table in other markup."""

from __future__ import annotations

import re

import pytest

from cot_synth.judging.tables import verdict_rows, walk_rows
from cot_synth.judging.text import normalize
from tests.test_judging_round32 import CASE, PYELO

HEADER = "| Organism | Key feature | {column} |\n|---|---|---|\n"
ECOLI = "| Escherichia coli | P fimbriae, ascent from the bladder, the usual strain | {verdict} |\n"
PROTEUS = "| Proteus mirabilis | urease, struvite stones, alkaline urine | {verdict} |\n"
SAPRO = "| Staphylococcus saprophyticus | cystitis in young women, rarely the kidney | {verdict} |\n"


def table(column: str, ecoli: str, proteus: str, sapro: str = "✗") -> str:
    return (
        HEADER.format(column=column)
        + ECOLI.format(verdict=ecoli)
        + PROTEUS.format(verdict=proteus)
        + SAPRO.format(verdict=sapro)
    )


def judged(judge, rows: str, after: str = ""):
    return judge.judge(PYELO, f"{CASE}\n\n{rows}\n{after}Answer: A", "stop")


@pytest.mark.parametrize(
    "column, ecoli, proteus",
    [
        ("Verdict", "✗ not the point here, whatever its frequency", "✓"),
        ("Fits?", "No — the casts point elsewhere", "Yes"),
        ("Assessment", "unlikely; off the table", "possible"),
        ("Match?", "Ruled out", "Partly"),
        ("Verdict", "Minor player", "**Most likely**"),  # the only option favoured is another
    ],
)
def test_a_verdict_column_against_the_final_option_contradicts_it(judge, column, ecoli, proteus):
    verdict = judged(judge, table(column, ecoli, proteus))
    assert not verdict.accepted and "contradiction" in verdict.reasons, verdict
    assert "table" in verdict.details["contradiction"], verdict


@pytest.mark.parametrize(
    "column, ecoli, proteus",
    [
        ("Verdict", "✓ best fit", "✗"),
        ("Fits?", "Yes", "No"),
        ("Verdict", "No evidence against it; the classic organism", "✗"),  # "no" opening a phrase
        ("Assessment", "Possible", "Possible"),  # nothing favoured, nothing rejected
        ("Verdict", "Likely", "Likely"),  # two favoured: no single other pick
        # no verdict column: a feature present or not, and a question whose "no" is good news
        ("Struvite stones?", "No", "Yes"),
        ("Ruled out?", "No", "Yes"),
    ],
)
def test_a_table_that_does_not_rule_against_the_final_option_accepts(judge, column, ecoli, proteus):
    verdict = judged(judge, table(column, ecoli, proteus))
    assert verdict.accepted, verdict


def test_a_table_revised_out_loud_does_not_contradict(judge):
    rows = table("Verdict", "✗ too common to be interesting", "✓")
    after = "Wait, I had that backwards: the white cell casts and P fimbriae make Escherichia coli the one.\n"
    verdict = judged(judge, rows, after)
    assert verdict.accepted, verdict


def test_a_row_names_its_option_by_letter_or_whole_text_not_by_a_shared_word(judge):
    by_letter = "| Option | Verdict |\n|---|---|\n| A. E. coli | ✗ |\n| C | ✓ |\n"
    assert not judged(judge, by_letter).accepted
    # "Escherichia" alone is no option's whole text: the row names nothing
    in_part = "| Option | Verdict |\n|---|---|\n| Escherichia species | ✗ |\n| Proteus mirabilis | ✗ |\n"
    assert judged(judge, in_part).accepted


def test_an_initial_heading_a_row_is_no_options_letter(judge):
    rows = (
        "| Organism | Verdict |\n|---|---|\n| Escherichia coli | Typical |\n"
        "| C. difficile | ✓ if on antibiotics |\n"  # "C." an initial: not option C favoured
    )
    assert judged(judge, rows).accepted


def test_verdict_rows_are_the_body_rows_of_tables_with_a_verdict_column():
    raw = (
        "| Organism | Verdict |\n|---|---|\n| Escherichia coli | ✓ |\n\nSome prose.\n"
        "| Proteus mirabilis | ✗ |\n\n"  # a row after prose belongs to no table with a header
        "| Organism | Rash |\n|---|---|\n| Proteus mirabilis | ✗ |\n"  # no verdict column
        "| Choice | Gram stain | Call |\n| --- | :---: | --- |\n| C | negative | **Out** |\n"
    )
    headers = (re.compile("(?i)verdict"), re.compile("(?i)call"))
    rows = verdict_rows(raw, normalize(raw), headers)
    assert [(r.head, r.verdicts) for r in rows] == [("Escherichia coli", ("✓",)), ("C", ("Out",))]


@pytest.mark.parametrize(
    "header, ecoli, proteus, accepted",
    [
        # ticks and crosses under a feature's name are features, whatever the option lacks
        ("| Organism | Stones | Ascends |", "| ✗ | ✓ |", "| ✓ | ✓ |", True),
        ("| Organism | Stones | Verdict |", "| ✗ | ✓ |", "| ✓ | ✗ |", True),
        # under a verdict's name, or under no name, they are verdicts
        ("| Organism | Stones | Verdict |", "| ✓ | ✗ |", "| ✓ | ✓ |", False),
        ("| Organism | Why | |", "| common | ✗ |", "| stones | ✓ |", False),
        # two verdict columns: a cross in either rejects
        ("| Organism | Fits the stem? | Verdict |", "| too common to be it | ✗ |", "| stones | ✓ |", False),
    ],
)
def test_a_mark_in_a_feature_column_is_a_feature_not_a_verdict(judge, header, ecoli, proteus, accepted):
    rows = f"{header}\n|---|---|---|\n| Escherichia coli {ecoli}\n| Proteus mirabilis {proteus}\n"
    verdict = judged(judge, rows, "The casts and the ascent settle it.\n")
    assert verdict.accepted is accepted and ("contradiction" in verdict.reasons) is not accepted, verdict


WALK = (
    "- {ecoli_head} — P fimbriae and the ascent from the bladder, the usual strain{ecoli}\n"
    "- Proteus mirabilis — urease and struvite stones, alkaline urine{proteus}\n"
    "- Staphylococcus saprophyticus — cystitis in young women, rarely the kidney. ✗\n"
)


@pytest.mark.parametrize(
    "ecoli_head, ecoli, proteus",
    [
        ("Escherichia coli", ", but too common to be the point. ✗", "."),  # its own line crossed
        ("A (E. coli, the gut commensal)", ". ❌", "."),  # by its letter, a gloss after it
        ("E. coli", ".", ". ✓"),  # another's line the only one ticked: the walk argues for Proteus
        ("Escherichia coli", ".", " → ✔ fits best"),
        ("Escherichia coli", ", the usual strain -> but not with these casts. X", "."),  # a cross in ASCII
    ],
)
def test_an_option_walk_marked_against_the_final_option_contradicts_it(judge, ecoli_head, ecoli, proteus):
    """A list whose lines each weigh one option and end in a tick or a cross is a verdict table in other
    markup."""
    verdict = judged(judge, WALK.format(ecoli_head=ecoli_head, ecoli=ecoli, proteus=proteus))
    assert not verdict.accepted and "contradiction" in verdict.reasons, verdict


@pytest.mark.parametrize(
    "walk",
    [
        WALK.format(ecoli_head="Escherichia coli", ecoli=". ✓", proteus=". ✗"),
        # the final option's line unmarked and no other ticked: nothing favoured, nothing rejected
        WALK.format(ecoli_head="Escherichia coli", ecoli=".", proteus="."),
        # a grid of features, several marks to a line (fever / stones / ascends): no verdicts
        "- Escherichia coli: ✓ / ✗ / ✓\n- Proteus mirabilis: ✓ / ✓ / ✓\n- Enterococcus faecalis: ✓ / ✗ / ✗\n",
        # the stem's findings ticked off, no option's line among them
        "- fever and rigors ✓\n- white cell casts ✓\n- vaginal discharge ✗\n",
    ],
)
def test_an_option_walk_that_does_not_rule_against_the_final_option_accepts(judge, walk):
    verdict = judged(judge, walk, "The casts and the ascent settle it.\n")
    assert verdict.accepted, verdict


def test_an_option_walk_revised_out_loud_does_not_contradict(judge):
    walk = WALK.format(ecoli_head="Escherichia coli", ecoli=". ✗", proteus=". ✓")
    after = "Wait, I had that backwards: the casts and P fimbriae make Escherichia coli the one.\n"
    assert judged(judge, walk, after).accepted


def test_walk_rows_are_list_lines_of_a_list_with_a_mark():
    text = (
        "- Escherichia coli — the usual strain ✓\n- Proteus mirabilis: stones ✗ and urease ✓\n"
        "1) Enterococcus faecalis; rare here\n\nSome prose.\n"
        "- fever\n- rigors\n"  # a list without a mark is no walk
    )
    rows = [(r.head, r.verdicts) for r in walk_rows(text)]
    assert rows == [("Escherichia coli", ("✓",)), ("Proteus mirabilis", ()), ("Enterococcus faecalis", ())]


def test_an_option_walk_may_head_its_lines_with_the_options_letters(judge):
    walk = (
        "A. Escherichia coli -> the usual strain, yet these casts say otherwise. X\n\n"
        "B. Staphylococcus saprophyticus -> young women, but cystitis only. X\n\n"
        "C. Proteus mirabilis -> urease, stones; plausible.\n"
    )
    assert not judged(judge, walk).accepted
    assert judged(judge, walk.replace("otherwise. X", "the same. ✓")).accepted


def test_walk_lines_headed_by_a_letter_keep_it_and_a_capital_x_closing_a_phrase_is_a_cross():
    text = (
        "A. Vm and Km both decrease -> uncompetitive. X\n(B) Vm decreases: mixed\n- Fragile X: a repeat X\n"
    )
    rows = [(r.head, r.verdicts) for r in walk_rows(text)]
    assert rows == [("A. Vm and Km both decrease", ("✗",)), ("(B) Vm decreases", ()), ("Fragile X", ())]
