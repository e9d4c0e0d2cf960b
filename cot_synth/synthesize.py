"""The attempt loop: ask the generator for traces, judge each at once, stop at the first accepted one.

Work proceeds in rounds (attempt 0 for every item, then attempt 1 for items still without an accepted
trace, ...). Each round first answers what it can from the cache and sends only the misses to the
backend as one batch, so a vLLM backend sees large batches and an HTTP backend sees full concurrency.
Every completion is written to the cache the moment it arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from cot_synth.backends.base import Backend, Request
from cot_synth.cache import ResponseCache
from cot_synth.config import GenerateConfig
from cot_synth.content import ContentDir
from cot_synth.judging import RuleJudge
from cot_synth.records import MCQ, Attempt, Completion, Mode, Verdict, sha256_hex


@dataclass
class ItemResult:
    """Everything that happened to one MCQ in this run."""

    mcq: MCQ
    attempts: list[Attempt] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def accepted_index(self) -> int | None:
        return next((i for i, v in enumerate(self.verdicts) if v.accepted), None)


@dataclass
class Tally:
    """Live counters for the progress bar and the manifest."""

    done: int = 0
    accepted: int = 0
    attempts: int = 0
    cached: int = 0
    completion_tokens: int = 0
    failed_calls: int = 0


def attempt_seed(base_seed: int, mcq: MCQ, mode: Mode, index: int) -> int:
    """Per-attempt seed derived from the item, not its position, so --limit or new rows change nothing."""
    return int(sha256_hex(f"{base_seed}:{mcq.id}:{mode}:{index}")[:8], 16) & 0x7FFFFFFF


class Synthesizer:
    """Runs blind attempts for a list of MCQs against one backend, through one cache."""

    def __init__(
        self,
        backend: Backend,
        cache: ResponseCache,
        prompts: ContentDir,
        judge: RuleJudge,
        config: GenerateConfig,
        on_event: Callable[[Tally], None] = lambda tally: None,
    ) -> None:
        self.backend = backend
        self.cache = cache
        self.prompts = prompts
        self.judge = judge
        self.config = config
        self.on_event = on_event
        self.tally = Tally()
        self._system = prompts.render("system.j2")

    def request_for(self, mcq: MCQ, mode: Mode, index: int) -> Request:
        user = self.prompts.render("generate.j2", question=mcq.question, options=mcq.options)
        messages = ({"role": "system", "content": self._system}, {"role": "user", "content": user})
        params = {**self.config.sampling(), "seed": attempt_seed(self.config.seed, mcq, mode, index)}
        return Request.build(self.backend.kind, self.backend.model, messages, **params)

    async def run(self, mcqs: list[MCQ]) -> list[ItemResult]:
        results = [ItemResult(m) for m in mcqs]
        pending = list(results)
        for index in range(self.config.blind_attempts):
            await self._round(pending, "blind", index)
            last = index == self.config.blind_attempts - 1
            still = []
            for item in pending:
                if item.accepted_index is not None or item.errors or last:
                    self._finish(item)
                else:
                    still.append(item)
            pending = still
        return results

    async def _round(self, items: list[ItemResult], mode: Mode, index: int) -> None:
        by_key: dict[str, list[ItemResult]] = {}
        requests: dict[str, Request] = {}
        for item in items:
            request = self.request_for(item.mcq, mode, index)
            cached = self.cache.get(request.key)
            if cached is not None:
                self._record(item, request, cached, mode, index, cached=True)
                continue
            by_key.setdefault(request.key, []).append(item)
            requests[request.key] = request
        if not requests:
            return
        async for request, outcome in self.backend.generate(list(requests.values())):
            if isinstance(outcome, Exception):
                self.tally.failed_calls += 1
                message = f"{mode}#{index}: {type(outcome).__name__}: {outcome}"
                for item in by_key[request.key]:
                    item.errors.append(message)
                continue
            self.cache.put(request.key, outcome)
            for item in by_key[request.key]:
                self._record(item, request, outcome, mode, index, cached=False)

    def _record(
        self, item: ItemResult, request: Request, completion: Completion, mode: Mode, index: int, cached: bool
    ) -> None:
        attempt = Attempt(
            mcq_id=item.mcq.id,
            mode=mode,
            index=index,
            request_key=request.key,
            text=completion.text,
            finish_reason=completion.finish_reason,
            prompt_tokens=completion.prompt_tokens,
            completion_tokens=completion.completion_tokens,
            latency_s=completion.latency_s,
            cached=cached,
        )
        item.attempts.append(attempt)
        item.verdicts.append(self.judge.judge(item.mcq, attempt.text, attempt.finish_reason))
        self.tally.attempts += 1
        self.tally.cached += cached
        self.tally.completion_tokens += 0 if cached else completion.completion_tokens
        self.on_event(self.tally)

    def _finish(self, item: ItemResult) -> None:
        self.tally.done += 1
        self.tally.accepted += item.accepted_index is not None
        self.on_event(self.tally)
