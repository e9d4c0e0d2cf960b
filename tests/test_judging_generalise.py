"""The round-11 mechanisms, each on traces written for this file: an option rejected through a word that
points back to it, rejections worded as a denied role or standing, and what stays accepted beside them.

These read whole classes of wording, so each probe pairs a rejection with a near-miss accept that names the
answer in a negated or conceded clause, or dismisses a distractor by a pronoun.
"""

from __future__ import annotations

import pytest

from cot_synth.content import ContentDir
from cot_synth.errors import UserError
from cot_synth.judging.anaphora import pointers
from cot_synth.judging.partial import named_in_part
from cot_synth.judging.rules import RuleJudge
from cot_synth.judging.slot import closing
from cot_synth.judging.terms import Terms
from cot_synth.judging.text import normalize
from cot_synth.judging.words import _same
from cot_synth.records import MCQ
from tests.conftest import gold_mcq

OPTIONS = {
    "A": "Losartan",
    "B": "Lisinopril",
    "C": "Spironolactone",
    "D": "Hydrochlorothiazide",
    "E": "Amlodipine",
}
MCQ_E = gold_mcq(
    "edema",
    "A 58-year-old man started a new antihypertensive drug two months ago and now has bilateral ankle "
    "swelling; his electrolytes are normal. Which drug was he most likely started on?",
    OPTIONS,
    "E",
)
CASE = (
    "A 58-year-old man developed bilateral ankle swelling two months after starting an antihypertensive, "
    "with normal electrolytes. The diuretics would remove fluid rather than retain it. "
)


NEGATIONS = RuleJudge.from_content(ContentDir.resolve("judges", None)).extractor.text_negations


def _verdict(judge: RuleJudge, reasoning: str):
    return judge.judge(MCQ_E, CASE + reasoning + "\n\nAnswer: E", "stop")


@pytest.mark.parametrize(
    "reasoning",
    [
        # a pronoun in the next clause of the same sentence
        "Amlodipine is a dihydropyridine that dilates arterioles, so it is not the agent behind this.",
        # a demonstrative with a noun, after a clause that names the option
        "Amlodipine dilates arterioles, so that choice cannot be what the question is after.",
        # a second predicate of the same subject
        "Amlodipine dilates arterioles and can be set aside.",
        # a pronoun in a clause after an aside
        "Amlodipine dilates arterioles more than venules, as expected, and it is not the answer here.",
        # the option's role denied
        "Amlodipine is therefore not the driver of his oedema.",
        "Amlodipine is not relevant to this picture.",
        "Amlodipine cannot be the right recommendation here.",
    ],
)
def test_a_rejection_of_the_answer_by_pointer_or_role_contradicts(judge, reasoning):
    verdict = _verdict(judge, reasoning)
    assert "contradiction" in verdict.reasons, verdict


@pytest.mark.parametrize(
    "reasoning",
    [
        # a distractor dismissed by a pronoun
        "Lisinopril raises bradykinin, but it is not the agent that causes ankle oedema. Amlodipine "
        "dilates precapillary arterioles, which raises capillary pressure and gives oedema.",
        # the answer named, then another option takes the pronoun
        "Amlodipine causes arteriolar dilation; losartan is an ARB, and it cannot be the cause here.",
        # the pronoun follows a clause whose subject is not the answer
        "Pedal oedema is typical of amlodipine, but it is not the only cause of swelling. Amlodipine fits.",
        # an expletive "it"
        "Amlodipine dilates arterioles, and it is not surprising that the ankles swell. Amlodipine fits.",
        # a pronoun in the next sentence is not read (it cost a held-out accept)
        "Amlodipine dilates arterioles more than venules. It is not the answer for everyone, but it is here.",
        # "not the only": a concession, not a rejection
        "Amlodipine is not the only drug that does this, but it is the classic one.",
    ],
)
def test_pointers_that_do_not_stand_for_the_answer_keep_it(judge, reasoning):
    verdict = _verdict(judge, reasoning)
    assert verdict.accepted, verdict


def test_pointers_stop_at_another_option():
    text = "Amlodipine dilates arterioles, losartan blocks AT1 receptors, and it is not the cause."
    found = list(pointers(text, 0, len("Amlodipine"), lambda clause: "losartan" in clause, []))
    assert found == []


def test_pointers_need_the_option_as_subject():
    text = "The swelling comes from amlodipine, so it is not the agent."
    assert list(pointers(text, text.index("amlodipine"), text.index(", so"), lambda clause: False, [])) == []


