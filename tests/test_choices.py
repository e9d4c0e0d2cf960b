"""Several attempts from one call (``--choices-per-call``, the API's ``n``) through the real pipeline."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from pathlib import Path

import pytest

from cot_synth.backends import open_backend
from cot_synth.backends.base import Request
from cot_synth.backends.embedded import EmbeddedBackend
from cot_synth.config import GenerateConfig
from cot_synth.pipeline import run_generate
from tests.fault_server import FaultServer
from tests.proxy import LoggingProxy

FILES = ("accepted.jsonl", "rejected.jsonl")


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def _made(report: dict) -> dict[tuple[str, int], int]:
    """Attempts made per (mode, index), as the report counts them."""
    return {(s["mode"], s["index"]): s["attempts"] for s in report["rejections"]["by_step"]}


@pytest.fixture(scope="module")
def choices_run(embedded_server, medqa_dir, tmp_path_factory):
    """Five MedQA items, 3 blind attempts in one call and 2 hinted in another, through a logging proxy."""
    out = tmp_path_factory.mktemp("choices")
    with LoggingProxy(embedded_server.base_url) as proxy:
        config = GenerateConfig(
            input=str(medqa_dir / "phrases_no_exclude_test.jsonl"),
            limit=5, out=out, backend="openai", model="smollm2", base_url=proxy.base_url,
            api_key_env="COT_SYNTH_TEST_NO_SUCH_KEY", max_tokens=96,
            blind_attempts=3, hinted_attempts=2, choices_per_call=3,
        )  # fmt: skip
        summary = run_generate(config)
        sent = [body for _, body in proxy.log]
        snapshot = {name: (out / name).read_bytes() for name in (*FILES, "manifest.json", "report.json")}
        again = run_generate(config)
        resent = [body for _, body in proxy.log][len(sent) :]
    return config, summary, sent, snapshot, again, resent


def test_one_call_per_round_brings_every_attempt_of_it(choices_run):
    config, summary, sent, first, _, _ = choices_run
    out = config.out
    blind = [b for b in sent if b.get("n") == 3]
    hinted = [b for b in sent if b.get("n") == 2]
    assert len(blind) == summary.generated == 5, "one blind call per item, asking for all three attempts"
    assert len(hinted) == summary.rejected + sum(
        s["attempt"]["mode"] == "hinted" for s in _lines(out / "accepted.jsonl")
    ), "one hinted call per item without an accepted blind trace"
    probes = [b for b in sent if b.get("max_tokens") == 1]
    assert len(probes) == 1 and len(sent) == len(probes) + len(blind) + len(hinted)

    manifest = json.loads(first["manifest.json"])
    assert manifest["attempts"]["model_calls"] == len(blind) + len(hinted)
    assert manifest["attempts"]["total"] == 3 * len(blind) + 2 * len(hinted)
    made = _made(json.loads(first["report.json"]))
    assert sum(made.values()) == manifest["attempts"]["total"], "the report counts every choice"

    for row in _lines(out / "rejected.jsonl"):
        steps = [(a["mode"], a["index"]) for a in row["attempts"]]
        assert steps == [("blind", 0), ("blind", 1), ("blind", 2), ("hinted", 0), ("hinted", 1)]
        assert len({a["request_key"] for a in row["attempts"]}) == 5, "each choice has its own cache key"
        assert all(a["text"].strip() for a in row["attempts"])
        blind_texts = {a["text"] for a in row["attempts"] if a["mode"] == "blind"}
        assert len(blind_texts) == 3, "the choices of one call are different samples"
    ids = [s["mcq"]["id"] for s in _lines(out / "accepted.jsonl")]
    assert len(ids) == len(set(ids)), "at most --keep (1) sample per item, however many choices passed"


def test_rerun_of_a_choices_run_is_answered_from_the_cache(choices_run):
    config, _, _, snapshot, again, resent = choices_run
    assert resent == [] and again.cached > 0
    assert {name: (config.out / name).read_bytes() for name in FILES} == {n: snapshot[n] for n in FILES}


def test_server_that_ignores_n_is_asked_again_for_the_missing_attempts(medqa_dir, tmp_path):
    with FaultServer(tmp_path / "arrivals.jsonl", rules=[{"fault": "one_choice", "every": 1}]) as server:
        config = GenerateConfig(
            input=str(medqa_dir / "phrases_no_exclude_test.jsonl"),
            limit=3, out=tmp_path / "run", backend="openai", model="m", base_url=server.base_url,
            api_key_env="COT_SYNTH_TEST_NO_SUCH_KEY", blind_attempts=3, hinted_attempts=0,
            choices_per_call=3,
        )  # fmt: skip
        summary = run_generate(config)
        arrivals = server.arrivals()
        rejected = _lines(config.out / "rejected.jsonl")
        assert summary.rejected == 3 and len(rejected) == 3  # the fault server's replies answer nothing
        for row in rejected:
            assert [a["index"] for a in row["attempts"]] == [0, 1, 2], "missing choices asked one by one"
            assert row["errors"] == []
        manifest = json.loads((config.out / "manifest.json").read_text())
        # per item: one n=3 call + 2 singles; the first arrival is the endpoint probe
        assert manifest["attempts"]["model_calls"] == len(arrivals) - 1 == 9
        rerun = run_generate(replace(config))
        assert len(server.arrivals()) == len(arrivals) and rerun.cached == 9


def test_embedded_backend_counts_each_choice_of_one_call(tmp_path):
    """llama.cpp refuses an n above its slot count and reports usage for one choice of an n > 1 call: the
    embedded backend sizes its server for the choices and counts every one."""
    config = GenerateConfig(backend="embedded", concurrency=1, choices_per_call=3, max_retries=0)
    with open_backend(config, tmp_path) as backend:
        assert isinstance(backend, EmbeddedBackend)
        choices = _ask_three(backend)
    assert not isinstance(choices, Exception), choices
    assert len(choices) == 3 and all(c.finish_reason == "length" for c in choices)
    assert all(22 <= c.completion_tokens <= 26 for c in choices), [c.completion_tokens for c in choices]
    assert choices[0].prompt_tokens > 0 and choices[1].prompt_tokens == choices[2].prompt_tokens == 0


def _ask_three(backend: EmbeddedBackend) -> list:
    messages = [{"role": "user", "content": "Why does anemia cause fatigue?"}]
    request = Request.build("embedded", backend.model, messages, n=3, seed=5, max_tokens=24, ignore_eos=True)

    async def run() -> list:
        return [outcome async for _, outcome in backend.generate_choices([request])]

    (choices,) = asyncio.run(run())
    return choices


def test_every_http_backend_honours_the_run_config(tmp_path):
    """One constructor builds every HTTP client: the embedded backend's (local) takes --max-retries,
    --concurrency and --request-timeout exactly as the openai backend does (it once ignored --max-retries)."""
    config = GenerateConfig(backend="embedded", concurrency=3, request_timeout_s=7.0, max_retries=4)
    with open_backend(config, tmp_path) as embedded:
        client = embedded._make_client("http://127.0.0.1:9/v1")  # built, not started: no server needed
    openai = GenerateConfig(
        backend="openai",
        base_url="http://127.0.0.1:9/v1",
        model="m",
        concurrency=3,
        request_timeout_s=7.0,
        max_retries=4,
    )
    with open_backend(openai, tmp_path) as direct:
        for backend in (client, direct):
            assert backend.max_attempts == 5 and backend.timeout_s == 7.0
    assert client.kind == "embedded" and direct.kind == "openai"
