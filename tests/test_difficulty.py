"""Difficulty on a real run of the embedded model: every record carries it, the report shows it, export
selects by it and the card says so."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from cot_synth.difficulty import BANDS, band
from cot_synth.export.formats import ExportConfig, run_export
from cot_synth.report import write_reports
from cot_synth.runfolder import load_run, read_jsonl
from tests.real_run import real_run


@pytest.fixture(scope="module")
def run_dir(embedded_server, medqa_dir, tmp_path_factory) -> Path:
    return real_run(embedded_server.base_url, medqa_dir, tmp_path_factory.getbasetemp())


def _expected(attempts: list[dict], gold: str) -> dict:
    """The difficulty recomputed from a record's own attempts, as a reader would."""
    blind = [a for a in attempts if a["mode"] == "blind"]
    letters = Counter(a["verdict"]["extracted_answer"] for a in blind if a["verdict"]["extracted_answer"])
    majority, votes = letters.most_common(1)[0] if letters else (None, 0)
    rate = sum(a["verdict"]["accepted"] for a in blind) / len(blind)
    share = round(votes / len(blind), 3)
    gold_majority = None if majority is None else majority == gold
    return {"blind_attempts": len(blind), "pass_rate": round(rate, 3), "band": band(rate),
            "majority": majority, "majority_share": share, "majority_is_gold": gold_majority}  # fmt: skip


def test_every_record_carries_its_items_difficulty(run_dir):
    run = load_run(run_dir)
    assert run.rejected and run.accepted
    for row in run.rejected:  # all attempts are in a rejection: recompute it from them
        assert row["difficulty"] == _expected(row["attempts"], row["mcq"]["answer_idx"])
        assert row["difficulty"]["band"] == "hard"  # nothing was accepted, blind or hinted
    for row in run.accepted:
        d = row["difficulty"]
        assert d["band"] in BANDS and 1 <= d["blind_attempts"] <= 2
        if row["attempt"]["mode"] == "blind":  # this very attempt passed blind
            assert d["pass_rate"] > 0 and d["band"] in ("medium", "easy")
        else:  # a hinted sample exists only because no blind attempt passed
            assert d["pass_rate"] == 0 and d["band"] == "hard"


def test_report_counts_items_by_band(run_dir):
    data = write_reports(run_dir)
    run = load_run(run_dir)
    bands = data["difficulty"]["bands"]
    items = {r["mcq"]["id"]: r["difficulty"]["band"] for r in run.accepted + run.rejected}
    assert {name: b["items"] for name, b in bands.items()} == {
        n: list(items.values()).count(n) for n in BANDS
    }
    assert sum(b["accepted"] for b in bands.values()) == len({r["mcq"]["id"] for r in run.accepted})
    hist = data["difficulty"]["pass_rate_hist"]["counts"]
    assert sum(hist["accepted"]) + sum(hist["rejected"]) == len(items)
    assert sum(hist["rejected"]) == len(run.rejected) == hist["rejected"][0]  # rejected: none passed
    md = (run_dir / "report.md").read_text()
    assert (
        "## Difficulty" in md and f"| hard | {bands['hard']['items']} | {bands['hard']['accepted']} |" in md
    )
    html = (run_dir / "report.html").read_text()
    assert 'id="difficulty"' in html and 'alt="blind pass rate"' in html


def test_export_selects_a_band_and_the_card_says_so(run_dir, tmp_path):
    run = load_run(run_dir)
    hard = [r for r in run.accepted if r["difficulty"]["band"] == "hard"]
    assert hard, "the real run accepts some items only through hinted attempts"
    manifest = run_export(ExportConfig(run=run_dir, out=tmp_path / "hard", to=("jsonl",), difficulty="hard"))
    provenance = read_jsonl(tmp_path / "hard" / "provenance.jsonl")
    assert sorted(p["id"] for p in provenance) == sorted(r["id"] for r in hard)
    assert all(p["difficulty"]["band"] == "hard" for p in provenance)
    assert manifest["export"]["difficulty"] == "hard"
    assert "only questions in the `hard` band" in (tmp_path / "hard" / "README.md").read_text()
    everything = run_export(ExportConfig(run=run_dir, out=tmp_path / "all", to=("jsonl",)))
    assert everything["counts"]["exported"] + everything["counts"]["dropped"] == len(run.accepted)
    assert (
        json.loads((tmp_path / "all" / "export_manifest.json").read_text())["export"]["difficulty"] == "all"
    )
