"""What a rule judge is built from, and its fingerprint, apart from the judge itself.

Building a ``RuleJudge`` compiles a few thousand patterns (a fifth of a second). A generation run needs
only the fingerprint (every verdict key holds it) until a trace has to be judged, which happens on the
judge's own process; so the run hands that process a ``JudgeSpec`` and the process builds the judge. A
rerun whose verdicts are all kept never builds one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cot_synth.content import ContentDir
from cot_synth.judging.rules import RuleJudge, judge_fingerprint, rule_files


@dataclass(frozen=True)
class JudgeSpec:
    """``RuleJudge``'s arguments: the three rule files' content, where they came from (for errors) and the
    demonstration traces a trace must not copy."""

    rules: dict[str, Any]
    leaks: dict[str, Any]
    injection: dict[str, Any]
    source: str = "judges/"
    examples: tuple[str, ...] = ()
    fingerprint: str = field(init=False)

    def __post_init__(self) -> None:
        fingerprint = judge_fingerprint(self.rules, self.leaks, self.injection, self.examples)
        object.__setattr__(self, "fingerprint", fingerprint)

    @classmethod
    def from_content(cls, judges: ContentDir, examples: tuple[str, ...] = ()) -> JudgeSpec:
        """``examples``: the demonstration traces the generator was shown."""
        return cls(*rule_files(judges), f"{judges.path}/", examples)

    def build(self) -> RuleJudge:
        """The judge (``UserError`` for rules that are malformed)."""
        return RuleJudge(self.rules, self.leaks, self.injection, self.source, self.examples)
