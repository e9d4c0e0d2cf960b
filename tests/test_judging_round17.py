"""The round-17 mechanisms on short traces written for this file: the final option declined as having no part
to play or as not needed, or waved off by a pointer in its own sentence, beside innocent look-alikes (another
option declined so, the final one said to be needed)."""

from __future__ import annotations

import pytest

from cot_synth.records import MCQ
from tests.conftest import gold_mcq
from tests.test_judging_round15 import CASE, MCQ_HEADACHE, _judge


@pytest.mark.parametrize(
    "middle",
    [
        "- Sumatriptan: has no role here, since the pain is too severe.",
        "Sumatriptan plays no useful role in an attack this long.",
        "Giving sumatriptan to this patient is unnecessary.",
        "Sumatriptan would be overkill for a headache that ibuprofen should have settled.",
        "Sumatriptan — I'd steer clear of that one as the answer.",
        # everyday words
        "Sumatriptan won't help.",
        "Sumatriptan is not the way to go.",
        "Sumatriptan makes no sense for this attack.",
        "Sumatriptan is a poor choice for her.",
        "Sumatriptan is of no use here.",
        "Sumatriptan has nothing to offer her.",
        "Sumatriptan isn't it.",
        "Sumatriptan isn't appropriate.",
        "Forget sumatriptan.",
        "I'm not convinced by sumatriptan.",
        "I would not reach for sumatriptan.",
        "Sumatriptan should not be given.",
        "Abortive therapy aside, sumatriptan would be a mistake.",
        "Sumatriptan would be a mistake.",  # the option opens its sentence
        "Sumatriptan — no.",
        "Sumatriptan: not indicated.",
        "Sumatriptan is the least likely to help.",
        "I'm ruling out sumatriptan.",
        "Sumatriptan gets crossed off.",
        "Sumatriptan would not be my pick.",
        "It can't be sumatriptan.",
        "Sumatriptan is not an option here.",
    ],
)
def test_the_final_option_declined_before_it_is_answered_contradicts(judge, middle):
    verdict = _judge(judge, middle)
    assert "contradiction" in verdict.reasons, verdict


@pytest.mark.parametrize(
    "middle",
    [
        "- Propranolol: has no role here, since it is a preventive.",
        "Oxygen is unnecessary outside cluster headache.",
        "Amitriptyline — I'd steer clear of that one for an acute attack.",
        "Sumatriptan is necessary here, and no other drug has a role.",
        "Sumatriptan won't help if she waits, so give it now.",
        "Sumatriptan should not be given to patients with coronary disease, which she lacks.",
        "Propranolol won't help; sumatriptan will.",
        "Oxygen is a poor choice, and sumatriptan is the right one.",
        "Sumatriptan: not indicated in coronary disease, which she lacks, so it is fine.",
        "Oxygen — no. Sumatriptan — yes.",
        "I'm ruling out propranolol and choosing sumatriptan.",
        "Sumatriptan is not an option here only if she has coronary disease.",
    ],
)
def test_other_options_declined_so_leave_the_answer_standing(judge, middle):
    verdict = _judge(judge, middle)
    assert verdict.accepted, verdict


def test_a_claim_revised_within_its_own_sentence_is_no_contradiction(judge):
    """The revision marker follows the claimed option inside one sentence ("… — scratch that, …")."""
    claim = "So propranolol is the drug of choice here"
    revised = _judge(judge, f"{claim} — scratch that, it only prevents attacks. A triptan aborts this one.")
    assert revised.accepted, revised
    unrevised = _judge(judge, f"{claim}, since it prevents attacks. A triptan aborts this one.")
    assert "contradiction" in unrevised.reasons, unrevised


VALVES = {
    "A": "Mitral regurgitation",
    "B": "Mitral valve prolapse",
    "C": "Aortic stenosis",
    "D": "Pulmonary stenosis",
}
MCQ_VALVES = gold_mcq(
    "valves", "In heart patient the worst prognosis during pregnancy is seen in:", VALVES, "C"
)


@pytest.mark.parametrize("aside", ["seldom problematic", "usually well tolerated", "benign"])
def test_an_option_said_to_be_of_little_account_is_not_claimed(judge, aside):
    """A sentence that answers the question in its own words claims the one option it leaves standing, not
    one it calls harmless."""
    trace = (
        "In pregnancy, cardiac output rises 30–50%, SVR falls and heart rate rises. Regurgitant lesions and "
        f"mitral valve prolapse are usually well tolerated; pulmonary stenosis is right-sided and {aside}. "
        "Fixed outflow obstruction — severe aortic stenosis — cannot augment output, and hypotension at "
        "delivery can cause syncope and sudden death.\n\nFinal answer: C"
    )
    verdict = judge.judge(MCQ_VALVES, trace, "stop")
    assert verdict.accepted, verdict


@pytest.mark.parametrize(
    ("middle", "rejected"),
    [
        ("Sumatriptan is a triptan. That one can be set aside.", True),
        ("Sumatriptan is a triptan. This option is not the answer.", True),
        ("Sumatriptan is a triptan. That one aborts attacks.", False),  # nothing said against it
        ("Sumatriptan is a triptan. It can be set aside.", False),  # a bare pronoun stays in its sentence
    ],
)
def test_a_demonstrative_opening_the_next_sentence_points_back_to_the_option(judge, middle, rejected):
    verdict = _judge(judge, middle)
    assert ("contradiction" in verdict.reasons) is rejected, verdict


