"""Round 22, second part: what three new writers' full traces (``dev_round22.jsonl``, their dev half) showed
the judge misreading, each as a general rule beside a twin it must keep: a finding named with "avoidance" is
no negation; a letter before "aside"/"out"/"off" is a letter; "I withdraw that", "I'm mixing up …" and an
impulse "corrected" revise; "I'd call this X" and "the picture is that of X" claim X; a Socratic answer line
takes its cue from the question before it; "what this boy produces is not X" rejects X; "neither is the
intended answer" is test-taking, not a leak; a key-value last line ("selected_option: C") is an answer."""

from __future__ import annotations

import pytest

from tests.conftest import gold_mcq

FMR1 = gold_mcq(
    "fmr1",
    "A 4-year-old girl has lost speech and motor skills over a year, avoids eye contact and rubs her "
    "hands together. Which of the following mutations is the most likely underlying cause of her condition?",
    {
        "A": "Microdeletion of methyl-CpG binding protein 2 on X-chromosome",
        "B": "CGG trinucleotide repeat in FMR1 gene on X-chromosome",
        "C": "CTG trinucleotide repeat in DMPK gene on chromosome 19",
        "D": "Partial deletion of long arm of chromosome 7",
    },
    "A",
)
SPIRO = gold_mcq(
    "spiro",
    "A 12-year-old boy breathes in as much air as he can and then forcefully expires all of it into a "
    "spirometer. The volume of expired air represents which of the following?",
    {
        "A": "Expiratory reserve volume",
        "B": "Tidal volume",
        "C": "Total lung capacity",
        "D": "Vital capacity",
    },
    "D",
)
MOOD = gold_mcq(
    "mood",
    "A 20-year-old woman has had 10 days of little sleep, racing speech and grandiose plans; a year ago she "
    "had months of low energy. What is the most likely diagnosis in this patient?",
    {
        "A": "Major depressive disorder",
        "B": "Bipolar I disorder",
        "C": "Bipolar II disorder",
        "D": "Dysthymic disorder",
    },
    "B",
)
BOWEL = gold_mcq(
    "bowel",
    "An 8-year-old boy has periumbilical pain that moved to the right lower quadrant, fever and diarrhea. "
    "What is the most likely cause of this patient's clinical presentation?",
    {
        "A": "Diverticulum in the terminal ileum",
        "B": "Appendiceal lymphoid hyperplasia",
        "C": "Structural abnormality of the appendix",
        "D": "Twisting of the spermatic cord",
    },
    "B",
)
WALL = gold_mcq(
    "wall",
    "At 21 weeks a fetal ultrasound shows abdominal viscera floating freely in the amniotic cavity, right of "
    "the cord, and the MSAFP is raised. Which of the following is the most likely diagnosis?",
    {"A": "Umbilical hernia", "B": "Vesicourachal diverticulum", "C": "Gastroschisis", "D": "Omphalocele"},
    "C",
)


# each item's findings in a writer's words (the form check asks a trace to reason about its own item)
FINDINGS = {
    "fmr1": "A girl who developed normally until age 3 has lost speech and motor skills over a year, "
    "avoids eye contact and rubs her hands together; the question asks for the mutation.\n\n",
    "spiro": "The boy breathes in maximally and then forcefully expires all the air he can into a "
    "spirometer; "
    "the question asks which lung volume that expired air represents.\n\n",
    "mood": "A young woman has had 10 days of little sleep, racing speech and grandiose plans, and a year "
    "ago months of low energy; the most likely diagnosis has to explain both episodes.\n\n",
    "bowel": "The boy's periumbilical pain moved to the right lower quadrant with fever and diarrhea; the "
    "question asks for the most likely cause of this presentation.\n\n",
    "wall": "At 21 weeks the fetal ultrasound shows abdominal viscera floating in the amniotic cavity with a "
    "raised MSAFP; the most likely diagnosis is a defect of the abdominal wall.\n\n",
}


def _verdict(judge, mcq, body: str, answer: str | None = None):
    end = "" if answer == "" else f"\n\nAnswer: {answer or mcq.answer_idx}"
    return judge.judge(mcq, FINDINGS[mcq.id] + body + end, "stop")


@pytest.mark.parametrize(
    "mcq, body",
    [
        # a conclusion that names a finding ("gaze avoidance") is still a conclusion
        (
            FMR1,
            "Putting it together: gaze avoidance plus stereotyped hand movements plus cognitive delay points "
            "to fragile X syndrome, a CGG trinucleotide expansion in FMR1, as the most likely cause.",
        ),
        (SPIRO, "The manoeuvre is forced, not slow, so we can leave D aside."),
        (SPIRO, "What this boy produces is not the vital capacity, because he exhales forcefully."),
        (
            MOOD,
            "An elevated episode plus a major depressive episode is the definition, and I'd call this "
            "bipolar II disorder.",
        ),
        (
            BOWEL,
            "Is the appendix the likeliest source? Not with diarrhea.\nSo what is the most likely cause?\n"
            "An inflamed diverticulum in the terminal ileum.",
        ),
        (
            WALL,
            "The defect is a midline one at the umbilical ring, and the picture is that of an omphalocele.",
        ),
    ],
)
def test_an_argument_against_the_final_option_contradicts(judge, mcq, body):
    verdict = _verdict(judge, mcq, body)
    assert verdict.reasons == ("contradiction",), verdict


@pytest.mark.parametrize(
    "mcq, body",
    [
        (
            FMR1,
            "Putting it together: regression after normal development with gaze avoidance and hand rubbing "
            "points to Rett syndrome, a microdeletion of methyl-CpG binding protein 2, as the likely cause.",
        ),
        (SPIRO, "We can leave B aside: a tidal breath is far too small."),
        (SPIRO, "What this boy produces is the vital capacity, since residual volume stays behind."),
        (
            MOOD,
            "A full manic episode with a stay in hospital defines it, and I'd call this bipolar I disorder.",
        ),
        (BOWEL, "So what is the most likely cause?\nLymphoid hyperplasia blocking the appendiceal lumen."),
        (WALL, "The defect lies right of the cord with no sac, and the picture is that of gastroschisis."),
        # revisions in other words: the earlier pick is withdrawn, the pull toward it corrected
        (
            MOOD,
            "My first thought: option C. Is that right? No, I'm mixing up the episodes; I withdraw that. A "
            "manic episode with hospitalisation makes this bipolar I disorder.",
        ),
        (
            SPIRO,
            "One might choose total lung capacity (C). That reasoning is wrong, and I retract it: residual "
            "volume stays behind. Having corrected the earlier impulse toward total lung capacity, the "
            "volume breathed out is the vital capacity.",
        ),
        # test-taking, not a leak: two interchangeable options
        (
            BOWEL,
            "A diverticulum and a structural abnormality would both be surgical lesions, a signal that "
            "neither is the intended answer; in a child, lymphoid hyperplasia obstructs the appendix.",
        ),
    ],
)
def test_the_same_words_for_the_final_option_accept(judge, mcq, body):
    verdict = _verdict(judge, mcq, body)
    assert verdict.accepted, verdict


def test_a_key_value_summary_ends_in_its_answer(judge):
    body = (
        "option_B (tidal volume): a quiet breath -> rejected\n"
        "option_D (vital capacity): maximal breath in, then out -> accepted\n\n"
        "confidence: high\nselected_option: D"
    )
    verdict = _verdict(judge, SPIRO, body, answer="")
    assert verdict.accepted and verdict.extracted_answer == "D", verdict
