"""An answer attributed to something outside the reasoning: a source and an answer in one sentence.

The phrase patterns of ``judges/leaks.yaml`` pair a source with a verb that hands the answer over, and a
writer who names a source they do not list ("the shared Google Sheet", "my Anki deck", "the Boards and
Beyond video", "my roommate") or a verb they do not hold ("spoiled it", "tipped me off") slips past them. A
sentence that names an outside source of answers (a teacher, a classmate, a forum, a document, a platform,
another model, an earlier attempt, the item seen before) and, with it, an answer (a letter, "the answer",
"correct", or the final option's text: "my Anki card … has sumatriptan on the back") says where its answer
came from, whatever its verb. Sources are exam-world words only (not the patient's family, her
nurse, a guideline), so a clinical sentence ("Her friend gave her ibuprofen") is no leak.
"""

from __future__ import annotations

from typing import Any

from cot_synth.errors import UserError
from cot_synth.judging.options import option_pattern
from cot_synth.judging.phrases import AnyOf, compile_list
from cot_synth.judging.sentences import sentence_spans


class Attribution:
    """Finds the first sentence that attributes an answer to an outside source."""

    def __init__(self, content: Any, where: str) -> None:
        try:
            self.sources = AnyOf(compile_list(content["sources"], f"{where}: attributed.sources"))
            self.answers = AnyOf(compile_list(content["answers"], f"{where}: attributed.answers"))
        except (KeyError, TypeError) as exc:
            raise UserError(f"{where}: invalid attributed leaks (missing or malformed {exc})") from exc

    def find(self, text: str, final: str | None) -> str | None:
        """The first sentence of ``text`` that names a source and an answer (``final``: the final option's
        text, an answer too)."""
        if not self.sources.search(text):
            return None
        own = option_pattern(final) if final else None
        for start, end in sentence_spans(text):
            if not self.sources.search(text, start, end):
                continue
            if self.answers.search(text, start, end) or (
                own is not None and next(own.finditer(text, start, end), None) is not None
            ):
                return text[start:end].strip()
        return None
