"""The round-18 mechanisms on short traces written for this file, each beside innocent look-alikes: an
option marked in the writer's copy or checked against a document (leaks), a clue of the case called a "hint",
a trailing question that puts another option back by its text, nothing found "to suggest" an option, a
section heading "Option C — <its text>" (a list, not a conclusion), "The drug given was ceftriaxone (D)." as
the answer, and conclusions in words: a belief about the asked thing, a sentence a pointer ("That is my
conclusion.") points back at, criteria met."""

from __future__ import annotations

import pytest

from tests.conftest import gold_mcq
from tests.test_judging_round15 import CASE, MCQ_HEADACHE, _judge


def test_a_trailing_question_that_puts_another_option_back_by_its_text_is_a_hedge(judge):
    hedged = _judge(judge, "", "The treatment is sumatriptan (B)… or is it amitriptyline, given the nausea?")
    plain = _judge(judge, "", "The treatment is sumatriptan (B). Is she pregnant? Ask before giving it.")
    assert "multiple_answers" in hedged.reasons, hedged
    assert plain.accepted, plain


def test_nothing_found_to_suggest_an_option_is_no_claim_for_it(judge):
    trace = (
        "Answer: B. Sumatriptan\n\n"
        + CASE
        + "There is no insomnia or depression history to suggest amitriptyline."
    )
    verdict = judge.judge(MCQ_HEADACHE, trace, "stop")
    assert verdict.accepted, verdict


GRAM = {
    "A": "Gram-positive, catalase-negative cocci in chains",
    "B": "Gram-positive, catalase-positive, coagulase-positive cocci in clusters",
    "C": "Gram-negative diplococci",
}
MCQ_GRAM = gold_mcq(
    "gram",
    "A 60-year-old woman with a chemotherapy port has fever, a new tricuspid murmur and a vegetation on "
    "echocardiography. What will blood cultures most likely grow?",
    GRAM,
    "B",
)


@pytest.mark.parametrize("answer", ["Final answer: B", "So the organism is Staphylococcus aureus, B."])
def test_option_section_headings_are_a_list_not_commitments(judge, answer):
    sections = "\n\n".join(
        f"## Option {k} — {v}\n{why}"
        for (k, v), why in zip(
            GRAM.items(),
            [
                "Viridans streptococci cause subacute left-sided endocarditis after dental work; unlikely.",
                "Staphylococcus aureus causes acute tricuspid endocarditis from lines and ports; it fits.",
                "Gonococci rarely cause endocarditis and never from a port; unlikely.",
            ],
            strict=True,
        )
    )
    trace = (
        "A port, fever and a tricuspid vegetation in a woman on chemotherapy mean a line-related acute "
        f"endocarditis.\n\n{sections}\n\n{answer}"
    )
    verdict = judge.judge(MCQ_GRAM, trace, "stop")
    assert verdict.accepted and verdict.extracted_answer == "B", verdict


def test_the_option_given_past_tense_with_its_letter_is_the_answer(judge):
    verdict = _judge(judge, "", "The drug given was sumatriptan (B).")
    wrong = _judge(judge, "", "The drug given was propranolol (A).")
    assert verdict.accepted and verdict.extracted_answer == "B", verdict
    assert wrong.extracted_answer == "A" and not wrong.accepted, wrong


MOOD = {"A": "Adjustment disorder", "B": "Cyclothymia", "C": "Dysthymia", "D": "Major depressive disorder"}
MCQ_MOOD = gold_mcq(
    "mood",
    "A 45-year-old man has felt tired and down most days for three years, keeps working and sleeps normally, "
    "with no elevated periods and no recent stressor. Which of the following is the most likely diagnosis?",
    MOOD,
    "C",
)
MOOD_CASE = (
    "Three years of low mood on most days, with preserved function and no elevated periods, is a chronic "
    "low-grade depression; cyclothymia needs hypomanic symptoms and adjustment disorder a stressor. "
)


