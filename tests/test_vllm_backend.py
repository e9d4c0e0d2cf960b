"""The vLLM backend's own logic: parameter mapping, output conversion, chunking, engine options, the
converted model's name and folder. The engine itself runs for real in tests/test_vllm_engine.py.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pytest

from cot_synth.backends import hf_model
from cot_synth.backends.base import Request
from cot_synth.backends.vllm_backend import EngineOptions, VLLMBackend, chunks, sampling_kwargs, to_choices
from cot_synth.config import GenerateConfig
from cot_synth.errors import UserError


def test_sampling_params_mapping():
    params = {"max_tokens": 64, "temperature": 0.7, "top_p": 0.95, "seed": 3}
    assert sampling_kwargs(params) == params
    schema = {"type": "object"}
    judged = sampling_kwargs({"response_format": {"type": "json_schema", "json_schema": {"schema": schema}}})
    assert judged == {"json_schema": schema}
    with pytest.raises(ValueError, match="logprobs"):
        sampling_kwargs({"logprobs": True})


def test_request_output_becomes_cacheable_choices_in_order():
    output = SimpleNamespace(
        prompt_token_ids=[1, 2, 3],
        outputs=[
            SimpleNamespace(index=1, text="second", finish_reason="stop", token_ids=[7] * 4),
            SimpleNamespace(index=0, text="trace", finish_reason="length", token_ids=[7] * 9),
        ],
    )
    first, second = to_choices(output, 1.23456)
    assert (first.text, first.finish_reason, first.prompt_tokens) == ("trace", "length", 3)
    assert (first.completion_tokens, first.latency_s) == (9, 1.235)
    assert (second.text, second.prompt_tokens, second.completion_tokens) == ("second", 0, 4)


def test_chunks_bound_what_a_crash_can_lose():
    requests = [Request.build("vllm", "m", [{"role": "user", "content": str(i)}]) for i in range(5)]
    assert [len(c) for c in chunks(requests, 2)] == [2, 2, 1]
    assert [r for c in chunks(requests, 2) for r in c] == requests


@pytest.mark.skipif(importlib.util.find_spec("vllm") is not None, reason="vLLM is installed here")
def test_missing_vllm_is_a_clear_user_error():
    with pytest.raises(UserError, match=r"pip install 'cot_synth\[vllm\]'"):
        VLLMBackend("some/model")


def test_engine_options_leave_vllm_defaults_alone():
    assert EngineOptions().kwargs() == {"tensor_parallel_size": 1, "enforce_eager": False, "dtype": "auto"}
    tuned = EngineOptions(2, True, 4096, 0.8, "bfloat16", reproducible=True).kwargs()
    assert tuned == {
        "tensor_parallel_size": 2,
        "enforce_eager": True,
        "max_model_len": 4096,
        "gpu_memory_utilization": 0.8,
        "dtype": "bfloat16",
    }  # fmt: skip: --reproducible is no LLM argument (it sets how vLLM runs its scheduler)


def test_the_converted_model_is_named_by_content_and_reused(tmp_path, monkeypatch):
    gguf = tmp_path / "tiny.Q4.gguf"
    gguf.write_bytes(b"weights v1")
    name = hf_model.model_name(gguf)
    assert name.startswith("tiny.Q4-hf-") and len(name.rsplit("-", 1)[1]) == hf_model.DIGEST_CHARS
    folder = tmp_path / "cache" / "models" / name
    folder.mkdir(parents=True)
    (folder / "config.json").write_text("{}")

    def no_conversion(*_):
        raise AssertionError("a complete folder is reused, not converted again")

    monkeypatch.setattr(hf_model, "_convert", no_conversion)
    assert hf_model.hf_folder(gguf, tmp_path / "cache") == folder
    gguf.write_bytes(b"weights v2")  # another file: another name, another folder
    assert hf_model.model_name(gguf) != name


def test_a_failed_conversion_leaves_no_folder_behind(tmp_path, monkeypatch):
    gguf = tmp_path / "tiny.gguf"
    gguf.write_bytes(b"weights")

    def half_then_fail(_, out: Path) -> None:
        out.mkdir()
        (out / "model.safetensors").write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(hf_model, "_convert", half_then_fail)
    with pytest.raises(OSError, match="disk full"):
        hf_model.hf_folder(gguf, tmp_path / "cache")
    assert list((tmp_path / "cache" / "models").iterdir()) == []


def test_vllm_needs_no_model_flag_and_checks_engine_options():
    assert GenerateConfig(backend="vllm").model is None  # the embedded model, converted
    with pytest.raises(UserError, match="--gpu-memory-utilization"):
        GenerateConfig(backend="vllm", gpu_memory_utilization=1.5)
    with pytest.raises(UserError, match="--max-model-len"):
        GenerateConfig(backend="vllm", max_model_len=0)
