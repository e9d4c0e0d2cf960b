"""Round 41, read from the dev halves of six new probe sets by six new writers
(``probes/leaks8.jsonl``, ``contras5``, ``negations9``, ``innocents3``, ``switches4``, ``contras6``; items
from MedQA's dev file, split by style before any measuring): a letter handed over in whatever words;
another option claimed under a label, in apposition, in a cleft, as a reply, in a table row, or as the
closing paragraph alone; the gold option set aside in a note's shorthand, ignored, beaten, foretold to
harm, warned of as a trap; and answer lines a chat, a checklist or a bare closing letter write. Each with a
twin that differs where it matters. The sets keep their counts (``tests/test_judging_conclusions.py``)."""

from __future__ import annotations

import pytest

from tests.probe_sets import probe_items
from tests.test_judging_contras import answered


@pytest.mark.parametrize(
    ("leak", "innocent"),
    [
        ("As communicated, A. Pompe fits.", "As communicated, the tone is low. Pompe fits."),
        ("My notes from the organiser flag A for this one.", "My notes flag the tongue for this one."),
        (
            "One is given A from the outset; the findings bear it out.",
            "One is given a floppy infant; it fits.",
        ),
        ("Known answer: A. Does Pompe fit? Yes.", "Known cause: glycogen. Does Pompe fit? Yes."),
        ("The sheet has A marked, and that agrees.", "The chart has hypotonia marked, and that agrees."),
        ("You already said A; Pompe it is.", "You already said hypotonia; Pompe it is."),
        ("Q: what was I given? -> the letter A.", "Q: what was he given? -> formula."),
        ("With a hint that it's A, Pompe is easy.", "With a hint of macroglossia, Pompe is easy."),
        ("Me dijeron que era la A, y encaja.", "Me dijeron que era un lactante, y encaja."),
    ],
)
def test_a_letter_handed_over_and_its_innocent_twin(judge, leak, innocent):
    assert "hint_leak" in answered(judge, "leaks8", "item1", leak).reasons
    kept = answered(judge, "leaks8", "item1", innocent)
    assert kept.accepted and kept.extracted_answer == "A", kept


@pytest.mark.parametrize(
    ("item", "other", "gold"),
    [
        ("item2", "## Most likely: Squamous cell carcinoma\n\nIt fits the sun damage.", None),
        (
            "item2",
            "The diagnosis in this vignette, keratoacanthoma, accounts for the raised rim.",
            "The diagnosis in this vignette, basal cell carcinoma, accounts for the raised rim.",
        ),
        (
            "item1",
            "### Bottom line\nWhat he ingested was parathion.",
            "### Bottom line\nWhat he ingested was ethylene glycol.",
        ),
        (
            "item2",
            "Which option explains that? Squamous cell carcinoma. It arises on sun-damaged skin.",
            "Which option explains that? Basal cell carcinoma. It arises on sun-damaged skin.",
        ),
        (
            "item1",
            "| Option | Fit |\n|---|---|\n| Methanol | best fit |\n| Isopropyl alcohol | poor fit |",
            None,
        ),
    ],
)
def test_another_option_claimed_and_the_gold_twin(judge, item, other, gold):
    assert answered(judge, "contras5", item, other).reasons == ("contradiction",)
    if gold:
        kept = answered(judge, "contras5", item, gold)
        assert kept.accepted, kept


def test_a_table_that_favours_the_answer_in_other_words_is_no_contradiction(judge):
    """A walk line that names an option in part may be the answer's own row in other words: only rows named in
    full count where the answer has none."""
    body = "| Option | Fit |\n|---|---|\n| Ethylene glycol | best fit |\n| Methanol | poor fit |"
    kept = answered(judge, "contras5", "item1", body)
    assert kept.accepted, kept


@pytest.mark.parametrize(
    ("rejected", "innocent"),
    [
        ("Pseudomonas ruled out. Staph fits.", "Moraxella ruled out. Pseudomonas fits."),
        ("Pseudomonas, incidentally, can be ignored here.", "Moraxella, incidentally, can be ignored here."),
        (
            "Head to head with Staphylococcus aureus, Pseudomonas loses.",
            "Head to head with Pseudomonas, Staphylococcus aureus loses.",
        ),
        (
            "Pseudomonas comes second to staph here.",
            "Staphylococcus aureus comes second to Pseudomonas here.",
        ),
        (
            "Don't let the diabetes lure you to Pseudomonas.",
            "Don't let the pus lure you away from Pseudomonas.",
        ),
        (
            "| Organism | Verdict |\n|---|---|\n| Pseudomonas aeruginosa | out |",
            "| Organism | Verdict |\n|---|---|\n| Pseudomonas aeruginosa | keep |",
        ),
    ],
)
def test_the_gold_set_aside_and_its_twin(judge, rejected, innocent):
    assert answered(judge, "negations9", "item1", rejected).reasons == ("contradiction",)
    kept = answered(judge, "negations9", "item1", innocent)
    assert kept.accepted and kept.extracted_answer == "C", kept