MOOD = {
    "A": "Bipolar I disorder",
    "B": "Bipolar II disorder",
    "C": "Cyclothymic disorder",
    "D": "Persistent depressive disorder",
    "E": "Schizoaffective disorder",
}
MCQ_MOOD = gold_mcq(
    "mood",
    "A 35-year-old lawyer has had three years of recurrent depressive periods and, over ten years, "
    "occasional spells of elevated mood with increased productivity. Which of the following is the most "
    "likely diagnosis?",
    MOOD,
    "C",
)
MOOD_CASE = (
    "Three years of recurrent depressive periods lasting weeks, and over ten years brief spells of elevated "
    "mood with more productivity and less need for sleep. Nothing suggests psychosis, so schizoaffective "
    "disorder is unlikely. The up periods never caused impairment, so bipolar I is unlikely.\n\n"
)


@pytest.mark.parametrize(
    ("claim", "rejected"),
    [
        ("Dysthymia best explains this chronic low mood.", True),  # another name of option D
        ("Cyclothymia best explains these swings.", False),  # another name of the final option
        ("## Working diagnosis: dysthymia", True),  # a labelled conclusion
        ("## Working diagnosis: cyclothymia", False),
    ],
)
def test_an_option_argued_for_by_another_name_of_its_term_is_a_claim(judge, claim, rejected):
    later = "She should also have thyroid tests, and her sleep deserves attention."
    trace = f"{MOOD_CASE}{claim}\n\n{later}\n\nAnswer: C"
    verdict = judge.judge(MCQ_MOOD, trace, "stop")
    assert ("contradiction" in verdict.reasons) is rejected, verdict


def test_a_name_of_one_drug_in_a_regimen_is_no_claim_for_the_regimen(judge):
    """ "Rifampin" names one drug of "Rifampin, isoniazid, pyrazinamide, and ethambutol", not the option."""
    options = {
        "A": "Isoniazid",
        "B": "No management indicated",
        "C": "Rifampin, isoniazid, pyrazinamide, and ethambutol",
    }
    item = MCQ(
        "tb",
        "A nurse has a 17 mm PPD and a normal chest film. What is the best management?",
        options,
        "A",
        "Isoniazid",
    )
    trace = (
        "A 17 mm reaction in a healthcare worker with no symptoms and a clear chest film is latent "
        "infection. Four months of rifampin is the regimen that fits best when isoniazid cannot be used.\n\n"
        "Nine months of isoniazid treats latent infection here.\n\nAnswer: A"
    )
    verdict = judge.judge(item, trace, "stop")
    assert verdict.accepted, verdict


HEADACHE_KINDS = {
    "A": "Migraine",
    "B": "Cluster headache",
    "C": "Tension-type headache",
    "D": "Giant cell arteritis",
}
MCQ_KINDS = gold_mcq(
    "kinds",
    "A 34-year-old man has attacks of severe unilateral periorbital headache with tearing and rhinorrhea "
    "lasting 45 minutes, several times a day for three weeks. Which of the following is the most likely "
    "diagnosis?",
    HEADACHE_KINDS,
    "A",
)
KINDS_CASE = (
    "Severe unilateral periorbital attacks with tearing and rhinorrhea, 45 minutes, several a day for weeks, "
    "in a young man. Tension-type headache is bilateral and pressing, and giant cell arteritis affects older "
    "adults with jaw claudication. The autonomic features and the short attacks matter most.\n\n"
)


@pytest.mark.parametrize(
    "conclusion",
    [
        "Cluster headache, plain and simple.",
        "Cluster headache ticks every box.",
        "Cluster headache fits like a glove.",
        "Cluster headache wins.",
        "Cluster headache it is.",
        "Cluster headache is the obvious call.",
        "Only cluster headache remains.",
        "That leaves cluster headache.",
    ],
)
def test_another_option_proclaimed_in_everyday_words_contradicts_the_letter(judge, conclusion):
    """… and the final option proclaimed so is accepted."""
    verdict = judge.judge(MCQ_KINDS, f"{KINDS_CASE}{conclusion}\n\nAnswer: A", "stop")
    assert "contradiction" in verdict.reasons, verdict
    own = conclusion.replace("Cluster headache", "Migraine").replace("cluster headache", "migraine")
    assert judge.judge(MCQ_KINDS, f"{KINDS_CASE}{own}\n\nAnswer: A", "stop").accepted


@pytest.mark.parametrize(
    ("after", "reopened"),
    [
        ("If pressed, I could also see D.", True),
        ("Though honestly, it could be C.", True),
        ("I would not fault anyone for picking propranolol.", True),
        ("It could be worth checking a D-dimer if the exam changes.", False),
        ("I could also see her in clinic next week.", False),
        ("This might be confused with cluster headache, which oxygen treats.", False),
    ],
)
def test_another_option_let_back_in_after_the_answer_is_a_hedge(judge, after, reopened):
    verdict = judge.judge(MCQ_HEADACHE, f"{CASE}\n\nAnswer: B\n\n{after}", "stop")
    assert ("multiple_answers" in verdict.reasons) is reopened, verdict
