"""Cache first, then the misses to the backend, each answer stored the moment it arrives.

The one way a model is asked, by the attempt loop (traces) and the model judges (reviews) alike, so a
call answered once is never paid for again, and a killed run re-pays only what was in flight.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

from cot_synth.backends.base import Backend, Choices, Request
from cot_synth.cache import ResponseCache, choice_key
from cot_synth.records import Completion


def choices_wanted(request: Request) -> int:
    return int(request.params.get("n", 1))


def cached_choices(cache: ResponseCache, request: Request) -> list[tuple[str, Completion]]:
    """The cached choices of a call with their keys, up to the first one missing.

    A call's choices are cached together, so a partial list means the server brought no more.
    """
    found = []
    n = choices_wanted(request)
    for i in range(n):
        key = choice_key(request.key, i, n)
        completion = cache.get(key)
        if completion is None:
            break
        found.append((key, completion))
    return found


async def ask(
    backend: Backend, cache: ResponseCache, requests: Sequence[Request]
) -> AsyncIterator[tuple[Request, list[tuple[str, Completion]] | Exception, bool]]:
    """Each distinct request once, with its choices keyed as the cache keys them (or the error that ended
    it) and whether they came from the cache. Cached first; the misses go to the backend as one batch (a
    lone miss is awaited right here), and each call's choices are stored together the moment they are
    parsed, before the caller sees them. A failure is not cached: a rerun asks again."""
    misses = []
    for request in {r.key: r for r in requests}.values():
        found = cached_choices(cache, request)
        if found:
            yield request, found, True
        else:
            misses.append(request)
    if not misses:
        return
    async with backend.session():
        if len(misses) == 1:  # one item's call (HTTP backends): committed with the others landing with it
            request, outcome = misses[0], await backend.complete(misses[0])
            if isinstance(outcome, Exception):
                yield request, outcome, False
            else:
                await cache.commit(keyed := _keyed(request, outcome))
                yield request, keyed, False
            return
        async for request, outcome in backend.generate_choices(misses):
            if isinstance(outcome, Exception):
                yield request, outcome, False
                continue
            cache.put_many(keyed := _keyed(request, outcome))
            yield request, keyed, False


def _keyed(request: Request, choices: Choices) -> list[tuple[str, Completion]]:
    """A call's choices under their cache keys, cached together (all or none); an error is never cached."""
    n = choices_wanted(request)
    return [(choice_key(request.key, i, n), c) for i, c in enumerate(choices[:n])]
