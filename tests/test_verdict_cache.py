"""Rule verdicts are kept beside the responses: a rerun with unchanged judges reads them (same outputs, no
judging); a changed judge judges again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from cot_synth import runfolder
from cot_synth.cache import ResponseCache, judged_item, verdict_key
from cot_synth.pipeline import run_generate
from cot_synth.records import MCQ, Completion, Verdict, canonical_json, sha256_hex
from cot_synth.synthesize.judge_process import JudgeProcess
from tests.conftest import count_calls, fault_run_config, judges_with_min_reasoning
from tests.fault_server import FaultServer


def _outputs(out: Path) -> list[bytes]:
    return [(out / name).read_bytes() for name in (runfolder.ACCEPTED, runfolder.REJECTED)]


def test_a_rerun_reads_the_verdicts_it_kept(medqa_dir: Path, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "run"
    with FaultServer(tmp_path / "arrivals.jsonl") as server:
        first = run_generate(fault_run_config(medqa_dir, out, server.base_url))
        before = _outputs(out)
    calls = count_calls(monkeypatch, JudgeProcess, "judge")  # the judging of a run
    again = run_generate(fault_run_config(medqa_dir, out, "http://127.0.0.1:9/v1"))  # the server is gone
    assert again.cached == first.generated * 3 and calls[0] == 0
    assert _outputs(out) == before


def test_a_changed_judge_judges_again(medqa_dir: Path, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "run"
    with FaultServer(tmp_path / "arrivals.jsonl") as server:
        first = run_generate(fault_run_config(medqa_dir, out, server.base_url))
    judges = judges_with_min_reasoning(tmp_path / "judges", 121)
    calls = count_calls(monkeypatch, JudgeProcess, "judge")  # the judging of a run
    run_generate(fault_run_config(medqa_dir, out, "http://127.0.0.1:9/v1", judges))
    assert calls[0] == first.generated * 3


def test_the_verdict_key_hashes_the_item_as_encoded_once() -> None:
    """The key of a verdict kept by any earlier run: the canonical JSON of all four parts, the item's
    judged part handed over already encoded; its id and meta, which the judge does not read, are not in it."""
    question = 'Fièvre à 39 °C — \u2028 why? "a\\b"\t\x00\x1f\x7f 🩺'  # what encoders differ on
    mcq = MCQ("x", question, {"A": "ß\u2029", "B": "b\n"}, "B", "b", {"row": 3})
    parts = ["f" * 64, "k" * 64, "hinted", [mcq.question, mcq.options, "B"]]
    assert verdict_key(*parts[:3], judged_item(mcq)) == sha256_hex(canonical_json(parts))
    assert (
        judged_item(replace(mcq, id="y", meta={}))
        == judged_item(mcq)
        != judged_item(replace(mcq, answer_idx="A"))
    )


def test_choices_and_verdicts_read_together_are_what_get_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The replay's read of many calls gives what ``get``/``get_verdict`` give, a value diskcache keeps in a
    file of its own included, and nothing for a call unless the whole call is there, also when its keys
    fall into different queries."""
    choices = [
        ("k0", Completion("short", "stop", 3, 4, 0.5)),
        ("k1", Completion("x" * 100_000, "length", 9, 9, 1.0)),
    ]
    verdicts = [
        ("v0", Verdict(True, (), "A", {"mode": "blind"})),
        ("v1", Verdict(False, ("truncated",), None, {})),
    ]
    with ResponseCache(tmp_path / "cache") as cache:
        for key, verdict in verdicts:
            cache.keep_verdict(key, verdict)
        cache.put_many(choices)  # the verdicts kept ride with the answers
        expected = [
            (cache.get(k), cache.get_verdict(v)) for (k, _), (v, _) in zip(choices, verdicts, strict=True)
        ]
        hits = cache.stats.hits
        assert cache.judged_calls([(["k0", "k1"], ["v0", "v1"])]) == [expected]
        assert cache.stats.hits == hits + 2
        assert any(p.suffix == ".val" for p in (tmp_path / "cache").rglob("*"))  # the long one is a file
        monkeypatch.setattr("cot_synth.cache.FETCH_KEYS", 3)
        calls = [
            (["k0", "k1"], ["v0", "v2"]),
            (["k0", "k2"], ["v0", "v1"]),
            (["k1"], ["v1"]),
            (["k0"], ["v0"]),
        ]
        assert cache.judged_calls(calls) == [None, None, [expected[1]], [expected[0]]]
        assert cache.stats.hits == hits + 4


def test_kept_verdicts_are_committed_with_the_next_answers_or_once_a_batch_waits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A verdict gets no transaction of its own: the next answers committed carry it (seen by another
    connection, as a run resumed after a kill reads the cache); with no answer to come, a full batch is
    written by itself."""
    verdict = Verdict(True, (), "B", {"mode": "blind"})
    with ResponseCache(tmp_path / "cache") as cache, ResponseCache(tmp_path / "cache") as resumed:
        cache.keep_verdict("v0", verdict)
        assert resumed.get_verdict("v0") is None
        cache.put_many([("k0", Completion("text", "stop", 3, 4, 0.5))])
        assert resumed.get_verdict("v0") == verdict
        monkeypatch.setattr("cot_synth.cache.VERDICT_BATCH", 2)
        cache.keep_verdict("v1", verdict)
        assert resumed.get_verdict("v1") is None
        cache.keep_verdict("v2", verdict)
        assert [resumed.get_verdict(key) for key in ("v1", "v2")] == [verdict, verdict]
