"""Every user-caused error is one line on stderr naming the file, row, field or option, with the right exit
code, no traceback and no temporary file left behind: malformed options, inputs, outputs over inputs,
file-system refusals and damaged run folders, each run for real through ``python -m cot_synth``."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cot_synth.errors import EXIT_USER_ERROR
from tests.conftest import run_cli, write_jsonl
from tests.fault_server import FaultServer

MODEL = "m"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultServer]:
    with FaultServer(tmp_path_factory.mktemp("server") / "arrivals.jsonl", delay_s=0.0) as running:
        yield running


def generate(server: FaultServer, tmp: Path, medqa_dir: Path, *extra: str) -> list[str]:
    args = [
        "generate",
        "--backend",
        "openai",
        "--base-url",
        server.base_url,
        "--model",
        MODEL,
        "--limit",
        "3",
    ]
    args += ["--input", str(medqa_dir / "phrases_no_exclude_test.jsonl"), "--out", str(tmp / "run")]
    return [*args, "--no-progress", *extra]


@pytest.fixture(scope="module")
def run_folder(server: FaultServer, tmp_path_factory: pytest.TempPathFactory, medqa_dir: Path) -> Path:
    tmp = tmp_path_factory.mktemp("run")
    done = run_cli(*generate(server, tmp, medqa_dir), cwd=tmp, timeout=120)
    assert done.returncode == 0, done.stderr
    return tmp / "run"


def assert_one_line(done: subprocess.CompletedProcess[str], code: int, *says: str) -> None:
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert done.returncode == code, done.stderr
    for text in says:
        assert text in lines[0], lines[0]


def assert_no_tmp_files(*folders: Path) -> None:
    for folder in folders:
        assert [p for p in folder.rglob("*.tmp")] == []


def _binary(path: Path) -> Path:
    path.write_bytes(bytes(range(256)) * 4)
    return path


# Each case builds its command from (tmp folder, run folder) and names what the error line must say.
Case = Callable[[Path, Path], list[str]]
OPTION_CASES: dict[str, tuple[list[str], str]] = {
    "top-p above 1": (["--top-p", "5"], "--top-p must be above 0 and at most 1"),
    "top-p negative": (["--top-p", "-1"], "--top-p"),
    "zero timeout": (["--request-timeout", "0"], "--request-timeout must be more than 0"),
    "negative timeout": (["--request-timeout", "-3"], "--request-timeout"),
    "zero connect timeout": (["--connect-timeout", "0"], "--connect-timeout"),
    "negative breaker": (["--circuit-breaker", "-1"], "--circuit-breaker"),
    # the client failed at its first call (exit 4, "NonHttpUrlClientError") after the input was prepared
    "base url without a scheme": (
        ["--base-url", "localhost:8000/v1"],
        "'localhost:8000/v1': expected http://",
    ),
    # --input is phrases_no_exclude_test.jsonl: one file, whose name says test (so --split test is fine)
    "split the one file is not": (["--split", "validation"], "--split validation: --input"),
}


@pytest.mark.parametrize("case", OPTION_CASES, ids=list(OPTION_CASES))
def test_bad_generate_options(server, medqa_dir, tmp_path, case) -> None:
    extra, says = OPTION_CASES[case]
    done = run_cli(*generate(server, tmp_path, medqa_dir, *extra), cwd=tmp_path, timeout=60)
    assert_one_line(done, EXIT_USER_ERROR, says)
    assert not (tmp_path / "run").exists()


def test_openai_base_url_from_the_environment_needs_no_key_as_the_flag_does(
    server, medqa_dir, tmp_path, monkeypatch
) -> None:
    """The README offers $OPENAI_BASE_URL for --base-url; given so, a local server was refused for want of
    $OPENAI_API_KEY, which only OpenAI itself needs."""
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    args = generate(server, tmp_path, medqa_dir)
    at = args.index("--base-url")
    done = run_cli(*args[:at], *args[at + 2 :], cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "run" / "manifest.json").is_file()


def _quarantined_input(tmp: Path) -> Path:
    return write_jsonl(tmp / "bad.jsonl", [{"question": "", "options": {"A": "x"}, "answer_idx": "A"}, [1]])


INPUT_CASES: dict[str, tuple[Callable[[Path], list[str]], str]] = {
    "binary price table": (
        lambda t: ["--price-table", str(_binary(t / "p.yaml"))],
        "p.yaml: not a text file",
    ),
    "out is a file": (lambda t: ["--out", str(_binary(t / "file"))], "is a file, not a folder"),
    "out under a file": (lambda t: ["--out", str(_binary(t / "f") / "run")], "cannot create the folder"),
    "no row survives cleaning": (
        lambda t: ["--input", str(_quarantined_input(t))],
        "no row survived cleaning: 2 of 2 rows quarantined",
    ),
    "empty csv": (lambda t: ["--input", str(_write(t / "e.csv", b""))], "EmptyDataError"),
    "binary csv": (lambda t: ["--input", str(_binary(t / "b.csv"))], "b.csv: line 2: byte"),
    "header-only csv": (lambda t: ["--input", str(_header_only(t / "h.csv"))], "h.csv: no rows (a header"),
    "csv header naming a column twice": (
        lambda t: ["--input", str(_write(t / "twice.csv", b"question,A,B,A,answer\nWhich?,x,y,z,A\n"))],
        "twice.csv: line 1: the header names column 'A' more than once",
    ),
    "csv shards with other headers": (
        lambda t: ["--input", str(_shards(t / "shards"))],
        "train-1.csv: its header differs from",
    ),
    "gzipped parquet": (
        lambda t: ["--input", str(_write(t / "items.parquet.gz", b"\x1f\x8b"))],
        "items.parquet.gz: parquet compresses its own columns; decompress the file first",
    ),
    "json array nested too deeply": (
        lambda t: ["--input", str(_write(t / "deep.json", b"[" + b"[" * 100_000 + b"]" * 100_000 + b"]"))],
        "deep.json: JSON nested too deeply",
    ),
    "map file not utf-8": (
        lambda t: ["--map", str(_write(t / "map.yaml", b"question: q  # caf\xe9\noptions: o\n"))],
        "map.yaml: byte 18 is not UTF-8",
    ),
    "map file not yaml": (
        lambda t: ["--map", str(_write(t / "map.yaml", b"question: [unclosed\noptions: o\n"))],
        "map.yaml: not valid YAML (while parsing a flow sequence",
    ),
}


def _shards(folder: Path) -> Path:
    folder.mkdir()
    _write(folder / "train-0.csv", b"question,A,B,answer\nWhich drug?,x,y,A\n")
    _write(folder / "train-1.csv", b"stem,A,B,answer\nWhich drug?,x,y,A\n")
    return folder


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _header_only(path: Path) -> Path:
    path.write_text("question,A,B,answer\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("case", INPUT_CASES, ids=list(INPUT_CASES))
def test_bad_inputs_and_outputs(server, medqa_dir, tmp_path, case) -> None:
    build, says = INPUT_CASES[case]
    done = run_cli(*generate(server, tmp_path, medqa_dir, *build(tmp_path)), cwd=tmp_path, timeout=120)
    assert_one_line(done, EXIT_USER_ERROR, says)
    assert "Traceback" not in done.stderr and "Unclosed" not in done.stderr
    assert_no_tmp_files(tmp_path)


def test_judge_refuses_to_write_its_verdicts_over_its_input(tmp_path) -> None:
    traces = write_jsonl(tmp_path / "t.jsonl", [{"question": "q?", "options": {"A": "a", "B": "b"}}])
    before = traces.read_bytes()
    done = run_cli("judge", "--input", str(traces), "--out", str(tmp_path / "." / "t.jsonl"), cwd=tmp_path)
    assert_one_line(done, EXIT_USER_ERROR, "that is also an input")
    assert traces.read_bytes() == before


@pytest.mark.parametrize("kind", ["pipe", "link"])
def test_judge_refuses_an_out_that_is_no_plain_file(tmp_path, kind) -> None:
    """The verdicts are written beside --out and renamed into place: a pipe, a device or a link there was
    replaced by a plain file, exit 0 (as root, ``--out /dev/null`` replaced the device)."""
    traces = write_jsonl(tmp_path / "t.jsonl", [{"question": "q?", "options": {"A": "a", "B": "b"}}])
    out = tmp_path / "out"
    if kind == "pipe":
        os.mkfifo(out)
    else:
        (tmp_path / "elsewhere.jsonl").write_text("kept\n")
        out.symlink_to(tmp_path / "elsewhere.jsonl")
    done = run_cli("judge", "--input", str(traces), "--out", str(out), cwd=tmp_path)
    assert_one_line(done, EXIT_USER_ERROR, "not a plain file (a device, pipe or link); name a file")
    assert out.is_fifo() if kind == "pipe" else out.is_symlink() and out.read_text() == "kept\n"


def test_a_damaged_response_cache_says_so_not_that_the_disk_is_full(run_folder, tmp_path) -> None:
    """A cache that is no SQLite database, or a file where its folder belongs, was met with "free space,
    then rerun": the disk was not full. The error names the cache and says to move it aside."""
    run = shutil.copytree(run_folder, tmp_path / "run")
    for entry in (run / "cache").iterdir():
        if entry.name.startswith("cache.db"):
            entry.write_bytes(b"not a database" * 100)
    done = run_cli("report", str(run), cwd=tmp_path)  # the report reads no cache: still fine
    assert done.returncode == 0, done.stderr
    traces = write_jsonl(tmp_path / "t.jsonl", [{"question": "q?", "options": {"A": "a", "B": "b"}}])
    args = ["judge", "--input", str(traces), "--out", str(tmp_path / "v.jsonl"), "--llm-judge"]
    done = run_cli(*args, "--backend", "openai", "--model", "m", "--base-url", "http://127.0.0.1:9/v1",
                   "--cache", str(run / "cache"), cwd=tmp_path)  # fmt: skip
    assert_one_line(done, EXIT_USER_ERROR, f"{run / 'cache'}: cannot open the response cache (", "damaged")
    (tmp_path / "afile").write_text("x")
    done = run_cli(*args, "--cache", str(tmp_path / "afile"), cwd=tmp_path)
    assert_one_line(done, EXIT_USER_ERROR, "afile: cannot open the response cache (a file, not a folder)")
    done = run_cli(*args, "--cache", str(tmp_path / "v.jsonl"), cwd=tmp_path)
    assert_one_line(done, EXIT_USER_ERROR, "is the --input or --out file; name a folder of its own")


