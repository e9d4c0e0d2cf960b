"""Generator backends; ``open_backend`` picks and starts one from the run configuration."""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from cot_synth import runfolder
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
    remote endpoint is probed first (the embedded server has answered its health check already) and hedged
    (a copy on the embedded server would take the cores its other calls run on)."""
    from cot_synth.backends.openai_backend import OpenAIBackend

    return OpenAIBackend(
        model, base_url, api_key,
        concurrency=config.concurrency, timeout_s=config.request_timeout_s,
        connect_timeout_s=config.connect_timeout_s, max_attempts=config.max_retries + 1, kind=kind,
        breaker_after=config.circuit_breaker, probe=kind == "openai",
        hedge_quantile=config.hedge_quantile if kind == "openai" else 0.0,
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
        config.gpu_memory_utilization, config.dtype, config.reproducible,
    )  # fmt: skip
    if config.model:
        folder = Path(config.model).expanduser()
        hub_id = config.model.count("/") <= 1 and not config.model.startswith((".", "/", "~"))
        if not hub_id and not folder.exists():
            raise UserError(f"--model {config.model}: no such folder (vllm loads a model folder or a hub id)")
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


def api_key(config: GenerateConfig) -> str:
    """The OpenAI-compatible endpoint's key, from the variable ``--api-key-env`` names."""
    key = os.environ.get(config.api_key_env)
    if key:
        return key
    if config.base_url is None and not os.environ.get("OPENAI_BASE_URL"):  # OpenAI itself
        raise UserError(f"--backend openai: set ${config.api_key_env} (or name another with --api-key-env)")
    return "EMPTY"  # local OpenAI-compatible servers (vllm serve, llama.cpp) accept any key


def start_probe(config: GenerateConfig) -> Future[OpenAIBackend] | None:
    """A fresh run's endpoint probe, sent at once from a thread of its own (its own event loop and client)
    while the input is prepared: a run folder without a cache calls the endpoint anyway, and its first calls
    need not wait a round trip more. None for other backends, and where a cache may answer every call (a
    rerun sends nothing). The future holds the backend that probed, or the ``EndpointError``."""
    if config.backend != "openai" or (config.out / runfolder.CACHE).exists():
        return None
    prober = openai_client(config, config.model or "", config.base_url, api_key(config))
    done: Future[OpenAIBackend] = Future()

    def probe() -> None:
        try:
            asyncio.run(prober.probe())
        except BaseException as exc:  # handed to the run, which raises it where it would have probed
            done.set_exception(exc)
        else:
            done.set_result(prober)

    threading.Thread(target=probe, name="probe", daemon=True).start()  # never holds up an exit
    return done


@contextmanager
def open_backend(
    config: GenerateConfig, log_dir: Path, probe: Future[OpenAIBackend] | None = None
) -> Iterator[Backend]:
    """Yield a ready backend; anything it started (the embedded server) is stopped on exit. ``probe``: an
    endpoint probe already under way (``start_probe``), which the first call waits for instead of sending
    its own."""
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
    backend = openai_client(config, config.model or "", config.base_url, api_key(config))
    if probe is not None:
        backend.take_probe(probe)
    yield backend