@pytest.mark.parametrize(
    "closing",
    [
        "His swelling comes from lisinopril.",
        "The drug he was started on acts on the mineralocorticoid receptor as spironolactone does.",
    ],
)
def test_a_closing_paragraph_that_states_another_option_contradicts(judge, closing):
    verdict = judge.judge(MCQ_E, CASE + "\n\n" + closing + "\n\nAnswer: E", "stop")
    assert "contradiction" in verdict.reasons, verdict


@pytest.mark.parametrize(
    "closing",
    [
        # the answer's own words in it
        "His swelling comes from amlodipine, not from lisinopril.",
        # the other option as the subject: a remark about it
        "Lisinopril causes angioedema of the lips and tongue.",
        # a second thing beside it
        "His swelling comes from the arteriolar dilator, with lisinopril alongside it.",
        # a negation
        "His swelling doesn't come from lisinopril.",
    ],
)
def test_a_closing_paragraph_that_remarks_on_another_option_keeps_the_answer(judge, closing):
    verdict = judge.judge(
        MCQ_E, CASE + "Amlodipine dilates arterioles.\n\n" + closing + "\n\nAnswer: E", "stop"
    )
    assert verdict.accepted, verdict


def test_closing_reads_the_predicate_not_the_subject():
    sentence, ask = "His swelling comes from lisinopril.", MCQ_E.question
    assert closing(sentence, "E", OPTIONS, ask, NEGATIONS, _not_doubted) == "B"
    assert closing("Lisinopril causes angioedema.", "E", OPTIONS, ask, NEGATIONS, _not_doubted) is None


def test_closing_passes_over_an_option_it_doubts():
    sentence, ask = "His swelling comes from lisinopril.", MCQ_E.question
    assert closing(sentence, "E", OPTIONS, ask, NEGATIONS, lambda window: window.endswith("from §.")) is None


def _not_doubted(window: str) -> bool:
    return False


def test_an_option_is_named_by_its_class_when_no_other_option_shares_it():
    terms = RuleJudge.from_content(ContentDir.resolve("judges", None)).consistency.terms
    aliases = terms.aliases(tuple(sorted(OPTIONS.items())), MCQ_E.question)
    assert aliases["B"].search("the ACE inhibitor") and aliases["B"].search("enalapril")
    assert aliases["A"].search("an angiotensin receptor blocker") and not aliases["A"].search("ACE inhibitor")
    assert aliases["E"].search("a dihydropyridine calcium channel blocker")
    # two options of one class: the class names neither
    both = {"A": "Lisinopril", "B": "Enalapril", "C": "Amlodipine"}
    shared = terms.aliases(tuple(sorted(both.items())), "Which drug?")
    assert not any(shared[k].search("the ACE inhibitor") for k in ("A", "B") if k in shared)
    assert shared["A"].search("Zestril")  # its brand is its own
    # a class the question itself names says what the question is about
    asked = "A man on an ACE inhibitor has a cough. Which drug was he taking?"
    named = terms.aliases(tuple(sorted(OPTIONS.items())), asked)
    assert "B" not in named or not named["B"].search("the ACE inhibitor")


@pytest.mark.parametrize(
    ("reasoning", "accepted"),
    [
        ("\n\nThis patient was most likely started on the ACE inhibitor.", False),
        ("Amlodipine is a fine drug. So the culprit is a thiazide diuretic.", False),
        (
            "ACE inhibitors are not the cause here, since they give angioedema rather than ankle oedema. "
            "The dihydropyridine calcium channel blocker dilates precapillary arterioles.",
            True,
        ),
        ("Dihydropyridine calcium channel blockers cannot be the cause of this.", False),
    ],
)
def test_a_drug_class_names_its_member_option(judge, reasoning, accepted):
    verdict = _verdict(judge, reasoning)
    assert verdict.accepted is accepted, verdict


def test_a_bad_term_pattern_is_a_user_error():
    with pytest.raises(UserError, match=r"terms\[0\]"):
        Terms([["(unclosed"]], "judges/rules.yaml")


ASSOCIATED = MCQ(
    "potter",
    "A newborn has pulmonary hypoplasia, low-set ears and limb deformities. Which abnormality is associated "
    "with the most likely cause of these findings?",
    {"A": "Duodenal atresia", "B": "Posterior urethral valves", "C": "Rocker bottom feet"},
    "B",
    "Posterior urethral valves",
)
POTTER = (
    "Pulmonary hypoplasia, low-set ears and limb deformities make up the Potter sequence from "
    "oligohydramnios. Duodenal atresia causes polyhydramnios instead, and rocker bottom feet go with "
    "trisomy 18. "
)


