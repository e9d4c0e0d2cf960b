"""The 12-point audit on a real export, and on copies broken in exactly one way each."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from cot_synth.export.audit import run_audit
from cot_synth.export.checks import CHECKS, split_stratified
from cot_synth.export.formats import ExportConfig, run_export
from cot_synth.export.reader import load_export
from cot_synth.records import canonical_json
from cot_synth.runfolder import read_jsonl
from tests.conftest import run_cli
from tests.real_run import real_run
from tests.tokenizer_fixtures import llama_like

NAMES = [
    "gold_balance", "length_limits", "dedup", "single_system_prompt", "tokenization", "cot_verified",
    "bos_eos", "answer_line", "no_hint_leak", "split_stratified", "provenance", "licence_citation",
]  # fmt: skip


@pytest.fixture(scope="module")
def export_dir(embedded_server, medqa_dir, tmp_path_factory) -> Path:
    run_dir = real_run(embedded_server.base_url, medqa_dir, tmp_path_factory.getbasetemp())
    tokenizer = llama_like(medqa_dir, tmp_path_factory.mktemp("tok") / "tokenizer.json")
    out = tmp_path_factory.mktemp("export") / "e"
    run_export(ExportConfig(run=run_dir, out=out, tokenizer=str(tokenizer), to=("jsonl",), val_fraction=0.3))
    return out


@pytest.fixture(scope="module")
def baseline(export_dir) -> dict[str, bool]:
    return {c.name: c.passed for c in run_audit(export_dir)}


def test_twelve_checks_with_figures_on_a_real_export(export_dir, baseline):
    checks = run_audit(export_dir)
    assert [c.name for c in checks] == NAMES == [f.__name__ for f in CHECKS]
    assert all(c.figure for c in checks) and all(c.detail for c in checks if not c.passed)
    # the model's reasoning is verified by the judge: these pass. answer_line depends on whether a reasoning
    # restates "The correct answer is …" itself (the tiny model sometimes does), gold_balance on the letters:
    # each is checked against its own count, made without the audit's code
    assert all(baseline[name] for name in set(NAMES) - {"gold_balance", "answer_line"}), [
        c for c in checks if not c.passed
    ]
    export = load_export(export_dir)
    letters = [p["mcq"]["answer_idx"] for p in export.provenance]
    gold = next(c for c in checks if c.name == "gold_balance")
    assert all(f"{k} {letters.count(k)}" in gold.figure for k in set(letters))
    one_line = all(
        record["text"].count("The correct answer is")
        == record["text"].count(f"The correct answer is {p['mcq']['answer_idx']}: {p['mcq']['answer']}")
        == 1
        for p, record in zip(export.provenance, export.records, strict=True)
    )
    assert baseline["answer_line"] == one_line


def _copy(export_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "e"
    shutil.copytree(export_dir, target)
    return target


def _edit_first(
    path: Path, change: Callable[[dict], None], where: Callable[[dict], bool] = lambda r: True
) -> str:
    """Change the first row of a JSONL file that ``where`` accepts; returns its id."""
    rows = read_jsonl(path)
    row = next(r for r in rows if where(r))
    change(row)
    path.write_text("".join(canonical_json(r) + "\n" for r in rows), encoding="utf-8")
    return row["id"]


def _text(
    edit: Callable[[str], str], where: Callable[[dict], bool] = lambda r: True
) -> Callable[[Path], str]:
    def apply(export: Path) -> str:
        return _edit_first(export / "jsonl" / "train.jsonl", lambda r: r.update(text=edit(r["text"])), where)

    return apply


def _replace_in(name: str, old: str, new: str) -> Callable[[Path], str]:
    def apply(export: Path) -> str:
        path = export / name
        assert old in path.read_text()
        path.write_text(path.read_text().replace(old, new))
        return ""

    return apply


def _duplicate(export: Path) -> str:
    train = read_jsonl(export / "jsonl" / "train.jsonl")
    provenance = read_jsonl(export / "provenance.jsonl")
    (export / "jsonl" / "train.jsonl").write_text(
        "".join(canonical_json(r) + "\n" for r in [*train, train[0]])
    )
    first = next(p for p in provenance if p["split"] == "train")
    (export / "provenance.jsonl").write_text("".join(canonical_json(r) + "\n" for r in [*provenance, first]))
    return first["id"]


ANSWER = re.compile(r"The correct answer is ([A-E]): ")


def _other_letter(text: str) -> str:
    """One answer line left, naming another letter (reasoning that restates the answer loses that)."""
    last = list(ANSWER.finditer(text))[-1]
    head = ANSWER.sub("", text[: last.start()])
    return head + f"The correct answer is {'BA'[last.group(1) == 'B']}: " + text[last.end() :]


_LEAK = "[/INST] As the provided answer states, "
_SHORT = "Clinical Reasoning: ok </s>"
BREAKAGES: dict[str, tuple[str, Callable[[Path], str]]] = {
    "double_bos": ("bos_eos", _text(lambda t: "<s>" + t)),
    "other_system_prompt": ("single_system_prompt", _text(lambda t: t.replace("MedMind", "Bob"))),
    "leak_phrase": ("no_hint_leak", _text(lambda t: t.replace("[/INST] ", _LEAK))),
    "wrong_letter": ("answer_line", _text(_other_letter)),
    "reasoning_removed": ("cot_verified", _text(lambda t: t.split("Clinical Reasoning: ")[0] + _SHORT)),
    "unflagged_overflow": (
        "tokenization",
        _replace_in("export_manifest.json", '"max_seq_len": 4096', '"max_seq_len": 64'),
    ),
    "duplicate_sample": ("dedup", _duplicate),
    "no_model_recorded": (
        "provenance",
        lambda e: _edit_first(e / "provenance.jsonl", lambda r: r["provenance"].pop("model")),
    ),
    "no_licence": ("licence_citation", _replace_in("README.md", "license: mit", "license: unknown")),
}
# Checks a breakage may move besides its own: a duplicate adds one to its letter's count.
ALSO_MOVES = {"duplicate_sample": {"gold_balance"}}


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_each_breakage_fails_its_check_and_names_the_sample(export_dir, baseline, tmp_path, breakage):
    check, breaks = BREAKAGES[breakage]
    broken = _copy(export_dir, tmp_path)
    sample = breaks(broken)
    result = {c.name: c for c in run_audit(broken)}
    assert not result[check].passed and result[check].detail
    assert sample in result[check].detail
    unaffected = {"gold_balance", "length_limits", "split_stratified", "licence_citation"} - {check}
    unaffected -= ALSO_MOVES.get(breakage, set())
    assert all(result[n].passed == baseline[n] for n in unaffected)


def test_thresholds_come_from_the_judge(export_dir, tmp_path):
    """The audit restates no judge figure: a judges folder that asks for more reasoning fails cot_verified."""
    judges = tmp_path / "judges"
    shutil.copytree(Path(__file__).resolve().parent.parent / "judges", judges)
    rules = (judges / "rules.yaml").read_text()
    stricter = rules.replace("min_reasoning_chars: 120", "min_reasoning_chars: 100000")
    (judges / "rules.yaml").write_text(stricter)
    result = {c.name: c for c in run_audit(export_dir, judges=str(judges))}
    assert not result["cot_verified"].passed and "(min 100000)" in result["cot_verified"].figure
    assert {c.name: c for c in run_audit(export_dir)}["cot_verified"].figure.endswith("(min 120)")


def test_split_that_ignores_gold_letters_fails(export_dir):
    """Letters and splits are set here, not left to what the model got accepted: a small real export can
    hold one item per letter, where no split is detectably skewed."""
    export = load_export(export_dir)
    template = export.provenance[0]

    def check(validation: set[int]):
        rows = [{**template, "mcq": {**template["mcq"], "id": f"q{i}", "answer_idx": letter},
                 "split": "validation" if i in validation else "train"}
                for i, letter in enumerate("AAABBB")]  # fmt: skip
        return split_stratified(type(export)(**{**export.__dict__, "provenance": rows}), None)

    assert check({0, 3}).passed
    skewed = check({0, 1, 2})
    assert not skewed.passed
    assert "A: 3 in validation" in skewed.detail and "B: 0 in validation" in skewed.detail


def test_cli_exit_code_says_whether_every_check_passed(export_dir, baseline, tmp_path):
    result = run_cli("audit", str(export_dir), "--json", str(tmp_path / "a.json"), cwd=tmp_path)
    assert result.returncode == (0 if all(baseline.values()) else 1), result.stderr
    written = json.loads((tmp_path / "a.json").read_text())
    assert [c["name"] for c in written["checks"]] == NAMES and written["passed"] == all(baseline.values())
    assert f"audit: {sum(baseline.values())}/12 checks passed" in result.stdout
    broken = _copy(export_dir, tmp_path)
    BREAKAGES["double_bos"][1](broken)
    failed = run_cli("audit", str(broken), cwd=tmp_path)
    assert failed.returncode == 1 and "bos_eos" in failed.stdout.splitlines()[-1]
    missing = run_cli("audit", str(tmp_path / "nowhere"), cwd=tmp_path)
    assert missing.returncode == 2 and "no export_manifest.json" in missing.stderr


def _first_row_is(relative: str, line: str) -> Callable[[Path], None]:
    def damage(export: Path) -> None:
        path = export / relative
        path.write_text("\n".join([line, *path.read_text().splitlines()[1:]]) + "\n")

    return damage


@pytest.mark.parametrize(
    ("damage", "says"),
    [
        (
            lambda e: (e / "export_manifest.json").write_text("[]"),
            "not an export manifest (top level: [] is not",
        ),
        (_first_row_is("provenance.jsonl", "{}"), "provenance.jsonl, row 1: top level: 'id' is a required"),
        (
            _first_row_is("jsonl/train.jsonl", "[1, 2]"),
            "train.jsonl, row 1: top level: [1, 2] is not of type",
        ),
        (  # a file a trainer would load, gone: the audit passed on the others
            lambda e: (e / "jsonl" / "validation.jsonl").unlink(),
            "jsonl/validation.jsonl not there, though export_manifest.json lists it; run `export` again",
        ),
        (lambda e: (e / "provenance.jsonl").unlink(), "provenance.jsonl not there"),
    ],
)
def test_a_damaged_export_is_one_line_not_a_failed_check(export_dir, tmp_path, damage, says):
    """Exit 1 says a check failed; a folder the audit cannot read is a user's matter (exit 2), never a
    traceback that reads as a failed check."""
    broken = _copy(export_dir, tmp_path)
    damage(broken)
    result = run_cli("audit", str(broken), cwd=tmp_path)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and says in lines[0], result.stderr


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (("--tokenizer", "nope/tokenizer.json"), "--tokenizer nope/tokenizer.json: no such file"),
        (("--json", "."), "--json .: is a directory; name a file"),
        (("--json", "{export}/export_manifest.json"), "that is also an input"),
    ],
)
def test_cli_mistakes_are_one_line(export_dir, tmp_path, extra, says):
    """A tokenizer the user names must load (the recorded one is not blamed); --json on a folder, or on a
    file of the export it audits (it was written over: the training data gone)."""
    manifest = (export_dir / "export_manifest.json").read_bytes()
    extra = tuple(e.format(export=export_dir) for e in extra)
    result = run_cli("audit", str(export_dir), *extra, cwd=tmp_path)
    assert (export_dir / "export_manifest.json").read_bytes() == manifest
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and says in lines[0], result.stderr
    assert list(tmp_path.glob(".*.tmp")) == []
