"""One real run folder for the report, export and audit tests: real MedQA rows, the real embedded model.

Every test module asks for the same folder; the first pays for the model calls, the others rebuild it from
its cache in seconds (generate is a pure function of inputs, config and cache).
"""

from __future__ import annotations

from pathlib import Path

from cot_synth.config import CleanOptions, GenerateConfig
from cot_synth.pipeline import run_generate

ROWS = 16  # the first rows of the MedQA test split; some point at a missing image and are removed


def real_run_config(server_url: str, medqa_dir: Path, out: Path) -> GenerateConfig:
    return GenerateConfig(
        input=str(medqa_dir / "phrases_no_exclude_test.jsonl"),
        limit=ROWS,
        out=out,
        backend="openai",
        model="smollm2",
        base_url=server_url,
        api_key_env="COT_SYNTH_TEST_NO_SUCH_KEY",
        max_tokens=256,
        blind_attempts=2,
        hinted_attempts=2,  # the tiny model lands a verified trace on about a fifth of hinted attempts
        cleaning=CleanOptions(balance=True),
    )


def real_run(server_url: str, medqa_dir: Path, base: Path) -> Path:
    out = base / "real_run"
    run_generate(real_run_config(server_url, medqa_dir, out))
    return out
