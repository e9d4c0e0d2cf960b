"""Data contracts shared by every stage: one place for each record's shape.

Records are frozen dataclasses so a stage cannot mutate what an earlier stage produced; each has a
``to_json`` that yields exactly what is written to disk (stable key order, no runtime-only fields), so
output files are a pure function of inputs, config and cache.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import orjson

LETTERS = "ABCDE"
Mode = Literal["blind", "hinted"]
MODES: tuple[Mode, ...] = ("blind", "hinted")
# Finish reasons as APIs write them (OpenAI, vLLM, llama.cpp, Anthropic-style exports): those of a text cut
# short, at the token limit or by a filter, and those of a text that ended ("unknown": an API gave none)
TRUNCATED_FINISHES = frozenset({"length", "max_tokens", "max_length", "content_filter"})
FINISH_REASONS = TRUNCATED_FINISHES | {"stop", "end_turn", "stop_sequence", "eos", "tool_calls", "unknown"}


def comparison_key(text: str) -> str:
    """The text as it is compared, never as it is stored: NFKC with whitespace folded.

    The one text policy of cot_synth: text is *stored* as ``clean.text`` repairs it (never NFKC, which turns
    "10³" into "103"), and *compared* through NFKC: item ids here, duplicates in ``clean.dedup``, and the
    judges' reading in ``judging.text`` (which also maps look-alike letters and reads markup as text).
    """
    return " ".join(unicodedata.normalize("NFKC", text).split())


def canonical_json(obj: Any) -> str:
    """The one serialisation used for hashing, and the text of every output line (``json_line`` writes
    it faster): sorted keys, no spaces, UTF-8."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def json_line(obj: Any) -> str:
    """One line of an output file: ``canonical_json``'s text, written by orjson, four times faster (a rerun
    of a finished 10k job spent a quarter of its time encoding records). orjson spells a few floats its
    own way ("0.00001" for "1e-05", null for NaN), so whatever is hashed keeps ``canonical_json``; what
    orjson refuses (a key that is not a string, an integer past 64 bits, a lone surrogate) goes through
    ``canonical_json`` too."""
    try:
        return orjson.dumps(obj, option=orjson.OPT_SORT_KEYS).decode()
    except TypeError:  # orjson.JSONEncodeError is one
        return canonical_json(obj)


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def mcq_id(question: str, options: dict[str, str]) -> str:
    """Stable id of an item: hash of its normalised stem and options (not the stem alone)."""
    payload = {"q": comparison_key(question), "o": {k: comparison_key(v) for k, v in sorted(options.items())}}
    return sha256_hex(canonical_json(payload))[:16]


@dataclass(frozen=True)
class MCQ:
    """A validated multiple-choice question in canonical form."""

    id: str
    question: str
    options: dict[str, str]
    answer_idx: str
    answer: str
    meta: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        # Shallow on purpose: ``asdict`` deep-copies ``meta`` (the original row), which dominated the time
        # to write 10k prepared items; the result is only ever serialised.
        return {
            "id": self.id,
            "question": self.question,
            "options": self.options,
            "answer_idx": self.answer_idx,
            "answer": self.answer,
            "meta": self.meta,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MCQ:
        """The MCQ a ``to_json`` wrote (in any output file's ``mcq`` field)."""
        return cls(
            data["id"], data["question"], data["options"], data["answer_idx"], data["answer"],
            data.get("meta") or {},
        )  # fmt: skip


@dataclass(frozen=True)
class Quarantined:
    """A source row that could not become an MCQ, kept with the reason so nothing is lost."""

    row: int
    source: str
    reason: str
    detail: str
    original: Any

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Removed:
    """A valid MCQ that a data-quality check took out, kept with the reason so nothing is lost.

    ``kept`` names the item that stayed when this one duplicates it: its row, id and the similarity.
    """

    row: int
    source: str
    reason: str
    detail: str
    mcq: MCQ
    kept: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "source": self.source,
            "reason": self.reason,
            "detail": self.detail,
            "mcq": self.mcq.to_json(),
            "kept": self.kept,
        }


@dataclass(frozen=True)
class Completion:
    """What a backend returned for one request: exactly what the cache stores."""

    text: str
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int
    latency_s: float

    def to_json(self) -> dict[str, Any]:
        # Spelled out, like the records below: ``asdict`` (recursive, deep-copying) was a fifth of a
        # cached rerun's time, for records that are only ever serialised.
        return {
            "text": self.text,
            "finish_reason": self.finish_reason,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "latency_s": self.latency_s,
        }


@dataclass(frozen=True)
class Attempt:
    """One generation attempt for one MCQ: which attempt, the key of its request, and what came back.

    ``cached`` is runtime-only and never written to outputs, and so is the completion's latency: the
    records are a pure function of inputs, config and cache, byte-identical whichever run made the calls
    (the manifest keeps this run's speed). The JSON is flat, the completion's fields next to the attempt's.
    """

    mcq_id: str
    mode: Mode
    index: int
    request_key: str
    completion: Completion
    cached: bool = False

    @property
    def text(self) -> str:
        return self.completion.text

    @property
    def finish_reason(self) -> str:
        return self.completion.finish_reason

    def to_json(self) -> dict[str, Any]:
        head = {
            "mcq_id": self.mcq_id,
            "mode": self.mode,
            "index": self.index,
            "request_key": self.request_key,
        }
        completion = self.completion.to_json()
        completion.pop("latency_s")
        return {**head, **completion}