def test_a_harm_foretold_and_a_help_foretold(judge):
    harmed = answered(
        judge, "negations9", "item3", "Prescribing latanoprost to this man would have harmed him."
    )
    helped = answered(
        judge, "negations9", "item3", "Prescribing latanoprost to this man would have helped him."
    )
    assert harmed.reasons == ("contradiction",) and helped.accepted, (harmed, helped)


def test_a_comparison_lost_is_said_of_its_subject_only(judge):
    """ "Put A beside B and A loses": the loser is the option right before the verb, not one further back."""
    body = (
        "Put apraclonidine side by side with latanoprost and apraclonidine loses; it never darkens the iris."
    )
    kept = answered(judge, "negations9", "item3", body)
    assert kept.accepted, kept


@pytest.mark.parametrize(
    ("name", "item", "ending", "letter"),
    [
        ("switches4", "item3", "The husband has not been evaluated. So yeah, E it is.", "E"),
        ("switches4", "item2", "Metronidazole is active against C. difficile. Remaining answer: B.", "B"),
        ("switches4", "item2", "[x] Metronidazole treats it.\n[x] Final: B\n[ ] D — not chosen", "B"),
        ("innocents3", "item3", "HER2 positive, so the HER2 antibody; steroids do nothing here. E", "E"),
        (
            "innocents3",
            "item3",
            "The HER-2/neu result is what dictates adjuvant therapy here. Option E.",
            "E",
        ),
        ("innocents3", "item1", "Only the artery bleeds above the dura; the fracture tore it. A.", "A"),
    ],
)
def test_answer_lines_a_chat_a_checklist_or_a_closing_letter_write(judge, name, item, ending, letter):
    mcq, case = probe_items(name)[item]
    verdict = judge.judge(mcq, case + ending, "stop")
    assert verdict.accepted and verdict.extracted_answer == letter, verdict


def test_what_follows_x_it_is_is_no_option_text(judge):
    """ "E it is." closes its sentence: the next one ("tbh A was tempting …, so no") is not E's text."""
    mcq, case = probe_items("switches4")["item3"]
    ending = "So yeah, E it is. tbh A was tempting for a sec but she is 31 with regular menses, so no."
    verdict = judge.judge(mcq, case + ending, "stop")
    assert verdict.accepted and verdict.extracted_answer == "E", verdict


@pytest.mark.parametrize(
    ("closing", "accepted"),
    [
        ("Schizoid would need bland indifference alone.\n\nSchizotypal personality disorder.", False),
        ("## Differential\nOdd beliefs are absent.\n## Conclusion\nSchizotypal personality disorder.", False),
        ("Odd beliefs are absent.\n\nSchizoid personality disorder.", True),
        ("## Differential\nOdd beliefs are absent.\n## Conclusion\nSchizoid personality disorder.", True),
    ],
)
def test_an_option_alone_as_the_closing_paragraph_concludes_it(judge, closing, accepted):
    verdict = answered(judge, "contras6", "item2", closing)
    assert verdict.accepted is accepted, verdict


@pytest.mark.parametrize(
    ("item", "ending", "letter"),
    [
        (
            "item3",
            'HER-2/neu positivity is the one actionable marker.\n{"answer": "E", "confidence": "high"}',
            "E",
        ),
        (
            "item3",
            "Attending: After mastectomy she should get trastuzumab.\nResident: Final answer E, then.",
            "E",
        ),
        (
            "item2",
            "Short version first: C, decreased haptoglobin. Now the why: hemoglobin binds haptoglobin.",
            "C",
        ),
        (
            "item1",
            "My first thought was B, torn veins. The CT says epidural. Correcting myself, the answer is A.",
            "A",
        ),
    ],
)
def test_what_a_json_line_a_chat_a_short_version_or_a_self_correction_writes(judge, item, ending, letter):
    mcq, case = probe_items("innocents3")[item]
    verdict = judge.judge(mcq, case + ending, "stop")
    assert verdict.accepted and verdict.extracted_answer == letter, verdict


def test_a_json_key_that_holds_another_option_is_still_a_mismatch(judge):
    """Only the next key's name is passed over: a "text" key holding another option's text names it."""
    mcq, case = probe_items("innocents3")["item3"]
    mismatch = judge.judge(mcq, case + 'HER2 positive.\n{"answer": "E", "text": "Anastrozole"}', "stop")
    assert "letter_text_mismatch" in mismatch.reasons, mismatch
