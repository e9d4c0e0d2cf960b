"""Round 31: three writers on clean traces a strict checker might wrongly reject (45 accepts, 15 rejects
each; first score 92.2 % of the dev half). Fixed as general rules: "Next step ≡ D (spinal MRI)", a ticked
ballot box "☒ E" among empty ones, "My pick, stated plainly: ✅ (D), its own text." are answers, and "A: <an
option's text>" under a "Q:" line is a Q/A layout's answer, not option A."""

from __future__ import annotations

import pytest
import yaml

from cot_synth.content import ContentDir
from cot_synth.errors import UserError
from cot_synth.judging.extraction import Extractor
from tests.conftest import gold_mcq

BCL2 = gold_mcq(
    "bcl2",
    "A 58-year-old man has painless lymphadenopathy; biopsy shows follicular lymphoma with t(14;18). The "
    "oncogene involved is most likely to participate in which of the following processes?",
    {
        "A": "Hydrolysis of guanosine triphosphate",
        "B": "Upregulation of cytokine receptor binding",
        "C": "Transfer of phosphate from ATP to cellular protein",
        "D": "Inhibition of DNA break repair",
        "E": "Inhibition of programmed cell death",
    },
    "E",
)
REASONING = (
    "The t(14;18) translocation puts BCL2 under the immunoglobulin heavy-chain promoter. BCL2 blocks the "
    "mitochondrial pathway of apoptosis, so the cells live too long. GTP hydrolysis is RAS, kinase activity "
    "is the tyrosine kinases, DNA break repair is BRCA1 and BRCA2.\n\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "☐ A ☐ B ☐ C ☐ D ☒ E",
        "Q: Which process does the t(14;18) oncogene take part in?\n"
        "A: Inhibition of programmed cell death.\n\n☐ A ☐ B ☐ C ☐ D ☒ E",
        "Mechanism ≡ E (inhibition of programmed cell death) ■",
        "My pick, stated plainly: ✅ (E), inhibition of programmed cell death.",
    ],
)
def test_a_ticked_ballot_box_an_identity_sign_and_a_ticked_closing_label_are_answers(judge, closing):
    verdict = judge.judge(BCL2, REASONING + closing, "stop")
    assert verdict.accepted and verdict.extracted_answer == "E", verdict


def test_a_closing_label_with_another_options_text_after_its_letter_is_a_mismatch(judge):
    verdict = judge.judge(
        BCL2, REASONING + "My pick, stated plainly: (E), hydrolysis of guanosine triphosphate.", "stop"
    )
    assert not verdict.accepted, verdict


def test_a_q_and_a_layout_on_an_item_without_an_option_a_is_read_without_error(judge):
    options = {k: v for k, v in BCL2.options.items() if k != "A"}
    mcq = gold_mcq("bcl2-no-a", BCL2.question, options, "E")
    body = REASONING + "Q: Which process?\nA: Inhibition of programmed cell death.\n\nAnswer: E"
    assert judge.judge(mcq, body, "stop").extracted_answer == "E"


def test_rules_without_the_form_marks_are_refused_naming_the_file():
    """The ballot reads its marks from the extraction fragments: rules that lack them fail loudly, once."""
    rules = yaml.safe_load(ContentDir.resolve("judges", None).read_text("rules.yaml"))
    del rules["fragments"]["EMPTY_BOX"]
    with pytest.raises(UserError, match=r"my-rules\.yaml: fragments lack the form marks EMPTY_BOX"):
        Extractor(rules, "my-rules.yaml")
