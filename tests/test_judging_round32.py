"""Round 32: three writers imitating real models' output (reasoning models' ``<think>`` blocks, Llama-2
chat, headed GPT-4-style answers, "### Step" lists, JSON answers; first score 129 of 133 on the dev half).
Fixed as general rules: a JSON answer's text field beside its letter is the text it names; a negation ends
with its sentence ("So actually, not B. It's A."); a heading that only labels the answer ("### Step 4:
Answer") is passed over for the sentence before it; "is also a reasonable answer" reopens; an option
heading its own line of an option walk restates nothing; "C is not the one we are looking for" rejects C
as an exception question's answer."""

from __future__ import annotations

import pytest

from tests.conftest import gold_mcq

PYELO = gold_mcq(
    "pyelo",
    "A 30-year-old woman has had fever, rigors and right flank pain for two days, with dysuria before them. "
    "She has costovertebral angle tenderness, and urinalysis shows pyuria and white cell casts. Which of the "
    "following is the most likely causative organism?",
    {
        "A": "Escherichia coli",
        "B": "Staphylococcus saprophyticus",
        "C": "Proteus mirabilis",
        "D": "Enterococcus faecalis",
    },
    "A",
)
CASE = (
    "Fever, rigors and flank pain after dysuria, with costovertebral angle tenderness and white cell casts, "
    "mean acute pyelonephritis ascending from the bladder. Uropathogenic strains with P fimbriae cause most "
    "community infections of the upper urinary tract in young women. "
)
NEPHROTIC = gold_mcq(
    "nephrotic",
    "A 6-year-old boy has periorbital edema and frothy urine. Each of the following is a feature of "
    "nephrotic syndrome EXCEPT:",
    {"A": "Proteinuria above 3.5 g/day", "B": "Hypoalbuminemia", "C": "Hyperlipidemia", "D": "Red casts"},
    "D",
)
NEPHROTIC_CASE = (
    "Periorbital edema and frothy urine in a young boy suggest minimal change disease. Heavy proteinuria "
    "lowers serum albumin, and the liver answers with more lipoproteins, so hyperlipidemia follows. "
)


@pytest.mark.parametrize(
    "text, accepted",
    [
        ("Escherichia coli", True),
        ("Proteus mirabilis", False),  # the letter's text field names another option
    ],
)
def test_a_json_answers_text_field_is_the_text_it_names(judge, text, accepted):
    trace = f'{{\n  "reasoning": "{CASE.strip()}",\n  "answer": "A",\n  "answer_text": "{text}"\n}}'
    verdict = judge.judge(PYELO, trace, "stop")
    assert verdict.accepted is accepted and verdict.extracted_answer == "A", verdict


@pytest.mark.parametrize(
    "closing, accepted",
    [
        ("<think>\nFirst thought: B. Hmm, wait. So actually, not B. It's A.\n</think>\n\nAnswer: A", True),
        ("Hmm, so not A; the organism is something else.\n\nAnswer: A", False),  # A itself negated
    ],
)
def test_a_negation_ends_with_its_sentence(judge, closing, accepted):
    verdict = judge.judge(PYELO, CASE + closing, "stop")
    assert verdict.accepted is accepted, verdict


@pytest.mark.parametrize(
    "conclusion, accepted",
    [
        ("The infection is therefore caused by Escherichia coli.", True),
        ("The infection is therefore caused by Proteus mirabilis.", False),  # another option, in words
    ],
)
def test_a_heading_that_only_labels_the_answer_is_passed_over(judge, conclusion, accepted):
    trace = f"### Step 1: Findings\n{CASE}\n\n### Step 2: Organism\n{conclusion}\n\n### Step 3: Answer\n**A**"
    verdict = judge.judge(PYELO, trace, "stop")
    assert verdict.accepted is accepted and verdict.extracted_answer == "A", verdict


@pytest.mark.parametrize(
    "after, accepted",
    [
        ("That said, B) Staphylococcus saprophyticus is also a reasonable answer in a young woman.", False),
        ("Staphylococcus saprophyticus is a common cause of cystitis in young women.", True),
    ],
)
def test_another_option_called_also_a_reasonable_answer_reopens_the_question(judge, after, accepted):
    verdict = judge.judge(PYELO, CASE + "So the answer is A) Escherichia coli.\n\n" + after, "stop")
    assert verdict.accepted is accepted, verdict


@pytest.mark.parametrize(
    "walk, accepted",
    [
        ("- Proteus mirabilis: a causative organism of struvite stones, with alkaline urine.\n", True),
        ("- Proteus mirabilis is the most likely causative organism here.\n", False),  # a claim
    ],
)
def test_an_option_heading_its_line_of_an_option_walk_restates_nothing(judge, walk, accepted):
    trace = CASE + "\n\nThe options:\n" + walk + "- Escherichia coli: fits.\n\nAnswer: A"
    verdict = judge.judge(PYELO, trace, "stop")
    assert verdict.accepted is accepted, verdict


@pytest.mark.parametrize(
    "remark, accepted",
    [
        ("So red casts are not the one we are looking for.", False),
        ("So red casts are the one we are looking for.", True),
    ],
)
def test_an_option_that_is_not_the_one_looked_for_is_rejected_as_the_answer(judge, remark, accepted):
    trace = NEPHROTIC_CASE + "Red casts come from glomerular bleeding, a nephritic finding. " + remark
    verdict = judge.judge(NEPHROTIC, trace + "\n\nAnswer: D", "stop")
    assert verdict.accepted is accepted, verdict