def test_merge_refuses_to_write_over_one_of_its_shards(run_folder, tmp_path) -> None:
    shard = shutil.copytree(run_folder, tmp_path / "shard")
    before = (shard / "manifest.json").read_bytes()
    done = run_cli("merge", str(shard), "--out", str(shard), cwd=tmp_path)
    assert_one_line(done, EXIT_USER_ERROR, "that is also an input")
    assert (shard / "manifest.json").read_bytes() == before


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "manifest {}": (
        lambda r: (r / "manifest.json").write_text("{}"),
        "not a run manifest (top level: 'config' is a required property",
    ),
    "manifest counts as text": (
        lambda r: _edit_json(r / "manifest.json", lambda m: m["counts"].update(rejected="3")),
        "not a run manifest (counts/rejected: '3' is not of type",
    ),
    "rejected row without its attempts' verdicts": (
        lambda r: _edit_first_row(r / "rejected.jsonl", lambda row: row["attempts"][0].pop("verdict")),
        "rejected.jsonl, row 1: attempts/0: 'verdict' is a required property",
    ),
    "binary manifest": (lambda r: _binary(r / "manifest.json") and None, "manifest.json: not a text file"),
    "accepted.jsonl deleted": (
        lambda r: (r / "rejected.jsonl").rename(r / "gone"),
        "rejected.jsonl missing, the manifest counts",
    ),
    "rejected.jsonl cut at a line end": (
        lambda r: (r / "rejected.jsonl").write_text((r / "rejected.jsonl").read_text().split("\n")[0] + "\n"),
        "rejected.jsonl 1 rows, the manifest counts",
    ),
    "rejected.jsonl cut mid-line": (
        lambda r: (r / "rejected.jsonl").write_text((r / "rejected.jsonl").read_text()[:300]),
        "rejected.jsonl, line 1: not valid JSON",
    ),
}


