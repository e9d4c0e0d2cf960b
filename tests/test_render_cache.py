"""Rendering to the Llama-2 template and the on-disk cache, with real diskcache files."""

from __future__ import annotations

import pytest

from cot_synth.backends.base import Request
from cot_synth.cache import PrefixKeys, ResponseCache
from cot_synth.content import ContentDir
from cot_synth.judging.rules import RuleJudge
from cot_synth.records import Attempt, Completion, Provenance
from cot_synth.render import render_sample
from tests.test_judging import MCQ_D, REASONING

SHARED_TURNS = (
    {"role": "system", "content": "You are a clinician."},
    {"role": "user", "content": "Clinical Question: … Options: A: x B: y"},
    {"role": "assistant", "content": "Reasoning…\nThe correct answer is A: x"},
)


def test_llama2_template_and_messages():
    prompts = ContentDir.resolve("prompts", None)
    judges = ContentDir.resolve("judges", None)
    trace = REASONING + "\nThe correct answer is D: Nitrofurantoin"
    verdict = RuleJudge.from_content(judges).judge(MCQ_D, trace, "stop")
    attempt = Attempt("x", "blind", 0, "k", Completion(trace, "stop", 10, 20, 0.5))
    sample = render_sample(prompts, MCQ_D, attempt, verdict, Provenance("m", "embedded", "p", "j", "v"))
    system, user, assistant = (m["content"] for m in sample.messages)
    assert system.startswith("You are MedMind")
    assert user == (
        "Clinical Question: Which drug?\n"
        "Options: A: Ampicillin B: Ceftriaxone C: Doxycycline D: Nitrofurantoin\n"
        "What is the best answer and why?"
    )
    assert assistant == REASONING.strip() + "\n\nThe correct answer is D: Nitrofurantoin"
    assert sample.text == f"<s>[INST] <<SYS>>\n{system}\n<</SYS>>\n\n{user} [/INST] {assistant} </s>"
    assert sample.text.count("<s>") == 1 and sample.text.count("</s>") == 1


def test_request_key_depends_on_what_shapes_the_response():
    messages = [{"role": "user", "content": "hi"}]
    base = Request.build("openai", "m", messages, seed=1, temperature=0.7)
    assert base.key == Request.build("openai", "m", messages, temperature=0.7, seed=1).key
    assert base.key != Request.build("openai", "m", messages, seed=2, temperature=0.7).key
    assert base.key != Request.build("openai", "other", messages, seed=1, temperature=0.7).key
    assert base.key != Request.build("embedded", "m", messages, seed=1, temperature=0.7).key


def test_cache_persists_across_reopen_and_counts(tmp_path):
    completion = Completion("text", "stop", 3, 4, 0.25)
    with ResponseCache(tmp_path / "cache") as cache:
        assert cache.get("k") is None
        cache.put("k", completion)
    with ResponseCache(tmp_path / "cache") as cache:
        assert cache.get("k") == completion
        assert (cache.stats.hits, cache.stats.misses) == (1, 0)


@pytest.mark.parametrize("shared", [(), ({"role": "system", "content": "sys é"},), tuple(SHARED_TURNS)])
@pytest.mark.parametrize("own", [(), ({"role": "user", "content": 'Options: A: x\nB: ü "y"'},)])
@pytest.mark.parametrize(
    "params",
    [{}, {"seed": 1, "temperature": 0.7, "max_tokens": 512}, {"n": 3, "logprobs": True, "stop": ["\n"]},
     {"response_format": {"type": "json_schema", "json_schema": {"a": [1, {"z": None}]}}},
     {"echo": "\x00messages\x00"}],
)  # fmt: skip
def test_keys_after_a_shared_opening_are_request_keys(shared, own, params):
    """Keys hashed from a shared opening encoded once equal the keys of whole requests: caches stay valid."""
    opening = PrefixKeys("openai", "m", shared)
    for _ in range(2):  # the second time from the kept hash state
        request = Request.after(opening, own, **params)
        assert request == Request.build("openai", "m", [*shared, *own], **params)


@pytest.mark.parametrize(
    "params",
    [{"temperature": 0.7, "max_tokens": 512}, {"n": 2, "top_p": 1e-05}, {"stop": ["\n"]},
     {"user": "\x00seed\x00"}, {"zz": "\x00seed\x00", "logit_bias": {"1": -1.5}}],
)  # fmt: skip
def test_keys_of_calls_that_differ_in_their_seed_are_request_keys(params):
    """The parameters but the seed are encoded once per opening; every seed still gives its request's key,
    placeholders and values that cannot be a dictionary key included."""
    shared, own = tuple(SHARED_TURNS), ({"role": "user", "content": "Which drug? A: x"},)
    opening = PrefixKeys("openai", "m", shared)
    for seed in (0, 7, 2**40, -3, True, "s", None):
        request = Request.after(opening, own, **params, seed=seed)
        assert request == Request.build("openai", "m", [*shared, *own], **params, seed=seed)
