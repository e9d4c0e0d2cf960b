"""Shared fixtures: real MedQA files from ../shared/data and one real llama.cpp server per session."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cot_synth.backends.embedded import EmbeddedServer, model_path
from cot_synth.config import GenerateConfig
from cot_synth.content import ContentDir, default_dir
from cot_synth.judging.rules import RuleJudge
from cot_synth.records import MCQ
from tests.fault_server import FaultServer

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("COT_SYNTH_SHARED", REPO.parent / "shared"))
MEDQA = SHARED / "data" / "medqa"


# Fixtures that run a real model (the embedded llama.cpp server, a vLLM engine): their tests are `slow`.
REAL_MODEL_FIXTURES = frozenset({"embedded_server", "engine", "reference"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Marks every test that needs a real model `slow`: `make test-fast` leaves them out, `make test` runs
    everything. Modules that start a model themselves mark their own tests."""
    for item in items:
        if REAL_MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def judge() -> RuleJudge:
    """The rule judge of the shipped ``judges/`` (it keeps no state between traces)."""
    return RuleJudge.from_content(ContentDir.resolve("judges", None))


@pytest.fixture(scope="session")
def medqa_dir() -> Path:
    if not MEDQA.is_dir():
        pytest.fail(f"real MedQA data not found at {MEDQA} (set COT_SYNTH_SHARED)")
    return MEDQA


@pytest.fixture(scope="session")
def embedded_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedServer]:
    """The real embedded llama.cpp server, started once for the whole session."""
    log = tmp_path_factory.mktemp("server") / "server.log"
    with EmbeddedServer(model_path(), parallel=4, log_path=log) as server:
        yield server


def fault_run_config(medqa_dir: Path, out: Path, base_url: str, judges: Path | None = None) -> GenerateConfig:
    """Six MedQA items through an OpenAI-compatible server at ``base_url`` (the fault server, or none)."""
    return GenerateConfig(
        input=str(medqa_dir / "phrases_no_exclude_test.jsonl"), limit=6, out=out, backend="openai",
        model="m", base_url=base_url, api_key_env="COT_SYNTH_TEST_NO_SUCH_KEY",
        judges=str(judges) if judges else None,
    )  # fmt: skip


def gold_mcq(mcq_id: str, question: str, options: dict[str, str], gold: str) -> MCQ:
    """An item whose answer text is its gold option's, as every validated MCQ has it."""
    return MCQ(mcq_id, question, options, gold, options[gold])


def count_calls(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[int]:
    """Wrap ``owner.name`` (a function, or a method on its class) to count its calls in ``[0]``."""
    calls = [0]
    wrapped = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return wrapped(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def judges_with_min_reasoning(folder: Path, chars: int) -> Path:
    """The shipped judges copied to ``folder`` with another ``form.min_reasoning_chars``: a changed judge."""
    shutil.copytree(default_dir("judges"), folder)
    rules = folder / "rules.yaml"
    text = rules.read_text(encoding="utf-8").replace(
        "min_reasoning_chars: 120", f"min_reasoning_chars: {chars}"
    )
    rules.write_text(text, encoding="utf-8")
    return folder


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def run_cli(*args: str, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run ``python -m cot_synth`` for real, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "cot_synth", *args],
        cwd=cwd, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip


@pytest.fixture
def fault_server(tmp_path: Path) -> Iterator[Callable[..., FaultServer]]:
    """Starts fault servers (tests/fault_server.py) as child processes; all are killed after the test."""
    started: list[FaultServer] = []

    def start(
        delay_s: float = 0.02, rules: list[dict[str, Any]] | None = None, seed: int = 0, port: int = 0
    ) -> FaultServer:
        log = tmp_path / f"arrivals{len(started)}.jsonl"
        server = FaultServer(log, delay_s=delay_s, rules=rules, seed=seed)
        server.port = port
        started.append(server.start())
        return server

    yield start
    for server in started:
        server.kill()
