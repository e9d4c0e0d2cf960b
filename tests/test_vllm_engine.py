"""``--backend vllm`` on a real vLLM engine: vLLM's CPU build (``make test`` installs it) serving the embedded
model, converted once to a Hugging Face folder. Real subprocesses, real SIGKILLs, real structured output.

Every engine here runs eager (``--enforce-eager``: a third of the start-up time on CPUs) with a small KV
cache; the converted model is kept in the user cache between sessions, as users get it.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import diskcache
import jsonschema
import pytest

from cot_synth.backends import hf_model
from cot_synth.backends.base import Request
from cot_synth.backends.embedded import model_path
from cot_synth.backends.vllm_backend import MULTIPROCESSING_ENV, EngineOptions, VLLMBackend
from cot_synth.cache import response_keys
from tests.conftest import REPO, run_cli, write_jsonl
from tests.test_judging import MCQ_D, REASONING

pytest.importorskip("vllm", reason="vLLM's CPU build is installed by `make test`")
pytestmark = pytest.mark.slow  # every test here runs a real vLLM engine
os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "2")  # GiB; the engines of this module run one at a time

OUTPUTS = ("accepted.jsonl", "rejected.jsonl", "quarantine.jsonl")
ITEMS = 8
CHUNK = 4


def _generate(medqa_dir: Path, out: Path, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "cot_synth", "generate", "--backend", "vllm", "--enforce-eager",
        "--input", str(medqa_dir / "phrases_no_exclude_test.jsonl"), "--limit", str(ITEMS),
        "--max-tokens", "96", "--choices-per-call", "2", "--chunk-size", str(CHUNK), "--reproducible",
        "--out", str(out), "--no-progress", *extra,
    ]  # fmt: skip


def _manifest(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text())


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def _texts(out: Path, keys: set[str]) -> dict[str, tuple[str, str]]:
    """What the model wrote for each call (its latency differs from run to run)."""
    with diskcache.Cache(str(out / "cache")) as cache:
        return {key: (cache[key]["text"], cache[key]["finish_reason"]) for key in keys}


def _engine_starts(out: Path) -> int:
    return (out / "run.log").read_text().count("vLLM engine for")


def _cached(out: Path) -> set[str]:
    return response_keys(out / "cache")


@pytest.fixture(scope="module")
def reference(medqa_dir, tmp_path_factory) -> Path:
    """One uninterrupted run: 8 MedQA items, two choices per call, chunks of four requests."""
    out = tmp_path_factory.mktemp("vllm") / "reference"
    result = subprocess.run(_generate(medqa_dir, out), capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    return out


def test_generate_end_to_end_and_rerun_from_cache(reference, medqa_dir):
    manifest = _manifest(reference)
    gguf = model_path()
    assert manifest["backend"] == "vllm" and manifest["model"] == hf_model.model_name(gguf)
    assert manifest["counts"]["generated"] == ITEMS
    calls = manifest["attempts"]["model_calls"]
    assert calls >= ITEMS and manifest["attempts"]["failed_calls"] == 0
    assert calls < manifest["attempts"]["total"] <= 2 * calls  # n = 2: blind calls brought two attempts
    rejected = [json.loads(line) for line in (reference / "rejected.jsonl").read_text().splitlines()]
    texts = [a["text"] for r in rejected for a in r["attempts"]]
    assert texts and all(isinstance(t, str) for t in texts) and len(set(texts)) > len(texts) // 2
    assert (hf_model.hf_folder(gguf) / "config.json").is_file()  # converted once, reused

    before, engines = _outputs(reference), _engine_starts(reference)
    assert engines == 1
    kept = subprocess.run(_generate(medqa_dir, reference), capture_output=True, text=True, timeout=300)
    assert kept.returncode == 0 and "outputs already current" in kept.stdout, kept.stderr[-3000:]
    (reference / "manifest.json").unlink()  # rebuilt from the cache instead of kept
    rerun = subprocess.run(_generate(medqa_dir, reference), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert _manifest(reference)["attempts"]["model_calls"] == 0
    assert _outputs(reference) == before
    assert _engine_starts(reference) == engines  # the cache answered: no engine was started


def test_sigkill_after_a_chunk_resumes_and_reproduces_the_run(reference, medqa_dir, tmp_path):
    """Killed once the first chunk is in the cache, a run re-pays nothing that was committed; what it had
    committed is, call for call, what the uninterrupted run wrote (fixed seeds, across processes: without
    ``--reproducible`` vLLM's engine process batches requests as they reach it, and one CI run in many got
    other texts); the resumed run's own rerun makes no call and changes no byte."""
    out = tmp_path / "run"
    job = subprocess.Popen(
        _generate(medqa_dir, out),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 600
    while len(_cached(out)) < 2 * CHUNK and job.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert job.poll() is None, "the run finished before it could be killed"
    os.killpg(job.pid, signal.SIGKILL)  # the run, and any process it started
    job.wait()
    committed = _cached(out)
    assert len(committed) >= 2 * CHUNK
    assert _texts(out, committed) == _texts(reference, committed)  # the same seeds wrote the same traces

    resumed = subprocess.run(_generate(medqa_dir, out), capture_output=True, text=True, timeout=900)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    final = _cached(out)
    assert committed <= final and len(final) == len(_cached(reference))
    attempts = _manifest(out)["attempts"]
    assert attempts["total"] - attempts["cached"] == len(final - committed)  # nothing committed paid twice
    after_resume = _outputs(out)
    (out / "manifest.json").unlink()  # rebuilt from the cache, not kept as current
    again = subprocess.run(_generate(medqa_dir, out), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-3000:]
    assert _manifest(out)["attempts"]["model_calls"] == 0 and _outputs(out) == after_resume


@pytest.fixture(scope="module")
def engine() -> VLLMBackend:
    """A real engine in this process, for what the CLI cannot show."""
    gguf = model_path()
    return VLLMBackend(
        hf_model.model_name(gguf),
        weights=lambda: str(hf_model.hf_folder(gguf)),
        engine=EngineOptions(enforce_eager=True, max_model_len=2048),
    )


def _ask(engine: VLLMBackend, requests: list[Request]) -> list:
    async def collect() -> list:
        return [outcome async for _, outcome in engine.generate_choices(requests)]

    return asyncio.run(collect())


def _valid(text: str, schema: dict) -> bool:
    try:
        jsonschema.validate(json.loads(text), schema)
    except (ValueError, jsonschema.ValidationError):
        return False
    return True


def test_structured_output_cannot_return_a_verdict_that_violates_the_schema(engine):
    """vLLM >= 0.12 ignores the old ``guided_*`` parameters; the backend must use StructuredOutputsParams.
    A verdict that finishes validates; one cut at the token limit says so (``length``), and the model
    judge retries it, never reads it."""
    schema = json.loads((REPO / "judges" / "llm_judge.schema.json").read_text())
    messages = [{"role": "user", "content": "Is aspirin an antiplatelet drug? Give your verdict."}]
    response_format = {"type": "json_schema", "json_schema": {"name": "verdict", "schema": schema}}

    def ask(**params) -> list:
        requests = [
            Request.build("vllm", engine.model, messages, max_tokens=384, temperature=0.8, seed=s, **params)
            for s in range(6)
        ]
        return [choice for (choice,) in _ask(engine, requests)]

    constrained = ask(response_format=response_format)
    assert all(_valid(c.text, schema) for c in constrained if c.finish_reason == "stop")
    assert all(c.finish_reason in ("stop", "length") for c in constrained)
    assert sum(c.finish_reason == "stop" for c in constrained) >= 3
    assert not all(_valid(c.text, schema) for c in ask())  # unconstrained, the same model does not comply


def test_n_choices_come_back_distinct_in_order_with_one_prompt(engine):
    messages = [{"role": "user", "content": "Name one cause of chest pain."}]
    [choices] = _ask(
        engine, [Request.build("vllm", engine.model, messages, max_tokens=24, temperature=0.9, seed=5, n=3)]
    )
    assert len(choices) == 3 and len({c.text for c in choices}) > 1
    assert choices[0].prompt_tokens > 0 and all(c.prompt_tokens == 0 for c in choices[1:])
    [again] = _ask(
        engine, [Request.build("vllm", engine.model, messages, max_tokens=24, temperature=0.9, seed=5, n=3)]
    )
    assert [c.text for c in again] == [c.text for c in choices]  # a fixed seed reproduces its text


def test_a_seeded_batch_larger_than_one_engine_step(engine):
    """Prompts that together exceed one step's token budget, each with its own seed (as every attempt has):
    vLLM's CPU build fails these when it splits a prompt over steps, so the backend turns that off."""
    stem = (
        "A 45-year-old man has crushing chest pain radiating to the left arm, diaphoresis and nausea. " * 30
    )
    requests = [
        Request.build(
            "vllm",
            engine.model,
            [{"role": "user", "content": f"{stem} Case {i}: diagnosis?"}],
            max_tokens=8,
            temperature=0.7,
            top_p=0.95,
            seed=1000 + i,
        )  # fmt: skip
        for i in range(16)
    ]
    outcomes = _ask(engine, requests)
    assert all(not isinstance(o, Exception) for o in outcomes), outcomes
    assert all(c.finish_reason in ("stop", "length") and c.text for (c,) in outcomes)


def test_on_cpus_the_engine_core_runs_in_this_process(engine):
    """Faster on CPUs (bench_vllm_scheduler), and vLLM then batches every run's requests alike."""
    if os.environ.get(MULTIPROCESSING_ENV, "0") != "0":
        pytest.skip(f"{MULTIPROCESSING_ENV} is set in this environment: the user's choice wins")
    from vllm.v1.engine.core_client import InprocClient

    assert isinstance(engine.llm().llm_engine.engine_core, InprocClient)
    assert os.environ[MULTIPROCESSING_ENV] == "0"  # vLLM reads it when the engine is built


def test_llm_judge_and_sufficiency_through_vllm(tmp_path, monkeypatch):
    """With the engine core in its own process, as vLLM runs it by default on GPU nodes."""
    monkeypatch.setenv(MULTIPROCESSING_ENV, "1")
    schema = json.loads((REPO / "judges" / "llm_judge.schema.json").read_text())
    good = REASONING + "\nThe correct answer is D: Nitrofurantoin"
    rows = [{"id": f"t{i}", **MCQ_D.to_json(), "trace": good + " " * i} for i in range(3)]
    write_jsonl(tmp_path / "traces.jsonl", rows)
    result = run_cli(
        "judge", "--input", "traces.jsonl", "--out", "verdicts.jsonl", "--llm-judge", "--sufficiency",
        "--backend", "vllm", "--enforce-eager", cwd=tmp_path, timeout=900,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    verdicts = [json.loads(line) for line in (tmp_path / "verdicts.jsonl").read_text().splitlines()]
    assert len(verdicts) == 3
    for verdict in verdicts:
        assert "judge_error" not in verdict["reasons"], verdict
        judged, sufficient = verdict["details"]["llm_judge"], verdict["details"]["sufficiency"]
        jsonschema.validate({k: v for k, v in judged.items() if k != "tries"}, schema)
        assert sufficient["tries"] == 1 and sufficient["answer"] in MCQ_D.options  # the enum, first time


def test_ray_runner_with_one_vllm_actor_matches_the_local_runner(medqa_dir, tmp_path):
    pytest.importorskip("ray")
    out = tmp_path / "ray"
    job = [
        "generate", "--backend", "vllm", "--enforce-eager", "--input",
        str(medqa_dir / "phrases_no_exclude_test.jsonl"), "--limit", "3", "--max-tokens", "64",
        "--no-progress", "--out",
    ]  # fmt: skip
    result = run_cli(*job, str(out), "--runner", "ray", "--ray-actors", "1", cwd=tmp_path, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    assert _manifest(out)["attempts"]["model_calls"] > 0
    local = tmp_path / "local"
    local.mkdir()
    shutil.copytree(out / "cache", local / "cache")
    result = run_cli(*job, str(local), cwd=tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert _manifest(local)["attempts"]["model_calls"] == 0 and _outputs(local) == _outputs(out)


@pytest.mark.parametrize(
    ("model", "said"),
    [
        ("/no/such/folder", "no such folder"),  # refused before vLLM is imported
        ("no-such-org/no-such-model", "vLLM cannot start it"),  # a hub id not on this offline machine
    ],
)
def test_a_model_vllm_cannot_load_ends_the_run_in_one_line(medqa_dir, tmp_path, model, said):
    """Not "1 of 1 items failed, rerun to retry": no rerun would start that engine."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    command = _generate(medqa_dir, tmp_path / "run", "--model", model)
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, env=env)
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr[-2000:]
    assert len(errors) == 1 and errors[0].startswith(f"error: --model {model}: {said}")
