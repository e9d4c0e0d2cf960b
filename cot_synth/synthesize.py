"""The attempt loop: rejection sampling with rationalization.

Per MCQ: up to ``blind_attempts`` traces written without the answer, each judged at once; items with no
accepted blind trace then get up to ``hinted_attempts`` rationalization attempts whose prompt reveals the
gold answer (STaR-style) and which face the same judges plus the strict leak check. An item stops once it
has ``keep`` accepted traces. Every attempt, accepted or not, is recorded.

Work proceeds in rounds (blind 0 for every item, blind 1 for items that still need one, ..., then hinted
rounds). Each round answers what it can from the cache and sends only the misses to the backend as one
batch, so a vLLM backend sees large batches and an HTTP backend full concurrency. Each completion is
written to the cache the moment it arrives, so a killed run re-pays only what was in flight.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from cot_synth.backends.base import Backend, Request
from cot_synth.cache import ResponseCache
from cot_synth.config import GenerateConfig
from cot_synth.content import ContentDir
from cot_synth.demonstrations import load_demonstrations, user_message
from cot_synth.judging import RuleJudge
from cot_synth.judging.model import ModelJudge
from cot_synth.records import MCQ, Attempt, Completion, Mode, Verdict, sha256_hex


@dataclass
class ItemResult:
    """Everything that happened to one MCQ in this run."""

    mcq: MCQ
    attempts: list[Attempt] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def accepted_indices(self) -> list[int]:
        """Positions (in ``attempts``) of the accepted traces, in the order they were made."""
        return [i for i, v in enumerate(self.verdicts) if v.accepted]


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
    """Runs the attempt loop for a list of MCQs against one backend, through one cache."""

    def __init__(
        self,
        backend: Backend,
        cache: ResponseCache,
        prompts: ContentDir,
        judge: RuleJudge,
        config: GenerateConfig,
        on_event: Callable[[Tally], None] = lambda tally: None,
        model_judge: ModelJudge | None = None,
    ) -> None:
        self.backend = backend
        self.model_judge = model_judge
        self.cache = cache
        self.prompts = prompts
        self.judge = judge
        self.config = config
        self.on_event = on_event
        self.tally = Tally()
        self._system = prompts.render("system.j2")
        self._demonstrations = load_demonstrations(prompts)

    def request_for(self, mcq: MCQ, mode: Mode, index: int) -> Request:
        user = user_message(self.prompts, mode, mcq.question, mcq.options, mcq.answer_idx)
        messages = (
            {"role": "system", "content": self._system},
            *self._demonstrations[mode],
            {"role": "user", "content": user},
        )
        params = {**self.config.sampling(), "seed": attempt_seed(self.config.seed, mcq, mode, index)}
        return Request.build(self.backend.kind, self.backend.model, messages, **params)

    def _schedule(self) -> list[tuple[Mode, int]]:
        blind: list[tuple[Mode, int]] = [("blind", i) for i in range(self.config.blind_attempts)]
        return blind + [("hinted", i) for i in range(self.config.hinted_attempts)]

    def _wants(self, item: ItemResult, mode: Mode) -> bool:
        """Whether an item takes part in a round of this mode."""
        accepted = len(item.accepted_indices)
        if item.errors or accepted >= self.config.keep:
            return False
        return mode == "blind" or accepted == 0

    async def run(self, mcqs: list[MCQ]) -> list[ItemResult]:
        results = [ItemResult(m) for m in mcqs]
        pending = list(results)
        schedule = self._schedule()
        for position, (mode, index) in enumerate(schedule):
            await self._round([item for item in pending if self._wants(item, mode)], mode, index)
            later = {m for m, _ in schedule[position + 1 :]}
            still = []
            for item in pending:
                if any(self._wants(item, m) for m in later):
                    still.append(item)
                else:
                    self._finish(item)
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
        if requests:
            await self._generate(list(requests.values()), by_key, mode, index)
        if self.model_judge is not None:
            await self._model_review(items)

    async def _model_review(self, items: list[ItemResult]) -> None:
        """Let the model judges review this round's rule-accepted traces (each item's newest attempt)."""
        fresh = [item for item in items if item.verdicts and item.verdicts[-1].accepted]
        if not fresh:
            return
        reviewed = await self.model_judge.review(
            [(i.mcq, i.attempts[-1].text, i.verdicts[-1]) for i in fresh]
        )
        for item, verdict in zip(fresh, reviewed, strict=True):
            item.verdicts[-1] = verdict

    async def _generate(
        self, requests: list[Request], by_key: dict[str, list[ItemResult]], mode: Mode, index: int
    ) -> None:
        async for request, outcome in self.backend.generate(requests):
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
            cached=cached,
        )
        item.attempts.append(attempt)
        item.verdicts.append(self.judge.judge(item.mcq, attempt.text, attempt.finish_reason, mode))
        self.tally.attempts += 1
        self.tally.cached += cached
        self.tally.completion_tokens += 0 if cached else completion.completion_tokens
        self.on_event(self.tally)

    def _finish(self, item: ItemResult) -> None:
        self.tally.done += 1
        self.tally.accepted += bool(item.accepted_indices)
        self.on_event(self.tally)