def _edit_json(path: Path, edit: Callable[[dict], object]) -> None:
    data = json.loads(path.read_text())
    edit(data)
    path.write_text(json.dumps(data))


def _edit_first_row(path: Path, edit: Callable[[dict], object]) -> None:
    first, *rest = path.read_text().splitlines()
    row = json.loads(first)
    edit(row)
    path.write_text("\n".join([json.dumps(row), *rest]) + "\n")


@pytest.mark.parametrize("case", DAMAGE, ids=list(DAMAGE))
def test_report_on_a_damaged_run_folder_says_what_is_wrong(run_folder, tmp_path, case) -> None:
    damage, says = DAMAGE[case]
    run = shutil.copytree(run_folder, tmp_path / "run")
    damage(run)
    done = run_cli("report", str(run), cwd=tmp_path)
    assert_one_line(done, EXIT_USER_ERROR, str(run), says)


def test_a_full_disk_is_one_line_and_leaves_no_temporary_file(server, medqa_dir, tmp_path) -> None:
    """The file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored) makes writes past 256 KiB fail as a full disk
    would, for whichever file gets there first: the cache, a JSONL file or the report."""

    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, 256 * 1024))

    args = generate(server, tmp_path, medqa_dir, "--limit", "200", "--blind-attempts", "1")
    done = subprocess.run(
        [sys.executable, "-m", "cot_synth", *args],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, preexec_fn=limit_files,
    )  # fmt: skip
    assert_one_line(done, EXIT_USER_ERROR, "rerun")
    assert "Traceback" not in done.stderr and "Unclosed" not in done.stderr
    assert_no_tmp_files(tmp_path)
