"""The judge chain: decides whether a trace concludes in the gold answer, with stable reason codes.

Rules come from ``judges/rules.yaml``; this module is the engine. Every check is a pure function of the
MCQ, the trace text and its finish reason, so verdicts are reproducible and cheap to recompute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from cot_synth.content import ContentDir
from cot_synth.errors import UserError
from cot_synth.records import MCQ, Verdict


@dataclass(frozen=True)
class Extraction:
    """The concluded letter (None = explicitly invalid, never a guess) and the line that states it."""

    letter: str | None
    pattern: str | None = None
    line_start: int = 0
    line_end: int = 0


@dataclass(frozen=True)
class _Pattern:
    name: str
    regex: re.Pattern[str]


class RuleJudge:
    """Answer extraction + gold match + form checks, configured by ``judges/rules.yaml``."""

    def __init__(self, rules: dict[str, Any], source: str = "rules.yaml") -> None:
        try:
            self.patterns = tuple(_Pattern(p["name"], re.compile(p["pattern"])) for p in rules["extraction"])
            self.min_reasoning_chars = int(rules.get("form", {}).get("min_reasoning_chars", 0))
        except (KeyError, TypeError, ValueError, re.error) as exc:
            raise UserError(f"{source}: invalid judge rules ({exc})") from exc
        for pattern in self.patterns:
            if "letter" not in pattern.regex.groupindex:
                raise UserError(f"{source}: pattern '{pattern.name}' has no (?P<letter>…) group")

    @classmethod
    def from_content(cls, judges: ContentDir) -> RuleJudge:
        return cls(judges.load_yaml("rules.yaml"), source=str(judges.path / "rules.yaml"))

    def extract(self, text: str, letters: str) -> Extraction:
        """First pattern in the cascade that matches wins; within it, the last match (the conclusion)."""
        for pattern in self.patterns:
            matches = list(pattern.regex.finditer(text))
            if not matches:
                continue
            last = matches[-1]
            letter = last.group("letter").upper()
            line_start = text.rfind("\n", 0, last.start()) + 1
            line_end = text.find("\n", last.end())
            line_end = len(text) if line_end < 0 else line_end
            return Extraction(letter if letter in letters else None, pattern.name, line_start, line_end)
        return Extraction(None)

    def judge(self, mcq: MCQ, text: str, finish_reason: str) -> Verdict:
        extraction = self.extract(text, "".join(mcq.options))
        reasons: list[str] = []
        if finish_reason == "length":
            reasons.append("truncated")
        if extraction.letter is None:
            reasons.append("no_final_answer")
        elif extraction.letter != mcq.answer_idx:
            reasons.append("wrong_answer")
        line = [extraction.line_start, extraction.line_end] if extraction.pattern else None
        if len(strip_conclusion(text, line)) < self.min_reasoning_chars:
            reasons.append("too_short")
        details = {"pattern": extraction.pattern, "conclusion_line": line}
        return Verdict(not reasons, tuple(reasons), extraction.letter, details)


def strip_conclusion(text: str, line: list[int] | None) -> str:
    """The trace without the line that states the conclusion: the reasoning a sample keeps."""
    if line is None:
        return text.strip()
    start, end = line
    return (text[:start] + text[end:]).strip()
