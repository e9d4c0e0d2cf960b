"""What a rule judge is built from, and its fingerprint, apart from the judge itself.

Building a ``RuleJudge`` compiles a few thousand patterns (a fifth of a second). A generation run needs
only the fingerprint (every verdict key holds it) until a trace has to be judged, which happens on the
judge's own process; so the run hands that process a ``JudgeSpec`` and the process builds the judge. A
rerun whose verdicts are all kept never builds one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cot_synth.content import ContentDir
from cot_synth.records import canonical_json, sha256_hex


def _source_hash() -> str:
    """The judging code itself: a verdict kept from an earlier run is reused only by the same code."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


_SOURCE_HASH = _source_hash()


def rule_files(judges: ContentDir) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The content of the three rule files of a judges folder: rules, leaks, injection."""
    return judges.load_yaml("rules.yaml"), judges.load_yaml("leaks.yaml"), judges.load_yaml("injection.yaml")


def learned_file(judges: ContentDir) -> str | None:
    """The learned detectors' weights (``judges/learned.json``) as its text, or ``None`` for a folder
    without them. Text, parsed by the judge that uses it: a run whose verdicts are all kept needs only its
    fingerprint, and hashing the text costs a millisecond where parsing and re-encoding 35k weights
    cost 25."""
    return judges.read_text("learned.json") if (Path(judges.path) / "learned.json").is_file() else None


def judge_fingerprint(
    rules: dict[str, Any],
    leaks: dict[str, Any],
    injection: dict[str, Any],
    examples: tuple[str, ...],
    learned: str | None = None,
) -> str:
    """Everything a verdict depends on besides its trace and item: the rule files, the demonstrations a
    trace must not copy, the judging code, the learned detectors' weights."""
    parts: list[Any] = [rules, leaks, injection, list(examples), _SOURCE_HASH]
    return sha256_hex(canonical_json(parts if learned is None else [*parts, learned]))


@dataclass(frozen=True)
class JudgeSpec:
    """``RuleJudge``'s arguments: the three rule files' content, where they came from (for errors) and the
    demonstration traces a trace must not copy."""

    rules: dict[str, Any]
    leaks: dict[str, Any]
    injection: dict[str, Any]
    source: str = "judges/"
    examples: tuple[str, ...] = ()
    learned: str | None = None
    fingerprint: str = field(init=False)

    def __post_init__(self) -> None:
        fingerprint = judge_fingerprint(self.rules, self.leaks, self.injection, self.examples, self.learned)
        object.__setattr__(self, "fingerprint", fingerprint)

    @classmethod
    def from_content(cls, judges: ContentDir, examples: tuple[str, ...] = ()) -> JudgeSpec:
        """``examples``: the demonstration traces the generator was shown."""
        return cls(*rule_files(judges), f"{judges.path}/", examples, learned_file(judges))