@pytest.mark.parametrize(
    ("reasoning", "accepted"),
    [
        ("Posterior urethral valves are not associated with this picture.", False),
        ("Low urine output is not associated with posterior urethral valves here.", False),
        ("Posterior urethral valves obstruct urine outflow and so are associated with it.", True),
        ("Duodenal atresia is not associated with it; posterior urethral valves are.", True),
    ],
)
def test_an_option_denied_what_the_question_asks_of_it_is_rejected(judge, reasoning, accepted):
    verdict = judge.judge(ASSOCIATED, POTTER + reasoning + "\n\nAnswer: B", "stop")
    assert verdict.accepted is accepted, verdict


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("initiation", "initiating", True),
        ("vaccine", "vaccination", True),
        ("hypertension", "hypertensive", True),
        ("infarction", "infarcted", True),
        ("positive", "position", False),
        ("negative", "negation", False),
        ("ischemia", "ischemic", False),
        ("schizoid", "schizotypal", False),
        ("emboli", "embolus", True),
        ("fungi", "fungus", True),
        ("group", "growth", False),  # "this age group" named no "Rapid growth" (a round-16 false reject)
        ("renal", "renin", False),
        # a Snowball stem of six letters or more joins them ("arteri"); a shorter one does not ("posit")
        ("artery", "arterial", True),
        ("excessive", "excess", True),
        ("positively", "position", False),
    ],
)
def test_words_derived_from_one_stem_are_one_word(a, b, same):
    assert _same(a, b) is same and _same(b, a) is same


def test_an_option_text_that_holds_its_own_negation_or_ends_in_a_sign_concludes(judge):
    arterioles = {
        "A": "Dilation of afferent arteriole and no effect on efferent arteriole",
        "B": "Constriction of afferent arteriole and no effect on efferent arteriole",
        "C": "No effect on afferent arteriole and constriction of efferent arteriole",
    }
    item = gold_mcq("nsaid", "What does an NSAID do to the glomerular arterioles?", arterioles, "B")
    reasoning = (
        "NSAIDs block cyclooxygenase, removing the prostaglandins that dilate the afferent arteriole, so it "
        "constricts; the efferent arteriole is set by angiotensin II, which NSAIDs leave alone.\n\n"
    )
    ending = "Final answer: constriction of afferent arteriole and no effect on efferent arteriole."
    assert judge.judge(item, reasoning + ending, "stop").extracted_answer == "B"
    odds = {"A": "67%", "B": "33%", "C": "50%"}
    item = MCQ("carrier", "What is her chance of being a carrier?", odds, "A", "67%")
    reasoning = (
        "Her unaffected parents are obligate carriers, so an unaffected sibling is a carrier with chance "
        "(1/2)/(3/4), two in three.\n\nHer probability of being a carrier is 67%."
    )
    assert judge.judge(item, reasoning, "stop").extracted_answer == "A"


def test_a_typographic_apostrophe_reads_as_the_plain_one():
    assert normalize("Crohn’s disease").text == "Crohn's disease"


@pytest.mark.parametrize(
    "ending", ["So I revise to E.", "I switch my answer to E.", "So I change to option E."]
)
def test_a_revision_to_a_letter_concludes(judge, ending):
    verdict = judge.judge(MCQ_E, CASE + "Amlodipine dilates arterioles.\n\n" + ending, "stop")
    assert verdict.accepted and verdict.extracted_answer == "E", verdict


def test_the_answer_stated_by_its_class_is_no_contradiction(judge):
    reasoning = (
        "Amlodipine dilates precapillary arterioles.\n\nThe drug most likely started is a dihydropyridine."
    )
    assert judge.judge(MCQ_E, CASE + reasoning + "\n\nAnswer: E", "stop").accepted


def test_a_direction_in_other_words_names_its_option():
    doses = {"A": "Increasing daily insulin dose", "B": "Reducing daily insulin dose", "C": "Reassurance"}
    question = "A man on insulin has high fasting glucose. What is the best intervention?"
    assert named_in_part("raise his daily insulin dose", doses, question)[0] == "A"
    assert named_in_part("lessen the daily dose", doses, question)[0] == "B"
    assert named_in_part("lowering the daily dose", doses, question)[0] == "B"
    assert named_in_part("a higher daily insulin dose", doses, question)[0] == "A"


