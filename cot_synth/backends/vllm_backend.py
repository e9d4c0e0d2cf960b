"""In-process vLLM for batch jobs on GPU nodes (optional extra: ``pip install cot_synth[vllm]``).

vLLM is imported lazily, on the first batch, so nothing else in cot_synth needs it. Requests are run in
chunks of ``chunk_size``; each chunk's completions are yielded (and so committed to the cache by the
attempt loop) as soon as the chunk finishes, so a crash loses at most one chunk. Prefix caching is on:
every request shares the system prompt and the question stem across attempts.
"""

from __future__ import annotations

import asyncio
import importlib.util
import time
from collections.abc import Sequence
from typing import Any

from cot_synth.backends.base import Choices, ChoicesBackend, ChoiceStream, Request
from cot_synth.errors import UserError
from cot_synth.records import Completion

INSTALL_HINT = "pip install 'cot_synth[vllm]' (needs a CUDA GPU)"


def sampling_kwargs(params: dict[str, Any]) -> dict[str, Any]:
    """Map OpenAI-style request params onto ``vllm.SamplingParams`` keyword arguments."""
    kwargs = {k: params[k] for k in ("temperature", "top_p", "seed", "n", "max_tokens") if k in params}
    response_format = params.get("response_format") or {}
    if response_format.get("type") == "json_schema":
        kwargs["json_schema"] = response_format["json_schema"]["schema"]
    unknown = set(params) - {"temperature", "top_p", "seed", "n", "max_tokens", "response_format"}
    if unknown:
        raise ValueError(f"the vllm backend does not support request params {sorted(unknown)}")
    return kwargs


def to_choices(output: Any, latency_s: float) -> Choices:
    """One ``vllm.RequestOutput`` as the cache stores it: its ``n`` samples in order, the prompt counted
    once (on the first), as the OpenAI backend counts an ``n`` > 1 call."""
    prompt_tokens = len(output.prompt_token_ids or ())
    return tuple(
        Completion(
            text=sample.text,
            finish_reason=sample.finish_reason or "unknown",
            prompt_tokens=prompt_tokens if i == 0 else 0,
            completion_tokens=len(sample.token_ids),
            latency_s=round(latency_s, 3),
        )
        for i, sample in enumerate(sorted(output.outputs, key=lambda sample: sample.index))
    )


def chunks(requests: Sequence[Request], size: int) -> list[Sequence[Request]]:
    return [requests[i : i + size] for i in range(0, len(requests), size)]


class VLLMBackend(ChoicesBackend):
    """``vllm.LLM`` in this process; the engine is built on the first batch and kept for the run."""

    kind = "vllm"

    def __init__(
        self,
        model: str,
        *,
        tensor_parallel_size: int = 1,
        chunk_size: int = 512,
        max_model_len: int | None = None,
    ) -> None:
        if importlib.util.find_spec("vllm") is None:
            raise UserError(f"--backend vllm: vLLM is not installed; {INSTALL_HINT}")
        self.model = model
        self.tensor_parallel_size = tensor_parallel_size
        self.chunk_size = chunk_size
        self.max_model_len = max_model_len
        self._llm: Any = None
        self.generated_tokens = 0
        self.generate_s = 0.0

    def _engine(self) -> Any:
        if self._llm is None:
            import vllm

            self._llm = vllm.LLM(
                model=self.model,
                tensor_parallel_size=self.tensor_parallel_size,
                enable_prefix_caching=True,
                max_model_len=self.max_model_len,
            )
        return self._llm

    def _sampling_params(self, params: dict[str, Any]) -> Any:
        import vllm

        kwargs = sampling_kwargs(params)
        schema = kwargs.pop("json_schema", None)
        if schema is not None:
            from vllm.sampling_params import StructuredOutputsParams

            kwargs["structured_outputs"] = StructuredOutputsParams(json=schema)
        return vllm.SamplingParams(**kwargs)

    def _run_chunk(self, chunk: Sequence[Request]) -> list[Choices]:
        llm = self._engine()
        started = time.perf_counter()
        outputs = llm.chat(
            [list(r.messages) for r in chunk],
            [self._sampling_params(r.params) for r in chunk],
            use_tqdm=False,
        )
        elapsed = time.perf_counter() - started
        completions = [to_choices(o, elapsed) for o in outputs]
        self.generate_s += elapsed
        self.generated_tokens += sum(c.completion_tokens for choices in completions for c in choices)
        return completions

    async def generate_choices(self, requests: Sequence[Request]) -> ChoiceStream:
        for chunk in chunks(requests, self.chunk_size):
            try:
                completions: list[Choices | Exception] = list(await asyncio.to_thread(self._run_chunk, chunk))
            except Exception as exc:  # the chunk's requests are recorded as failed and retried next run
                completions = [exc] * len(chunk)
            for request, outcome in zip(chunk, completions, strict=True):
                yield request, outcome
