"""The vLLM backend's thin layer, testable without a GPU: parameter mapping, output conversion, chunking.

The GPU path itself (``vllm.LLM.chat``) runs only where vLLM is installed; see the issue notes.
"""

from __future__ import annotations

import importlib.util
from types import SimpleNamespace

import pytest

from cot_synth.backends.base import Request
from cot_synth.backends.vllm_backend import VLLMBackend, chunks, sampling_kwargs, to_choices
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