LEVELS = {"A": "Hypokalemia", "B": "Hypocalcemia", "C": "Hyponatremia", "D": "Hyperglycemia"}
MCQ_LEVELS = gold_mcq(
    "levels",
    "A 4-day-old boy with a cleft palate and a heart murmur has a seizure. Which of the following laboratory "
    "abnormalities is most likely?",
    LEVELS,
    "B",
)


def test_a_level_in_plain_words_names_its_greek_option():
    terms = RuleJudge.from_content(ContentDir.resolve("judges", None)).consistency.terms
    aliases = terms.aliases(tuple(sorted(LEVELS.items())), MCQ_LEVELS.question)
    assert aliases["B"].search("his low serum calcium") and aliases["A"].search("decreased potassium")
    assert aliases["D"].search("a raised blood sugar") and not aliases["D"].search("low blood sugar")


@pytest.mark.parametrize(("level", "accepted"), [("low calcium", True), ("a low potassium", False)])
def test_the_answer_stated_as_a_level_in_plain_words_must_be_the_letter(judge, level, accepted):
    trace = (
        "A cleft palate and a conotruncal murmur in a newborn point to a 22q11 deletion with absent "
        f"parathyroid glands. The seizure is explained by {level}, which is the most likely abnormality."
        "\n\nAnswer: B"
    )
    verdict = judge.judge(MCQ_LEVELS, trace, "stop")
    assert verdict.accepted is accepted, verdict


ROUTES = {"A": "IM epinephrine", "B": "Oral diphenhydramine", "C": "IV epinephrine", "D": "Inhaled cromolyn"}
MCQ_ROUTES = gold_mcq(
    "routes",
    "A 9-year-old boy stung by a bee has wheezing, hives and a blood pressure of 80/50 mm Hg. Which of the "
    "following is the most appropriate first treatment?",
    ROUTES,
    "A",
)


@pytest.mark.parametrize(("route", "accepted"), [("intramuscular", True), ("intravenous", False)])
def test_a_route_written_out_names_its_abbreviated_option(judge, route, accepted):
    trace = (
        "A boy stung by a bee who now has wheezing, hives and a blood pressure of 80/50 mm Hg is in "
        "anaphylactic shock, and the first treatment has to reverse it. Antihistamines and cromolyn are "
        f"adjuncts at best. So, epinephrine by the {route} route.\n\nAnswer: A"
    )
    verdict = judge.judge(MCQ_ROUTES, trace, "stop")
    assert verdict.accepted is accepted, verdict


APS = {"A": "Aspirin", "B": "Aspirin and heparin", "C": "Aspirin and warfarin", "D": "No treatment indicated"}
MCQ_APS = gold_mcq(
    "aps",
    "A 30-year-old woman with lupus, three pregnancy losses and a past deep vein thrombosis is 6 weeks "
    "pregnant. Which of the following is the most appropriate treatment?",
    APS,
    "B",
)


def test_plus_joins_the_words_of_an_option_as_and_does(judge):
    trace = (
        "Pregnancy losses and a deep vein thrombosis in a woman with lupus are antiphospholipid syndrome. "
        "Warfarin is teratogenic in the first trimester, and aspirin alone is too little after a thrombosis. "
        "Treatment in pregnancy is low-dose aspirin plus heparin.\n\nAnswer: B"
    )
    verdict = judge.judge(MCQ_APS, trace, "stop")
    assert verdict.accepted, verdict


@pytest.mark.parametrize(
    ("declined", "accepted"),
    [
        ("I would definitely not choose aspirin and heparin here.", False),
        ("We really wouldn't pick aspirin and heparin.", False),
        ("I would definitely choose aspirin and heparin here.", True),
    ],
)
def test_an_adverb_inside_a_first_person_refusal_still_refuses(judge, declined, accepted):
    trace = (
        "Pregnancy losses and a deep vein thrombosis in a woman with lupus are antiphospholipid syndrome, "
        f"and warfarin is teratogenic in the first trimester. {declined}\n\nAnswer: B"
    )
    verdict = judge.judge(MCQ_APS, trace, "stop")
    assert verdict.accepted is accepted, verdict


def test_an_organ_by_its_adjective_names_its_option():
    causes = {
        "A": "Central fusion of the inferior poles of the kidneys",
        "B": "Neuroendocrine tumor of the adrenal gland",
        "C": "Oral contraceptive use",
    }
    question = "A girl with Turner syndrome has hypertension. What is the most likely cause?"
    assert named_in_part("fusion of the lower renal poles", causes, question)[0] == "A"
    assert named_in_part("fusion of the upper hepatic lobes", causes, question) is None