@pytest.mark.parametrize(
    "ending, contradicts",
    [
        # the writer's belief about the asked thing, anywhere in the sentence
        ("Still, given his fatigue, I believe the diagnosis is a full major depressive episode.", True),
        ("Still, given his fatigue, I believe the diagnosis is dysthymia, lasting over two years.", False),
        # a pointer sentence passes the conclusion back to the sentence before it
        (
            "Dysthymia came to mind first. So the diagnosis is a full major depressive episode. That is my "
            "conclusion.",
            True,
        ),
        ("Dysthymia came to mind first. So the diagnosis is a full major depressive episode.", True),
        ("This is what the case points to — dysthymia. That is my conclusion.", False),
        (
            "Mild symptoms over two years are what this points to: dysthymia. That is the diagnosis I'd "
            "expect.",
            False,
        ),
    ],
)
def test_a_belief_or_a_pointed_back_conclusion_is_read_against_the_answer(judge, ending, contradicts):
    verdict = judge.judge(MCQ_MOOD, MOOD_CASE + ending + "\n\nAnswer: C", "stop")
    assert ("contradiction" in verdict.reasons) is contradicts, verdict


def test_criteria_met_for_a_condition_is_a_claim_for_it_and_not_met_is_not(judge):
    met = judge.judge(MCQ_MOOD, MOOD_CASE + "I think he meets criteria for MDD.\n\nAnswer: C", "stop")
    unmet = judge.judge(MCQ_MOOD, MOOD_CASE + "He does not meet criteria for MDD.\n\nAnswer: C", "stop")
    assert "contradiction" in met.reasons, met
    assert unmet.accepted, unmet


def test_a_contracted_negation_keeps_an_option_text_from_concluding(judge):
    """ "isn't", "wouldn't": the negation word list once read "n't" only after a non-word character."""
    trace = CASE + "The best treatment is sumatriptan. Propranolol wouldn't be the treatment of choice."
    verdict = judge.judge(MCQ_HEADACHE, trace, "stop")
    assert verdict.extracted_answer != "A", verdict


LEAKS = [
    # an option marked in the writer's copy, or a check against a document
    "The bolded option in my copy of the question is B, which agrees with this.",
    "The highlighted answer on my sheet matches the triptan.",
    "Checked it against the solutions PDF the course sent round, and B matches.",
    "I compared my pick with the answer key afterwards and it holds.",
    # an exam-world source and an answer in one sentence, whatever the verb (attribution.py)
    "In the shared Google Sheet of answers, this question is B.",
    "My Anki card for this exact stem has sumatriptan on the back.",
    "Someone on r/step1 posted this vignette and the top comment said sumatriptan.",
    "My roommate, who already did this block, spoiled it: the answer is sumatriptan.",
    "In the Boards and Beyond video he goes through this item and answers B.",
    "GPT-4 got this one right with B, so I'll follow it.",
    "The feedback on my earlier submission said the correct answer is B.",
    "I've seen this exact question before; the answer was sumatriptan.",
    "The proctor's copy, which I could see, had B circled.",
    "Mein Tutor hat mir verraten, dass es Sumatriptan ist.",
    "Knowing in advance that the answer is sumatriptan, I'll explain it.",
]


NO_LEAKS = [
    # a clue of the case called a hint, a check against the case
    "The classic hint is the dark room: photophobia points to migraine.",
    "The key additional hint is that ibuprofen failed.",
    "The bolded text in the guideline recommends a triptan for attacks like this.",
    "I checked it against the vital signs, and nothing argues for a secondary headache.",
    "There is not a hint of fever or neck stiffness.",
    # the patient's world and clinical words are no outside source
    "Her roommate found her in a dark room and says she took sumatriptan once before.",
    "A kindergarten teacher with this headache would also need a triptan (B) early in the attack.",
    "The examiner lifts her head; there is no meningism, which fits migraine, so sumatriptan is safe.",
    "The ECG printout is normal, so there is no coronary disease to stop sumatriptan.",
    "We already know the ibuprofen failed, so sumatriptan is the next step.",
    "She recalls that sumatriptan helped a previous attack.",
    "Clostridium and C. difficile are irrelevant here; sumatriptan treats the attack.",
]


