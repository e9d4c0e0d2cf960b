"""Hedges and decided answers, read from the dev half of ``probes/hedges.jsonl`` (an independent writer's set,
split by style before any measuring, each hedge paired with a decided twin): another option held equal to
the answer reopens it after the answer as well as before ("Answer: C, with D basically tied.", "I'm still
split between this and Takotsubo", "C ≈ D"); a question answered at once with a no ("Could it be C? Not with
no murmur.") reopens nothing; "B, and C is wrong" is no second answer; "my second choice" is no choice; a
footnote mark after the answer is no option text. Before an answer that closes a numbered walk ("4. Answer:
A.") or the trace's last sentence, a tie counts as it does before an answer line ("explains them, to my
mind, just as well", "I can't choose between the readings", "equal to C", "stays level with it",
"equally arguable"); two ticked boxes, each before its option's text and letter, are two answers. The set
keeps its counts
(``tests/test_judging_conclusions.py``)."""

from __future__ import annotations

import pytest

from tests.probe_sets import probe_items


def assert_judged(judge, item: str, body: str, accepted: bool, name: str = "hedges") -> None:
    """``body`` after the case of probe set ``name``'s ``item`` is accepted (with the gold letter) or not."""
    mcq, case = probe_items(name)[item]
    verdict = judge.judge(mcq, case + body, "stop")
    assert verdict.accepted is accepted, verdict
    assert not accepted or verdict.extracted_answer == mcq.answer_idx, verdict


HCM = (
    "Exertional collapse in a 23-year-old pitcher with an S4 and a double apical impulse: a thick, stiff LV."
)


@pytest.mark.parametrize(
    ("tail", "accepted"),
    [
        ("Answer: B, with C basically tied.", False),
        ("Answer: B\n\nP.S. I'm still split between this and Takotsubo cardiomyopathy.", False),
        ("B ≈ C here.\n\nAnswer: B", False),
        ("I genuinely can't tell which of B and C it is.\n\nAnswer: B", False),
        # the other option set aside, or asked about and answered no
        ("Answer: B. Could it be C? Not with no murmur at all in a 23-year-old.", True),
        ("Is aortic stenosis just as valid? No, there is no murmur.\n\nAnswer: B", True),
        ("Answer: B, and C is wrong without a murmur.", True),
        ("Answer: B. My second choice is C, a long way behind, because there's no murmur.", True),
        # a tie before an answer that closes the trace, or a numbered walk
        ("Aortic stenosis (C) explains them, to my mind, just as well. Answer: B.", False),
        ("1. Thick septum → B.\n2. A valve could do it → C, and C and B remain tied.\n3. Answer: B.", False),
        ("I can't choose between the readings, B or C.\n\nAnswer: B", False),
        ("| Option | Fit |\n|---|---|\n| B | strong |\n| C | strong, equal to B |\n\n**Answer: B**", False),
        ("It is equally arguable that aortic stenosis (C) explains them. On balance, B.\n\nAnswer: B", False),
        ("- [x] HCM (B)\n- [x] Aortic stenosis (C)\n- [ ] Restrictive CMP (E)\n\nAnswer: B", False),
        # … and the same words with the other option set apart
        ("Aortic stenosis (C) explains none of them without a murmur. Answer: B.", True),
        ("1. Thick septum → B.\n2. A valve could do it, but no murmur, so not C.\n3. Answer: B.", True),
        ("Aortic stenosis cannot separate a stiff LV from a valve without a murmur.\n\nAnswer: B", True),
        ("- [x] HCM (B)\n- [ ] Aortic stenosis (C)\n- [ ] Restrictive CMP (E)\n\nAnswer: B", True),
    ],
)
def test_another_option_held_equal_or_answered_no(judge, tail, accepted):
    assert_judged(judge, "item2", HCM + "\n\n" + tail, accepted)


def test_a_footnote_mark_after_the_answer_is_no_option_text(judge):
    mcq, case = probe_items("hedges")["item1"]
    body = (
        "An adult with big cystic kidneys on both sides and hypertension fits the dominant form. The answer "
        "is C.[^1]\n\n[^1]: Medullary sponge kidney (A) leaves the kidneys normal-sized: not the diagnosis."
    )
    verdict = judge.judge(mcq, case + body, "stop")
    assert verdict.accepted, verdict


@pytest.mark.parametrize(
    ("tail", "accepted"),
    [
        ("Going with E, A isn't really in the running.", True),
        ("The answer is E (A, sepsis, is a distractor here).", True),
        ("Going with E, I think.", True),
        # the same asides holding the other option open
        ("Going with E, A is just as likely.", False),
        ("The answer is E (A, sepsis, is just as likely).", False),
    ],
)
def test_what_an_aside_says_of_another_letter_is_said_of_that_one(judge, tail, accepted):
    """From ``probes/hedges2.jsonl``: a bracket or a clause that opens on another option's letter speaks of
    that option, so neither its negation nor its words reach the answer's letter, and a first-person remark
    after the letter names no option."""
    assert_judged(judge, "item3", "Bleeding at 3 weeks without prophylaxis. " + tail, accepted, "hedges2")


