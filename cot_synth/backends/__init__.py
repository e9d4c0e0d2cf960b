"""Generator backends; ``open_backend`` picks and starts one from the run configuration."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from cot_synth.backends.base import Backend
from cot_synth.config import GenerateConfig
from cot_synth.errors import UserError

if TYPE_CHECKING:
    from cot_synth.backends.openai_backend import OpenAIBackend
    from cot_synth.backends.vllm_backend import VLLMBackend

EMBEDDED_LOG = "embedded_server.log"


def openai_client(
    config: GenerateConfig, model: str, base_url: str | None, api_key: str, kind: str = "openai"
) -> OpenAIBackend:
    """The one place an HTTP client is built from a run's config, for every backend that talks HTTP (openai,
    embedded, the Ray actors), so each honours the same concurrency, timeouts, retries and breaker. Only a
    remote endpoint is probed first: the embedded server has answered its health check already."""
    from cot_synth.backends.openai_backend import OpenAIBackend

    return OpenAIBackend(
        model, base_url, api_key,
        concurrency=config.concurrency, timeout_s=config.request_timeout_s,
        connect_timeout_s=config.connect_timeout_s, max_attempts=config.max_retries + 1, kind=kind,
        breaker_after=config.circuit_breaker, probe=kind == "openai",
    )  # fmt: skip


def embedded_gguf(config: GenerateConfig) -> Path:
    """The GGUF the embedded backend serves: ``--model``, or the model that ships with the package."""
    from cot_synth.backends.embedded import model_path

    gguf = Path(config.model) if config.model else model_path()
    if not gguf.is_file():
        raise UserError(f"--model {gguf}: no such GGUF file (the embedded backend serves a local .gguf)")
    return gguf


def vllm_backend(config: GenerateConfig) -> VLLMBackend:
    """In-process vLLM: ``--model``, or the embedded model converted to a Hugging Face folder."""
    from cot_synth.backends.vllm_backend import EngineOptions, VLLMBackend

    engine = EngineOptions(
        config.tensor_parallel_size, config.enforce_eager, config.max_model_len,
        config.gpu_memory_utilization, config.dtype,
    )  # fmt: skip
    if config.model:
        return VLLMBackend(config.model, engine=engine, chunk_size=config.chunk_size)
    from cot_synth.backends import hf_model
    from cot_synth.backends.embedded import model_path

    gguf = model_path()
    return VLLMBackend(
        vllm_model_name(config),
        weights=lambda: str(hf_model.hf_folder(gguf)),  # converted only when the engine starts
        engine=engine,
        chunk_size=config.chunk_size,
    )


def vllm_model_name(config: GenerateConfig) -> str:
    """The vLLM model's name in cache keys and provenance: ``--model``, or the converted embedded model's."""
    if config.model:
        return config.model
    from cot_synth.backends import hf_model
    from cot_synth.backends.embedded import model_path

    return hf_model.model_name(model_path())


@contextmanager
def open_backend(config: GenerateConfig, log_dir: Path) -> Iterator[Backend]:
    """Yield a ready backend; anything it started (the embedded server) is stopped on exit."""
    if config.backend == "embedded":
        from cot_synth.backends.embedded import EmbeddedBackend

        gguf = embedded_gguf(config)
        backend = EmbeddedBackend(
            gguf,
            slots=config.concurrency * config.choices_per_call,
            log_path=log_dir / EMBEDDED_LOG,
            client=lambda url: openai_client(config, gguf.stem, url, "embedded", kind="embedded"),
        )
        try:
            yield backend
        finally:
            backend.close()
        return
    if config.backend == "vllm":
        engine = vllm_backend(config)
        try:
            yield engine
        finally:
            engine.close()
        return
    api_key = os.environ.get(config.api_key_env)
    if not api_key:
        if config.base_url is None:
            raise UserError(
                f"--backend openai: set ${config.api_key_env} (or name another with --api-key-env)"
            )
        api_key = "EMPTY"  # local OpenAI-compatible servers (vllm serve, llama.cpp) accept any key
    yield openai_client(config, config.model or "", config.base_url, api_key)
