"""Model-backed judges: an LLM judge and a reasoning-sufficiency check, both optional.

They review only traces the rule judges accepted, so a model can reject a trace but never rescue one.
Every call goes through the response cache and the backend protocol, batched: all reviews of a round
are one ``backend.generate`` call. The model must answer with JSON that validates against a schema in
``judges/`` (sent as the server's ``json_schema`` response format); an answer that does not parse is
retried with another seed and then recorded as ``judge_error``, never read as a pass.

The trace is data to the judge: it is wrapped between tags derived from its own hash, which it cannot
contain, under instructions that nothing inside the tags is an instruction.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, replace
from typing import Any

import jsonschema

from cot_synth.backends.base import Backend, Request
from cot_synth.backends.cached import ask
from cot_synth.cache import ResponseCache
from cot_synth.content import ContentDir
from cot_synth.errors import UserError
from cot_synth.judging.conclusion import strip_conclusion
from cot_synth.judging.rules import RuleJudge
from cot_synth.judging.text import normalize
from cot_synth.records import MCQ, NO_VALID_VERDICT, Completion, Verdict, sha256_hex

_FENCE = re.compile(r"```(?:json)?\s*(.*?)\s*```", re.S)


@dataclass(frozen=True)
class _Check:
    """One model review of one trace: which item, which judge, and the messages that ask for it."""

    item: int
    judge: str  # "llm_judge" | "sufficiency"
    messages: tuple[dict[str, str], ...]
    schema: dict[str, Any]


class ModelJudge:
    """Reviews rule-accepted traces with a model; adds ``llm_judge_rejected``, ``insufficient_reasoning``
    or ``judge_error`` to their verdicts."""

    def __init__(
        self,
        backend: Backend,
        cache: ResponseCache,
        judges: ContentDir,
        llm_judge: bool = True,
        sufficiency: bool = False,
        *,
        tries: int = 3,
        max_tokens: int = 384,
    ) -> None:
        if tries < 1:
            raise ValueError("tries must be at least 1")
        self.backend = backend
        self.cache = cache
        self.judges = judges
        self.enabled = tuple(
            name for name, on in (("llm_judge", llm_judge), ("sufficiency", sufficiency)) if on
        )
        self.tries = tries
        self.max_tokens = max_tokens
        self.rules = RuleJudge.from_content(judges)
        self.schemas = {name: _load_schema(judges, name) for name in self.enabled}
        judges.check(*(f"{name}.{part}.j2" for name in self.enabled for part in ("system", "user")))
        self.calls = 0  # requests sent to the backend (cache misses)
        self.failed_calls = 0  # of which failed for good: not cached, so a rerun asks again

    async def review(self, items: list[tuple[MCQ, str, Verdict]]) -> list[Verdict]:
        """Updated verdicts, in the order given; rejected items come back unchanged."""
        checks = [
            self._check(i, name, mcq, trace, verdict)
            for i, (mcq, trace, verdict) in enumerate(items)
            if verdict.accepted
            for name in self.enabled
        ]
        answers: dict[tuple[int, str], dict[str, Any]] = {}
        errors: dict[tuple[int, str], str] = {}
        pending = checks
        for attempt in range(self.tries):
            pending = await self._round(pending, attempt, answers, errors)
        for check in pending:
            errors[check.item, check.judge] = f"{NO_VALID_VERDICT} after {self.tries} tries"
        return [self._verdict(i, mcq, verdict, answers, errors) for i, (mcq, _, verdict) in enumerate(items)]

    def _check(self, item: int, name: str, mcq: MCQ, trace: str, verdict: Verdict) -> _Check:
        schema = self.schemas[name]
        context: dict[str, Any] = {"question": mcq.question, "options": mcq.options}
        if name == "llm_judge":
            context.update(letter=mcq.answer_idx, answer=mcq.answer, trace=trace, tag=_tag(trace))
        else:
            reasoning = self._reasoning_only(trace, verdict)
            context.update(reasoning=reasoning, tag=_tag(reasoning))
            schema = copy.deepcopy(schema)
            schema["properties"]["answer"]["enum"] = list(mcq.options)
        system = self.judges.render(f"{name}.system.j2")
        user = self.judges.render(f"{name}.user.j2", **context)
        messages = ({"role": "system", "content": system}, {"role": "user", "content": user})
        return _Check(item, name, messages, schema)

    def _reasoning_only(self, trace: str, verdict: Verdict) -> str:
        """The trace without its conclusion and without any sentence-internal answer statement."""
        reasoning = strip_conclusion(trace, verdict.details)
        return self.rules.extractor.without_answers(normalize(reasoning).text)[0].strip()

    async def _round(
        self,
        checks: list[_Check],
        attempt: int,
        answers: dict[tuple[int, str], dict[str, Any]],
        errors: dict[tuple[int, str], str],
    ) -> list[_Check]:
        """Ask once for every check (cache first, misses in one batch); return those left unparsed."""
        by_key: dict[str, list[_Check]] = {}
        requests = []
        for check in checks:
            request = self._request(check, attempt)
            by_key.setdefault(request.key, []).append(check)
            requests.append(request)
        completions: list[tuple[_Check, Completion]] = []
        async for request, outcome, cached in ask(self.backend, self.cache, requests):
            self.calls += not cached
            self.failed_calls += isinstance(outcome, Exception)
            for check in by_key[request.key]:
                if isinstance(outcome, Exception):  # the backend already retried; not cached
                    errors[check.item, check.judge] = f"{type(outcome).__name__}: {outcome}"
                else:
                    completions.append((check, outcome[0][1]))  # (key, completion) of n = 1
        unparsed = []
        for check, completion in completions:
            parsed = parse_json(completion.text, check.schema)
            if parsed is None:
                unparsed.append(check)
            else:
                answers[check.item, check.judge] = {**parsed, "tries": attempt + 1}
        return sorted(unparsed, key=lambda c: (c.item, c.judge))

    def _request(self, check: _Check, attempt: int) -> Request:
        """Greedy on the first try; a retry samples with another seed, so it is a different cache key."""
        response_format = {
            "type": "json_schema",
            "json_schema": {"name": check.judge, "schema": check.schema},
        }
        return Request.build(
            self.backend.kind,
            self.backend.model,
            check.messages,
            max_tokens=self.max_tokens,
            temperature=0.0 if attempt == 0 else 0.7,
            seed=attempt,
            response_format=response_format,
        )

    @staticmethod
    def _verdict(
        item: int,
        mcq: MCQ,
        verdict: Verdict,
        answers: dict[tuple[int, str], dict[str, Any]],
        errors: dict[tuple[int, str], str],
    ) -> Verdict:
        if not verdict.accepted:
            return verdict
        reasons: list[str] = []
        details = dict(verdict.details)
        if judged := answers.get((item, "llm_judge")):
            details["llm_judge"] = judged
            if not (judged["supports_gold_answer"] and judged["clinically_sound"]):
                reasons.append("llm_judge_rejected")
        if judged := answers.get((item, "sufficiency")):
            details["sufficiency"] = judged
            if judged["answer"] != mcq.answer_idx:
                reasons.append("insufficient_reasoning")
        failed = {name: why for (i, name), why in errors.items() if i == item}
        if failed:
            details["judge_errors"] = failed
            reasons.append("judge_error")
        return replace(verdict, accepted=not reasons, reasons=tuple(reasons), details=details)


def parse_json(text: str, schema: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON object in a reply if it validates against ``schema``; ``None`` otherwise (never a guess)."""
    body = text.strip()
    if fenced := _FENCE.fullmatch(body):
        body = fenced.group(1)
    try:
        data = json.loads(body)
    except ValueError:
        return None
    return data if jsonschema.Draft202012Validator(schema).is_valid(data) else None


def _tag(text: str) -> str:
    """A delimiter the text cannot contain: it is derived from the text's own hash."""
    return f"trace-{sha256_hex(text)[:12]}"


def _load_schema(judges: ContentDir, name: str) -> dict[str, Any]:
    file = judges.path / f"{name}.schema.json"
    text = judges.read_text(file.name)
    try:
        schema = json.loads(text)
        jsonschema.Draft202012Validator.check_schema(schema)
    except (ValueError, jsonschema.SchemaError) as exc:
        raise UserError(f"{file}: not a valid JSON Schema ({str(exc).splitlines()[0]})") from exc
    return schema
