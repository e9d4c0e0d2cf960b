"""Round 22: rejections of the final option that the rule lists missed because of where the verdict stands or
how the option is named: a verdict set after the option like a label's value ("Option B: ruled out.",
"Thrombolysis — rejected.") or a label before a part of its name ("Excluded: alteplase."), a drug by the
abbreviation clinicians write for it ("PTU"), "not considered an appropriate …", "takes … off the table",
"does not belong in her treatment plan", "I would withhold …"; and double negatives that keep it ("Nothing
rules out option C", "B is not excluded"). Each beside the same words that keep the final option."""

from __future__ import annotations

import pytest

from tests.conftest import gold_mcq
from tests.test_judging_probes import (
    GRAVES_CASE,
    KAWASAKI_CASE,
    MCQ_GRAVES,
    MCQ_KAWASAKI,
    MCQ_STEMI,
    MCQ_UTI,
    STEMI_CASE,
    UTI_CASE,
)

ITEMS = {
    "graves": (MCQ_GRAVES, GRAVES_CASE),
    "kawasaki": (MCQ_KAWASAKI, KAWASAKI_CASE),
    "stemi": (MCQ_STEMI, STEMI_CASE),
    "uti": (MCQ_UTI, UTI_CASE),
}


def _judge(judge, item: str, middle: str):
    mcq, case = ITEMS[item]
    return judge.judge(mcq, case + middle + f"\n\nAnswer: {mcq.answer_idx}", "stop")


@pytest.mark.parametrize(
    "item, middle",
    [
        ("graves", "PTU is contraindicated for her in the first trimester."),
        ("graves", "Option B: ruled out."),
        ("graves", "Propylthiouracil — excluded (hepatotoxicity)."),
        ("graves", "PTU — no, too hepatotoxic."),
        ("graves", "Struck: option B."),
        ("graves", "Option B may therefore be excluded."),
        ("graves", "Propylthiouracil is not considered an appropriate therapeutic option for this patient."),
        ("graves", "PTU? Nah, not for her."),
        ("kawasaki", "I would withhold IVIG and high-dose aspirin."),
        ("kawasaki", "IVIG is not indicated for this boy."),
        ("stemi", "Excluded: alteplase."),
        ("stemi", "Thrombolysis — rejected."),
        ("stemi", "I would steer well clear of option D."),
        ("uti", "The same concern takes cephalexin off the table for this pregnancy."),
        ("uti", "Cephalexin does not belong in her treatment plan."),
        ("uti", "Cephalexin is simply wrong for this patient."),
    ],
)
def test_the_final_option_rejected_in_these_words_contradicts(judge, item, middle):
    verdict = _judge(judge, item, middle)
    assert verdict.reasons == ("contradiction",), verdict


@pytest.mark.parametrize(
    "item, middle",
    [
        ("graves", "Unlike methimazole, PTU is safe in the first trimester."),
        ("graves", "Option B: preferred."),
        ("graves", "Propylthiouracil — preferred in the first trimester."),
        ("graves", "Methimazole — no, not at 8 weeks; PTU is the drug."),
        ("graves", "Nothing rules out option B."),
        ("graves", "Option B may therefore be excluded only if she is allergic, which she is not."),
        ("graves", "Option B is not excluded by her pregnancy; it is the drug of choice."),
        ("graves", "Propylthiouracil is considered the appropriate option for this patient."),
        (
            "kawasaki",
            "I would withhold oral prednisolone alone; IVIG with high-dose aspirin is the treatment.",
        ),
        ("stemi", "Preferred: alteplase."),
        ("stemi", "Ruled out: aortic dissection; alteplase is indicated."),
        ("stemi", "Oral metoprolol only — rejected."),
        # a table row, as ``normalize`` writes it: "no" is a cell, not a verdict
        ("stemi", "\n\n| Option | Delays care | Reperfuses |\n|---|---|---|\n| Alteplase | no | yes |\n\n"),
        # a verdict of its own sentence is said of that sentence's subject
        ("stemi", "CT coronary angiography only delays treatment compared with alteplase. Excluded."),
        ("uti", "Ciprofloxacin comes off the table; cephalexin stays."),
        ("uti", "Cephalexin belongs in her treatment plan."),
        ("uti", "Nothing in this picture argues against option C."),
        ("uti", "Ciprofloxacin is simply wrong for this patient."),
    ],
)
def test_the_same_words_keeping_the_final_option_accept(judge, item, middle):
    verdict = _judge(judge, item, middle)
    assert verdict.accepted, verdict


TB = gold_mcq(
    "tb-gout",
    "A 45-year-old man started on four-drug therapy for pulmonary tuberculosis develops an acutely painful, "
    "swollen first metatarsophalangeal joint and a raised serum urate. Which drug is most likely to blame?",
    {"A": "Isoniazid", "B": "Rifampin", "C": "Pyrazinamide", "D": "Ethambutol"},
    "C",
)
TB_CASE = (
    "Acute gout in the big toe with hyperuricemia after starting tuberculosis therapy points to a drug that "
    "reduces renal urate excretion; isoniazid causes neuropathy and hepatitis, rifampin orange secretions "
    "and enzyme induction, ethambutol optic neuritis. "
)


@pytest.mark.parametrize(
    "middle, rejected",
    [
        ("PZA is not the cause of his gout.", True),
        ("EMB is not the cause of his gout; PZA is.", False),
        ("RIF does not raise urate, so it is not the culprit.", False),
    ],
)
def test_a_drug_named_by_its_abbreviation_is_read_as_that_option(judge, middle, rejected):
    verdict = judge.judge(TB, TB_CASE + middle + "\n\nAnswer: C", "stop")
    assert ("contradiction" in verdict.reasons) is rejected, verdict