@pytest.mark.parametrize(
    ("tail", "accepted"),
    [
        ("Propranolol and primidone are equally appropriate for him. Final answer: C.", False),
        ("Primidone is as good a choice as propranolol. Answer: C.", False),
        ("C wins by a whisker over B. Answer: C.", False),
        ("It's a tie between C and B. Answer: C.", False),
        ("Answer: C (B equally).", False),
        # the same words with the other option ranked below
        ("Propranolol and primidone are both first-line; his pressure favours propranolol. Answer: C.", True),
        ("Primidone is not as good a choice as propranolol. Answer: C.", True),
        ("C wins easily over B. Answer: C.", True),
        ("It's not a tie between C and B: his pressure settles it. Answer: C.", True),
        ("Answer: C (B second-line).", True),
    ],
)
def test_a_tie_in_other_words(judge, tail, accepted):
    """From ``probes/hedges2.jsonl`` and ``hedges3.jsonl``: a tie said in other words ("equally appropriate",
    "as good a choice as", "wins by a whisker", "a tie between", "(B equally)") reopens the other option
    before the answer as after it; "equally likely" does not, it is said of findings and hypotheses too ("A
    LOD score of 0 means the two hypotheses are equally likely")."""
    assert_judged(judge, "item1", "Essential tremor in a hypertensive man. " + tail, accepted, "hedges2")


@pytest.mark.parametrize(
    ("tail", "accepted"),
    [
        ("The azole would be just as valid in my view.", False),
        ("The azole comes later, for consolidation.", True),
    ],
)
def test_an_option_held_open_by_its_class(judge, tail, accepted):
    """From ``probes/hedges3.jsonl``: another option kept open under its drug class ("the azole" for
    fluconazole) is held open as by its text (``terms``)."""
    body = "India ink and a CD4 of 80: cryptococcal meningitis. Answer: B. " + tail
    assert_judged(judge, "item1", body, accepted, "hedges3")


CRYPTO = "Induction is amphotericin B plus flucytosine, so the answer is B. Fluconazole then takes over, "


@pytest.mark.parametrize(
    ("body", "accepted"),
    [
        (CRYPTO + "which is why students sometimes pick C.", True),
        ("So pick B. If you picked C, remember that fluconazole is for consolidation.", True),
        ("What is the induction? Amphotericin B and flucytosine, B. What comes after? Fluconazole.", True),
        ("Odds: B about 95-5 over C. I'll take B.", True),
        # the writer's own second pick
        (CRYPTO + "which is why I pick C.", False),
        ("So pick B. I picked C, remember, for consolidation.", False),
    ],
)
def test_picks_that_are_someone_elses_and_answers_in_other_forms(judge, body, accepted):
    """From ``probes/hedges3.jsonl``: another option picked by students or by a supposed "you" is only
    entertained; "The answer is B. Fluconazole then takes over …" names no text for B (the option opens a new
    sentence); "<option text>, B." and "I'll take B." commit."""
    assert_judged(judge, "item1", body, accepted, "hedges3")


@pytest.mark.parametrize(
    ("body", "accepted"),
    [
        ("\n\nFinal answer: C¹\n\n¹ Start at 40 mg twice daily.", True),
        ("\n\n**Final answer: C (Propranolol)**\n**Not first choice here: B (Primidone)**", True),
        ("\n\n**Final answer: C (Propranolol)**\n**Also first choice here: B (Primidone)**", False),
        (" Writing C.", True),
    ],
)
def test_answer_lines_in_other_forms(judge, body, accepted):
    """From ``probes/hedges2.jsonl``: a footnote mark on the answer's letter ("C¹") is no part of it; a label
    that says what it is not ("Not first choice here: B") rejects B; "Writing C." commits."""
    assert_judged(judge, "item1", "Beta-blocker for tremor and pressure." + body, accepted, "hedges2")


@pytest.mark.parametrize(
    ("tail", "accepted"),
    [
        ("**Answer: D** — a single panic attack could not explain the nightmares, so E does not fit.", True),
        ("Answer: D — not a panic attack.", True),
        # the remark is said of the answer's own option, or names none: it rejects the answer
        ("Answer: D — posttraumatic stress disorder could not explain the nightmares.", False),
        ("Answer: D — that could not explain the nightmares.", False),
    ],
)
def test_a_remark_after_a_dash_that_names_another_option_is_said_of_that_one(judge, tail, accepted):
    """From ``probes/hedges3.jsonl``: "Answer: D — a single panic attack could not explain …" rejects the
    panic attack (E), not D: a remark after a dash that names another option is cut from D's sentence."""
    assert_judged(judge, "item3", "The course has passed the one-month mark. " + tail, accepted, "hedges3")