RULE_JUDGE_ERROR = "rule_judge_error"  # a verdict's detail: what the rule judge raised on the trace
NO_VALID_VERDICT = "no valid JSON verdict"  # a model judge's error when none of its replies parsed


def judge_warning(rule_errors: int, unparsed: int, what: str) -> str | None:
    """The last word of a command whose rule judge raised on ``rule_errors`` of its ``what`` (traces, rows),
    or whose model judge never gave a valid verdict for ``unparsed`` of them: both end as judge_error."""
    said = []
    if rule_errors:
        said.append(
            f"the rule judge raised on {rule_errors} {what}, rejected as judge_error (the error is in each "
            f"verdict's details, {RULE_JUDGE_ERROR}): a bug in the judge, please report it"
        )
    if unparsed:
        said.append(
            f"the model judge gave {NO_VALID_VERDICT} for {unparsed} {what}, rejected as judge_error: does "
            "the server follow response_format (a JSON schema)? vllm serve and llama.cpp do; else try "
            "another model"
        )
    return "; ".join(said) or None


def unparsed_verdicts(verdicts: Iterable[Verdict | None]) -> int:
    """How many verdicts a model judge left without a valid verdict (``judge_warning``)."""
    return sum(
        any(str(why).startswith(NO_VALID_VERDICT) for why in v.details.get("judge_errors", {}).values())
        for v in verdicts
        if v is not None
    )


@dataclass(frozen=True)
class Verdict:
    """A judge chain's decision. ``reasons`` are stable codes (see judges/README.md)."""

    accepted: bool
    reasons: tuple[str, ...]
    extracted_answer: str | None
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "accepted": self.accepted,
            "reasons": list(self.reasons),
            "extracted_answer": self.extracted_answer,
            "details": dict(self.details),  # plain JSON values, from the judges or the cache
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Verdict:
        return cls(
            data["accepted"], tuple(data["reasons"]), data["extracted_answer"], data.get("details") or {}
        )

    @classmethod
    def rule_judge_failed(cls, error: BaseException) -> Verdict:
        """The rule judge raised on this trace (a bug): rejected, never accepted unread; the job goes on."""
        return cls(False, ("judge_error",), None, {RULE_JUDGE_ERROR: f"{type(error).__name__}: {error}"})


@dataclass(frozen=True)
class Provenance:
    """Where a sample came from: enough to reproduce or audit it."""

    model: str
    backend: str
    prompt_hash: str
    judge_hash: str
    package_version: str

    def to_json(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "backend": self.backend,
            "prompt_hash": self.prompt_hash,
            "judge_hash": self.judge_hash,
            "package_version": self.package_version,
        }


@dataclass(frozen=True)
class Sample:
    """An accepted, rendered SFT sample."""

    id: str
    text: str
    messages: list[dict[str, str]]
    mcq: MCQ
    attempt: Attempt
    verdict: Verdict
    provenance: Provenance
    difficulty: dict[str, Any] = field(default_factory=dict)  # see cot_synth/difficulty.py

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "messages": self.messages,
            "mcq": self.mcq.to_json(),
            "trace": self.attempt.text,
            "attempt": self.attempt.to_json(),
            "verdict": self.verdict.to_json(),
            "provenance": self.provenance.to_json(),
            "difficulty": self.difficulty,
        }


@dataclass(frozen=True)
class Rejection:
    """An MCQ for which no attempt was accepted, with every attempt and why each failed.

    ``errors`` holds requests that failed even after retries; such items are retried on the next run
    because failures are never cached.
    """

    mcq: MCQ
    attempts: tuple[Attempt, ...]
    verdicts: tuple[Verdict, ...]
    errors: tuple[str, ...] = ()
    difficulty: dict[str, Any] = field(default_factory=dict)  # see cot_synth/difficulty.py

    @property
    def reasons(self) -> list[str]:
        """Distinct reason codes over all attempts, in first-seen order."""
        seen: dict[str, None] = {}
        for verdict in self.verdicts:
            for code in verdict.reasons:
                seen.setdefault(code, None)
        if self.errors:
            seen.setdefault("request_failed", None)
        return list(seen)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.mcq.id,
            "mcq": self.mcq.to_json(),
            "reasons": self.reasons,
            "attempts": [
                {**a.to_json(), "verdict": v.to_json()}
                for a, v in zip(self.attempts, self.verdicts, strict=True)
            ],
            "errors": list(self.errors),
            "difficulty": self.difficulty,
        }


@dataclass
class ItemResult:
    """Everything that happened to one MCQ in this run."""

    mcq: MCQ
    attempts: list[Attempt] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    keep: int = 1

    @property
    def accepted_indices(self) -> list[int]:
        """Positions (in ``attempts``) of the first ``keep`` accepted traces, in the order they were made.

        One call with several choices can bring more accepted traces than asked for; the rest stay
        recorded in ``attempts`` but are not samples.
        """
        return [i for i, v in enumerate(self.verdicts) if v.accepted][: self.keep]

    def order_from(self, mark: int) -> None:
        """Sort the attempts (and their verdicts) made after position ``mark`` by attempt index."""
        tail = sorted(zip(self.attempts[mark:], self.verdicts[mark:], strict=True), key=lambda p: p[0].index)
        self.attempts[mark:] = [a for a, _ in tail]
        self.verdicts[mark:] = [v for _, v in tail]
