"""OpenAI-compatible backend: OpenAI, ``vllm serve``, llama.cpp server, anything speaking the API.

Concurrency is bounded by a semaphore; transient failures (timeouts, connection errors, 429, 5xx) are
retried by tenacity with jittered exponential backoff and a cap, and a request that still fails is
yielded as an error so the caller records it (uncached, hence retried by the next run).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Sequence

import openai
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt, wait_random_exponential

from cot_synth.backends.base import Request
from cot_synth.records import Completion

RETRYABLE = (
    openai.APITimeoutError,
    openai.APIConnectionError,
    openai.RateLimitError,
    openai.InternalServerError,
)


class OpenAIBackend:
    """Chat completions against one base URL with bounded concurrency and retries."""

    def __init__(
        self,
        model: str,
        base_url: str | None,
        api_key: str,
        *,
        concurrency: int = 8,
        timeout_s: float = 600.0,
        max_attempts: int = 6,
        kind: str = "openai",
    ) -> None:
        self.kind = kind
        self.model = model
        self.base_url = base_url
        self._api_key = api_key
        self.concurrency = concurrency
        self.timeout_s = timeout_s
        self.max_attempts = max_attempts

    async def generate(
        self, requests: Sequence[Request]
    ) -> AsyncIterator[tuple[Request, Completion | Exception]]:
        client = openai.AsyncOpenAI(
            base_url=self.base_url, api_key=self._api_key, max_retries=0, timeout=self.timeout_s
        )
        semaphore = asyncio.Semaphore(self.concurrency)

        async def one(request: Request) -> tuple[Request, Completion | Exception]:
            async with semaphore:
                try:
                    return request, await self._call(client, request)
                except Exception as exc:  # recorded by the caller, never lost
                    return request, exc

        tasks = [asyncio.create_task(one(r)) for r in requests]
        try:
            for next_done in asyncio.as_completed(tasks):
                yield await next_done
        finally:
            for task in tasks:
                task.cancel()
            await client.close()

    async def _call(self, client: openai.AsyncOpenAI, request: Request) -> Completion:
        async for attempt in AsyncRetrying(
            retry=retry_if_exception_type(RETRYABLE),
            wait=wait_random_exponential(multiplier=0.5, max=30),
            stop=stop_after_attempt(self.max_attempts),
            reraise=True,
        ):
            with attempt:
                start = time.perf_counter()
                response = await client.chat.completions.create(
                    model=self.model, messages=list(request.messages), **request.params
                )
                latency = time.perf_counter() - start
        choice = response.choices[0]
        usage = response.usage
        return Completion(
            text=choice.message.content or "",
            finish_reason=choice.finish_reason or "unknown",
            prompt_tokens=usage.prompt_tokens if usage else 0,
            completion_tokens=usage.completion_tokens if usage else 0,
            latency_s=round(latency, 3),
        )
