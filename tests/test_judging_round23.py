"""Round 23: what three new writers' full traces (``dev_round23.jsonl``, their dev half) showed the judge
misreading, each as a general rule beside a twin it must keep. An option heading its line as a label is
what the rest of that line is about: its "it" stands for the option, and a verdict alone ending the line
("Wrong.") is said of it. "I'd rule it out" (the option between a verb and its particle) and "I don't
think SCD holds up" reject; "X is the indicated therapy" and "the process that would be impaired here, X"
claim. "The answer stands: D" and a hyphenated closing label ("Take-home: A") are answers, and the edges
of a box drawn in box-drawing characters are layout, not a degenerate run of punctuation."""

from __future__ import annotations

import pytest

from tests.conftest import gold_mcq

PRIAPISM = gold_mcq(
    "priapism",
    "A 12-year-old boy has had a painful erection for 5 hours. Cavernous blood is dark and hypoxic. His "
    "hemoglobin is 9.1 g/dL and the smear shows Howell-Jolly bodies. Which of the following is the most "
    "likely underlying condition?",
    {
        "A": "Sickle cell disease (SCD)",
        "B": "Glucose-6-phosphate dehydrogenase deficiency",
        "C": "Thrombotic thrombocytopenic purpura",
        "D": "Hereditary spherocytosis",
    },
    "A",
)
RENAL_VEIN = gold_mcq(
    "renal_vein",
    "A 30-year-old woman taking an estrogen-containing pill has left flank pain and hematuria; CT shows a "
    "left renal vein thrombosis. Which of the following is the most appropriate next step in management?",
    {"A": "Surgery", "B": "Heparin", "C": "Thrombectomy", "D": "Warfarin"},
    "B",
)
FORMULA = gold_mcq(
    "formula",
    "A mother boils her infant's formula for 20 minutes, which destroys its vitamin C. Which of the "
    "following processes is most likely to be impaired in the infant?",
    {
        "A": "Heme synthesis",
        "B": "Collagen synthesis",
        "C": "Protein catabolism",
        "D": "Fatty acid metabolism",
    },
    "B",
)

# each item's findings in a writer's words (the form check asks a trace to reason about its own item)
FINDINGS = {
    "priapism": "A boy of 12 with a painful erection for 5 hours, hypoxic cavernous blood, a hemoglobin of "
    "9.1 g/dL and Howell-Jolly bodies on the smear; the question asks for the underlying condition.\n\n",
    "renal_vein": "A young woman on an estrogen-containing pill has flank pain, hematuria and a left renal "
    "vein thrombosis on CT; the question asks for the next step in management.\n\n",
    "formula": "Boiling the formula destroys its vitamin C, and the infant depends on the formula; the "
    "question asks which process is impaired without vitamin C.\n\n",
}


def _verdict(judge, mcq, body: str, answer: str | None = None):
    end = "" if answer == "" else f"\n\nAnswer: {answer or mcq.answer_idx}"
    return judge.judge(mcq, FINDINGS[mcq.id] + body + end, "stop")


@pytest.mark.parametrize(
    "mcq, body",
    [
        # the option heading its line: its "it", and a verdict alone ending the line, are said of it
        (
            PRIAPISM,
            "- **Sickle cell disease:** the hemoglobin fits, but no sickled cells. We can rule it out.",
        ),
        (PRIAPISM, "A - Sickle cell disease. The smear would show sickled cells, and it shows none. Wrong."),
        (PRIAPISM, "Howell-Jolly bodies alone are not enough, so I'd rule sickle cell disease out."),
        (PRIAPISM, "Without sickled cells on the smear, I don't think SCD holds up."),
        (RENAL_VEIN, "Recommendation: warfarin is the indicated therapy to prevent the sequelae here."),
        (FORMULA, "Iron is not absorbed; that's the process that would be impaired here, heme synthesis."),
    ],
)
def test_an_argument_against_the_final_option_contradicts(judge, mcq, body):
    verdict = _verdict(judge, mcq, body)
    assert verdict.reasons == ("contradiction",), verdict


@pytest.mark.parametrize(
    "mcq, body",
    [
        (
            PRIAPISM,
            "- **Sickle cell disease:** the priapism fits. We can't rule it out, and it explains the smear.",
        ),
        (PRIAPISM, "A - Sickle cell disease. Autosplenectomy explains the Howell-Jolly bodies. Correct."),
        (PRIAPISM, "- **Sickle cell disease:** is the hemoglobin a problem? No."),
        (
            PRIAPISM,
            "We would need to rule sickle cell disease out with electrophoresis; the smear already fits.",
        ),
        (PRIAPISM, "D - Hereditary spherocytosis. No spherocytes on the smear. Wrong."),
        (RENAL_VEIN, "Heparin is the indicated therapy now, and warfarin follows once she is stable."),
        (
            FORMULA,
            "Prolyl hydroxylase needs it: that's the process that would be impaired here, collagen "
            "synthesis.",
        ),
    ],
)
def test_the_same_words_for_the_final_option_accept(judge, mcq, body):
    verdict = _verdict(judge, mcq, body)
    assert verdict.accepted, verdict


@pytest.mark.parametrize(
    "mcq, body, letter",
    [
        (PRIAPISM, "Sickled cells block venous outflow from the corpora.\n\nSo the answer stands: A.", "A"),
        (FORMULA, "Vitamin C is the cofactor of prolyl and lysyl hydroxylase.\n\nTake-home: B", "B"),
        (
            FORMULA,
            "┌──────────────────────────────┐\n│ FRONT: boiled formula, no vitamin C │\n"
            "└──────────────────────────────┘\n\nVitamin C hydroxylates proline in collagen.\n\n"
            "┌──────────────────────────────┐\n│ BACK: collagen synthesis → (B) │\n"
            "└──────────────────────────────┘",
            "B",
        ),
    ],
)
def test_an_unusual_closing_line_is_the_answer(judge, mcq, body, letter):
    verdict = _verdict(judge, mcq, body, answer="")
    assert verdict.accepted and verdict.extracted_answer == letter, verdict
