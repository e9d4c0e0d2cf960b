"""The prepare stage remembered (clean/memo.py): a rerun on the same input bytes, options and code loads the
prepared set (same files, no cleaning); a change to any of them prepares again. Real files, real pickles."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from cot_synth import content, runfolder
from cot_synth.clean import memo, prepare
from cot_synth.config import CleanOptions, PrepareConfig
from tests.conftest import count_calls, write_jsonl

ROWS = 40
FILES = (runfolder.PREPARED, runfolder.QUARANTINE, runfolder.REMOVED, runfolder.PREPARE_REPORT)


def _rows(medqa_dir: Path) -> list[dict]:
    lines = (medqa_dir / "phrases_no_exclude_test.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[: ROWS + 1]]


@pytest.fixture
def source(medqa_dir: Path, tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "source.jsonl", _rows(medqa_dir)[:ROWS])


def _files(out: Path) -> list[bytes]:
    return [(out / name).read_bytes() for name in FILES]


def test_a_rerun_loads_the_prepared_set(source: Path, tmp_path: Path, monkeypatch) -> None:
    config = PrepareConfig(str(source), out=tmp_path / "run")
    first = prepare.run_prepare(config)
    written = _files(config.out)
    for name in FILES:
        (config.out / name).unlink()  # the files are written again from the memo
    calls = count_calls(monkeypatch, prepare, "prepare_source")
    again = prepare.run_prepare(config)
    assert calls[0] == 0
    assert again == first and _files(config.out) == written


def _change_input(config: PrepareConfig) -> PrepareConfig:
    path = Path(config.input)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    write_jsonl(path, rows[1:])
    return config


def _change_benchmark(config: PrepareConfig) -> PrepareConfig:
    """The benchmark held the source's last item; now it holds another one as well."""
    rows = [json.loads(line) for line in Path(config.input).read_text(encoding="utf-8").splitlines()]
    write_jsonl(Path(config.cleaning.decontaminate[0]), rows[-2:])
    return config


CHANGES = {
    "input bytes": _change_input,
    "an option": lambda c: replace(c, cleaning=replace(c.cleaning, max_words=50)),
    "the seed": lambda c: replace(c, seed=1),
    "the limit": lambda c: replace(c, limit=ROWS - 1),
    "a benchmark's bytes": _change_benchmark,
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_changed_input_or_option_prepares_again(
    change: str, source: Path, tmp_path: Path, monkeypatch
) -> None:
    benchmark = write_jsonl(tmp_path / "bench.jsonl", [json.loads(source.read_text().splitlines()[-1])])
    cleaning = CleanOptions(decontaminate=(str(benchmark),))
    if change == "the seed":
        cleaning = replace(cleaning, balance=True)  # the seed shuffles the options of a balanced set
    config = PrepareConfig(str(source), out=tmp_path / "run", cleaning=cleaning)
    first = prepare.run_prepare(config)
    calls = count_calls(monkeypatch, prepare, "prepare_source")
    changed = CHANGES[change](config)
    again = prepare.run_prepare(changed)
    assert calls[0] == 1
    assert (again.kept, again.removed) != (first.kept, first.removed)
    prepare.run_prepare(changed)
    assert calls[0] == 1  # and the new set is the one remembered


def test_changed_code_prepares_again(source: Path, tmp_path: Path, monkeypatch) -> None:
    config = PrepareConfig(str(source), out=tmp_path / "run")
    prepare.run_prepare(config)
    calls = count_calls(monkeypatch, prepare, "prepare_source")
    monkeypatch.setattr(content, "code_hash", lambda: "edited")
    prepare.run_prepare(config)
    assert calls[0] == 1


def test_a_damaged_memo_prepares_again(source: Path, tmp_path: Path, monkeypatch) -> None:
    config = PrepareConfig(str(source), out=tmp_path / "run")
    first = prepare.run_prepare(config).kept
    path = config.out / runfolder.PREPARE_MEMO
    path.write_bytes(path.read_bytes()[:-100])
    calls = count_calls(monkeypatch, prepare, "prepare_source")
    assert prepare.run_prepare(config).kept == first and calls[0] == 1
    assert prepare.run_prepare(config).kept == first and calls[0] == 1  # rewritten whole


def test_a_hub_dataset_is_never_remembered(tmp_path: Path, source: Path) -> None:
    assert memo.fingerprint(PrepareConfig("owner/name", out=tmp_path)) is None
    hub_benchmark = CleanOptions(decontaminate=("owner/bench",))
    assert memo.fingerprint(PrepareConfig(str(source), out=tmp_path, cleaning=hub_benchmark)) is None
    assert memo.fingerprint(PrepareConfig(None, out=tmp_path)) is not None  # the bundled sample
