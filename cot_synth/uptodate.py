"""Whether a run folder already holds what a job would write, so that a rerun of a finished job stops at
once instead of rebuilding every output from the cache (seconds for a 10k-row job, most of it replaying
cached calls), as make's targets or curator's dataset fingerprint do.

A folder is current for a job when its manifest carries the job's stamp (``job_stamp``), the run that
wrote it left no item failed (a rerun retries those), and the report still shows the record files as they
are (``report.is_current``: their bytes, the manifest apart from its timings). Delete the manifest to
have a finished job's outputs rebuilt anyway.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from cot_synth import content, runfolder
from cot_synth.config import GenerateConfig
from cot_synth.records import canonical_json
from cot_synth.report import is_current

STAMP = "job_sha256"  # the manifest's key for the stamp of the job that wrote the folder


def job_stamp(config: GenerateConfig, prompts_hash: str, judges_hash: str) -> str:
    """Hash of everything a job's outputs follow from: this package's code, every setting, the prompts and
    judges, the price table's bytes and the prepared set as prepare has just written it (its input's
    content, whatever the input's path). Called after prepare, whose files it reads."""
    facts = {
        "code": content.code_hash(),
        "config": config.to_json(),
        "prompts": prompts_hash,
        "judges": judges_hash,
    }
    digest = hashlib.sha256(canonical_json(facts).encode())
    files = [config.out / name for name in (runfolder.PREPARED, runfolder.QUARANTINE, runfolder.REMOVED)]
    if config.price_table:
        files.append(Path(config.price_table))
    for path in files:
        digest.update(b"\0" + (path.read_bytes() if path.is_file() else b"missing"))
    return digest.hexdigest()


def finished_manifest(out: Path, stamp: str) -> dict[str, Any] | None:
    """The manifest of the finished run of the job stamped ``stamp`` whose outputs ``out`` still holds as
    that run wrote them; None when anything differs or is missing, or when some of its items failed."""
    try:
        manifest = json.loads((out / runfolder.MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get(STAMP) != stamp or not is_current(out):
        return None  # past ``is_current``, the manifest is the one this package wrote: its fields are there
    if manifest["counts"]["failed"] or (manifest["api"] or {}).get("stopped"):
        return None
    return manifest
