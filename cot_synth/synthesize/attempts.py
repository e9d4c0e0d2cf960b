"""The attempt loop: rejection sampling with rationalization.

Per MCQ: up to ``blind_attempts`` traces written without the answer, each judged at once; items with no
accepted blind trace then get up to ``hinted_attempts`` rationalization attempts whose prompt reveals the
gold answer (STaR-style) and which face the same judges plus the strict leak check. An item stops once it
has ``keep`` accepted traces. Every attempt, accepted or not, is recorded.

A batching backend (vLLM) works in rounds (blind 0 for every item, blind 1 for items that still need one,
..., then hinted rounds), each round's cache misses sent as one batch. An HTTP backend runs every item
on its own instead, its next call sent as soon as its last verdict is in, so a slow call holds up only its
own item while the backend keeps every slot busy. Either way the same attempts are made and recorded in
the same order. With ``choices_per_call`` K > 1 one call brings K attempts at once (the API's ``n``).
Each completion is written to the cache the moment it is parsed, so a killed run re-pays only what was
in flight.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cot_synth.backends.base import Backend, Request
from cot_synth.backends.cached import ask, choices_wanted
from cot_synth.cache import PrefixKeys, ResponseCache, choice_key, judged_item, verdict_key
from cot_synth.config import GenerateConfig
from cot_synth.content import ContentDir
from cot_synth.errors import UserError
from cot_synth.judging.spec import JudgeSpec
from cot_synth.records import MCQ, MODES, Attempt, Completion, ItemResult, Mode, Verdict, sha256_hex
from cot_synth.synthesize.judge_process import JudgeProcess, JudgeProcessError
from cot_synth.synthesize.requests import load_demonstrations, user_message

log = logging.getLogger("cot_synth")

if TYPE_CHECKING:  # built only for a run with a model judge (local.py), which imports it then
    from cot_synth.judging.model import ModelJudge

# items under way at once per call slot of an HTTP backend: enough that a slot whose item awaits its verdict
# finds another item ready, few enough that a 10k-item run does not first run every item's opening (its
# prompt, key and cache lookup: ~0.1 ms each, a second before the first call) and only then send anything
ITEMS_PER_SLOT = 2


def model_judge_for(
    backend: Backend, cache: ResponseCache, judges: ContentDir, config: GenerateConfig
) -> ModelJudge | None:
    """The model judge a run asks for (``--llm-judge``, ``--sufficiency``), or None. Imported only then:
    it brings the rule judge's few thousand patterns, which a run otherwise builds only in the judge's
    own process."""
    if not (config.llm_judge or config.sufficiency):
        return None
    from cot_synth.judging.model import ModelJudge

    return ModelJudge(backend, cache, judges, config.llm_judge, config.sufficiency)


@dataclass
class Tally:
    """Live counters for the progress bar and the manifest."""

    done: int = 0
    accepted: int = 0  # items with at least one accepted trace
    samples: int = 0  # accepted traces written out: what the run has produced so far
    attempts: int = 0
    cached: int = 0
    calls: int = 0  # model calls answered or failed (one call brings ``choices_per_call`` attempts)
    completion_tokens: int = 0
    failed_calls: int = 0


async def _all_or_none(work: list[Coroutine[Any, Any, None]]) -> None:
    """Run every coroutine; if one raises (the endpoint is down), cancel the others and raise that."""
    tasks = [asyncio.ensure_future(w) for w in work]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


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
        judge: JudgeSpec,
        config: GenerateConfig,
        on_event: Callable[[Tally], None] = lambda tally: None,
        model_judge: ModelJudge | None = None,
        on_finish: Callable[[ItemResult], None] = lambda item: None,
        judging: JudgeProcess | None = None,
    ) -> None:
        """``on_event``: the live counters after each attempt; ``on_finish``: each item once it is done;
        ``judging``: the rule judge's process if the run spawned it already (``local.spawned_judge``)."""
        self.backend = backend
        self._judging = judging or JudgeProcess(judge)
        self.on_finish = on_finish
        self.model_judge = model_judge
        self.cache = cache
        self.prompts = prompts
        self.judge = judge
        self.config = config
        self.on_event = on_event
        self.tally = Tally()
        system = {"role": "system", "content": prompts.render("system.j2")}
        self._openings = {  # what every call of a mode opens with: the system prompt, the demonstrations
            mode: PrefixKeys(backend.kind, backend.model, (system, *turns))
            for mode, turns in load_demonstrations(prompts).items()
        }
        self._users: dict[tuple[int, Mode], str] = {}  # until the item is done
        self._judged_items: dict[int, str] = {}  # each item's ``judged_item``, for its verdict keys, likewise

    def request_for(self, mcq: MCQ, mode: Mode, index: int, n: int = 1) -> Request:
        """The call for attempts ``index`` .. ``index + n - 1`` (one attempt unless ``n`` > 1)."""
        if (user := self._users.get((id(mcq), mode))) is None:  # an item's attempts share it: rendered once
            user = user_message(self.prompts, mode, mcq.question, mcq.options, mcq.answer_idx)
            self._users[id(mcq), mode] = user
        params = {**self.config.sampling(), "seed": attempt_seed(self.config.seed, mcq, mode, index)}
        if n > 1:
            params["n"] = n
        return Request.after(self._openings[mode], [{"role": "user", "content": user}], **params)

    def _schedule(self) -> list[tuple[Mode, int, int]]:
        """The rounds as (mode, first attempt index, attempts asked of one call)."""
        per_call = self.config.choices_per_call

        def rounds(mode: Mode, total: int) -> list[tuple[Mode, int, int]]:
            return [(mode, start, min(per_call, total - start)) for start in range(0, total, per_call)]

        return rounds("blind", self.config.blind_attempts) + rounds("hinted", self.config.hinted_attempts)

    def _wants(self, item: ItemResult, mode: Mode) -> bool:
        """Whether an item takes part in a round of this mode."""
        accepted = len(item.accepted_indices)
        if item.errors or accepted >= self.config.keep:
            return False
        return mode == "blind" or accepted == 0

    async def run(self, mcqs: list[MCQ]) -> list[ItemResult]:
        results = [ItemResult(m, keep=self.config.keep) for m in mcqs]
        try:
            async with self.backend.session():
                if self.backend.batches:
                    await self._in_rounds(results)
                else:
                    replayed, steps = self._replay(results), len(self._schedule())
                    going = []
                    admitted = asyncio.Semaphore(ITEMS_PER_SLOT * self.config.concurrency)
                    for item, done in zip(results, replayed, strict=True):
                        if done == steps:  # the cache answered its whole schedule: no task to wait on
                            self._finish(item)
                        else:
                            going.append(self._on_its_own(item, done, admitted))
                    if going:  # the judge's start (~0.3 s) overlaps the first calls, not their answers
                        self._judging.start()
                    await _all_or_none(going)
        finally:
            self.cache.flush_verdicts()  # those no answer came to carry: a ray actor's cache stays open
            await self._judging.close()
        return results

    async def _on_its_own(self, item: ItemResult, replayed: int, admitted: asyncio.Semaphore) -> None:
        """One item's schedule after its first ``replayed`` steps, once ``admitted``, each call sent the
        moment the item's last verdict is in: no call waits for other items' calls (a round's slowest call
        would idle every other slot)."""
        async with admitted:
            for mode, start, n in self._schedule()[replayed:]:
                if self._wants(item, mode):
                    await self._round([item], mode, start, n)
            self._finish(item)

    def _replay(self, items: list[ItemResult]) -> list[int]:
        """Record at once, without an await, the calls of each item's schedule that the cache answers
        whole, choices and verdicts, up to the item's first call it does not; return for each item how
        many steps of the schedule that was.

        What the awaited path would record for them, in the same order, without its per-call round trips
        through the event loop and the judge's process: those were most of a rerun of a finished job. Each
        step is read for all items together (``ResponseCache.judged_calls``). The model judges review each
        round as it ends, so with them nothing is replayed; nor from an empty cache, whose lookups (each
        item's prompt and key: ~40 ms for 500 items) would only hold up the first call."""
        replayed = [0] * len(items)
        if self.model_judge is not None or self.cache.empty:
            return replayed
        schedule = self._schedule()
        going = list(range(len(items)))
        for step, (mode, start, n) in enumerate(schedule):
            asking = [i for i in going if self._wants(items[i], mode)]
            calls = []
            for i in asking:
                request = self.request_for(items[i].mcq, mode, start, n)
                keys = [choice_key(request.key, c, n) for c in range(choices_wanted(request))]
                calls.append((keys, [self._verdict_key(items[i].mcq, key, mode) for key in keys]))
            missed = set()
            for i, (keys, _), found in zip(asking, calls, self.cache.judged_calls(calls), strict=True):
                if found is None:
                    missed.add(i)
                    continue
                for c, (key, (completion, verdict)) in enumerate(zip(keys, found, strict=True)):
                    self._note(
                        items[i], Attempt(items[i].mcq.id, mode, start + c, key, completion, True), verdict
                    )
            going = [i for i in going if i not in missed]
            for i in going:
                replayed[i] = step + 1
        return replayed

    async def _in_rounds(self, results: list[ItemResult]) -> None:
        """Every item's attempt ``i`` together, one batch per round: what a batching engine needs."""
        pending = list(results)
        schedule = self._schedule()
        for position, (mode, start, n) in enumerate(schedule):
            await self._round([item for item in pending if self._wants(item, mode)], mode, start, n)
            later = {m for m, _, _ in schedule[position + 1 :]}
            still = []
            for item in pending:
                if any(self._wants(item, m) for m in later):
                    still.append(item)
                else:
                    self._finish(item)
            pending = still

    async def _round(self, items: list[ItemResult], mode: Mode, start: int, n: int) -> None:
        marks = [len(item.attempts) for item in items]
        await self._ask([(item, start, n) for item in items], mode)
        for item, mark in zip(items, marks, strict=True):
            item.order_from(mark)  # attempts asked again one by one arrive in any order
        if self.model_judge is not None:
            await self._model_review(items, marks)

    async def _ask(self, asks: list[tuple[ItemResult, int, int]], mode: Mode) -> None:
        """Answer each (item, first index, n) through the cache, the misses in one batch to the backend.

        A call that brings fewer choices than asked (a server that ignores ``n``) is asked again, one
        attempt per call, for the missing ones; a rerun finds its choices and those singles cached.
        """
        waiting: dict[str, list[tuple[ItemResult, int]]] = {}
        requests = []
        for item, start, n in asks:
            request = self.request_for(item.mcq, mode, start, n)
            waiting.setdefault(request.key, []).append((item, start))
            requests.append(request)
        missing: list[tuple[ItemResult, int, int]] = []
        async for request, outcome, cached in ask(self.backend, self.cache, requests):
            self.tally.calls += not cached
            if isinstance(outcome, Exception):
                self.tally.failed_calls += 1
                for item, start in waiting[request.key]:
                    item.errors.append(f"{mode}#{start}: {type(outcome).__name__}: {outcome}")
                continue
            for item, start in waiting[request.key]:
                await self._record_call(item, outcome, mode, start, cached)
                missing.extend((item, start + i, 1) for i in range(len(outcome), choices_wanted(request)))
        if missing:
            await self._ask(missing, mode)

    async def _model_review(self, items: list[ItemResult], marks: list[int]) -> None:
        """Let the model judges review this round's rule-accepted traces (those after each item's mark)."""
        fresh = [
            (item, i)
            for item, mark in zip(items, marks, strict=True)
            for i in range(mark, len(item.attempts))
            if item.verdicts[i].accepted
        ]
        if not fresh:
            return
        reviewed = await self.model_judge.review(
            [(item.mcq, item.attempts[i].text, item.verdicts[i]) for item, i in fresh]
        )
        for (item, i), verdict in zip(fresh, reviewed, strict=True):
            item.verdicts[i] = verdict

    async def _record_call(
        self, item: ItemResult, keyed: list[tuple[str, Completion]], mode: Mode, start: int, cached: bool
    ) -> None:
        """Record a call's choices as attempts ``start``, ``start + 1``, ... and judge each."""
        for i, (key, completion) in enumerate(keyed):
            await self._record(item, key, completion, mode, start + i, cached)

    async def _record(
        self, item: ItemResult, key: str, completion: Completion, mode: Mode, index: int, cached: bool
    ) -> None:
        attempt = Attempt(
            mcq_id=item.mcq.id,
            mode=mode,
            index=index,
            request_key=key,
            completion=completion,
            cached=cached,
        )
        self._note(item, attempt, await self._verdict(item.mcq, attempt))

    def _note(self, item: ItemResult, attempt: Attempt, verdict: Verdict) -> None:
        item.attempts.append(attempt)
        item.verdicts.append(verdict)
        self.tally.attempts += 1
        self.tally.cached += attempt.cached
        self.tally.completion_tokens += 0 if attempt.cached else attempt.completion.completion_tokens
        self.on_event(self.tally)

    def _verdict_key(self, mcq: MCQ, request_key: str, mode: Mode) -> str:
        if (item := self._judged_items.get(id(mcq))) is None:
            item = self._judged_items[id(mcq)] = judged_item(mcq)
        return verdict_key(self.judge.fingerprint, request_key, mode, item)

    async def _verdict(self, mcq: MCQ, attempt: Attempt) -> Verdict:
        """The rule verdict: the one kept by an earlier run of the same judge on a cached response, or
        judged now and kept (written with later answers, ``ResponseCache.keep_verdict``: a verdict lost to a
        kill is judged again, never paid for).

        Judging runs on a process of its own (``judge_process``), so neither a long trace nor the judge's
        share of the GIL stalls the event loop: responses keep being read and committed meanwhile."""
        key = self._verdict_key(mcq, attempt.request_key, attempt.mode)
        if attempt.cached and (kept := self.cache.get_verdict(key)) is not None:
            return kept
        try:
            verdict = await self._judging.judge(mcq, attempt.text, attempt.finish_reason, attempt.mode)
        except (UserError, JudgeProcessError):  # the judges cannot be built, or their process died
            raise
        except Exception as exc:  # a bug met on this one trace: a 10-hour job does not end for it
            log.error("the rule judge raised on item %s attempt %s: %r", mcq.id, attempt.index, exc)
            return Verdict.rule_judge_failed(exc)  # not kept: a fixed judge judges it again
        self.cache.keep_verdict(key, verdict)
        return verdict

    def _finish(self, item: ItemResult) -> None:
        for mode in MODES:
            self._users.pop((id(item.mcq), mode), None)
        self._judged_items.pop(id(item.mcq), None)
        self.on_finish(item)
        self.tally.done += 1
        self.tally.accepted += bool(item.accepted_indices)
        self.tally.samples += len(item.accepted_indices)
        self.on_event(self.tally)