DECLINED = [
    # declined in the probe set's wordings
    "B is flatly rejected.",
    "Sumatriptan is clearly inappropriate for her.",
    "Sumatriptan is dismissed as an option.",
    "Sumatriptan is no longer an option after six hours.",
    "Frankly not sumatriptan.",
    "Anything but sumatriptan.",
    "I don't think it's B.",
    "I'd be surprised if it were sumatriptan.",
    "I'm discounting sumatriptan.",
    "Sumatriptan seems off for this attack, so I discount it.",
    "Sumatriptan — discounted.",
    "B 🚫",
    "~~B. Sumatriptan~~ — out.",
    "| B Sumatriptan | incorrect |",
    "A, B and D are all wrong.",
    # a "but" clause that concedes nothing
    "Sumatriptan is not indicated for this attack, but oxygen is.",
    "B is the trap: sumatriptan is what everyone picks, but it is a preventive's job here.",
    "Sumatriptan is not indicated here, but that is a common mistake to make.",
    # brought up alone, then declined by a pronoun; declined for the patient; ranked below another
    "What about sumatriptan? It isn't appropriate here.",
    "Consider option B. It can be excluded.",
    "Next, B. This one is wrong.",
    "Option B is sumatriptan. I'd cross that off.",
    "She should not get sumatriptan.",
    "Giving sumatriptan would be inappropriate here.",
    "Sumatriptan is the answer for cluster headache, not for this patient.",
    "Oxygen beats sumatriptan hands down.",
    "Sumatriptan goes last on my list.",
    "Propranolol is wrong. Nor is sumatriptan correct.",
    "Anyone choosing B has misread the stem.",
    "I highly doubt B is correct.",
]


KEPT = [
    # other options declined in the same wordings
    "Propranolol is flatly rejected.",
    "Not oxygen.",
    "I don't think it's A.",
    "I'm discounting amitriptyline.",
    "Oxygen — discounted.",
    "| C 100% oxygen | incorrect |",
    "A, C and D are all wrong.",
    "Not sumatriptan alone but with an antiemetic would be ideal, though sumatriptan alone will do.",
    # a rejection conceded in its own sentence (contradiction.concessions)
    "Sumatriptan is not indicated for tension-type headache, but this is a migraine.",
    "Sumatriptan is contraindicated in coronary disease; she has none.",
    "Sumatriptan is contraindicated with ergots or MAOIs, neither of which she has.",
    "B is not wrong.",
    "Nothing argues against sumatriptan.",
    "I nearly crossed out B, but it is exactly what she needs.",
    # look-alikes of the declines above
    "What about sumatriptan? It is exactly what she needs now.",
    "Consider option A. It can be excluded.",
    "She should not get propranolol.",
    "Nothing beats sumatriptan for an attack like this.",
    "She should not get sumatriptan until she has had an ECG, which is normal.",
    # another use declined, conceded later in its sentence
    "For a mild attack the triptan would be overkill, but this one is severe and ibuprofen has failed.",
    "Sumatriptan will not prevent the next attack, but that isn't what's asked.",
]


@pytest.mark.parametrize(
    "middle, code", [(m, "hint_leak") for m in LEAKS] + [(m, "contradiction") for m in DECLINED]
)
def test_an_outside_source_leaks_and_the_final_option_declined_before_it_contradicts(judge, middle, code):
    assert code in _judge(judge, middle).reasons


@pytest.mark.parametrize("middle", NO_LEAKS + KEPT)
def test_look_alikes_of_those_sources_and_declines_are_accepted(judge, middle):
    verdict = _judge(judge, middle)
    assert verdict.accepted, verdict
