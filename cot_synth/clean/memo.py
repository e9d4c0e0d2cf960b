"""The prepare stage remembered: a rerun on the same inputs loads the prepared set instead of reading,
cleaning and deduplicating again (seconds on a 10k-row file, most of a cached rerun).

The memo is one pickle in the run folder behind a fingerprint of everything the stage reads: the bytes of
every input file (the source, the benchmarks of ``--decontaminate``, the tokenizer), every option, and the
package's own code. A hub dataset can change with no trace on this machine, so a job that reads one is
never remembered.
"""

from __future__ import annotations

import gc
import hashlib
import pickle
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from cot_synth import content, runfolder
from cot_synth.config import PrepareConfig
from cot_synth.ingest.readers import BUNDLED_SAMPLE
from cot_synth.records import canonical_json, sha256_hex

if TYPE_CHECKING:
    from cot_synth.clean.prepare import Prepared


def fingerprint(config: PrepareConfig) -> str | None:
    """What a prepared set depends on, hashed; None when an input is not a local file."""
    options = config.cleaning
    paths = [Path(config.input) if config.input else BUNDLED_SAMPLE, *map(Path, options.decontaminate)]
    paths += [Path(options.tokenizer)] if options.tokenizer else []
    if not all(path.is_file() for path in paths):
        return None
    files = [hashlib.sha256(path.read_bytes()).hexdigest() for path in paths]
    stage = {"input": config.input, "split": config.split, "limit": config.limit, "seed": config.seed}
    return sha256_hex(canonical_json([content.code_hash(), stage, asdict(options), files]))


Remembered = tuple["Prepared", dict[str, str]]  # the set, and its files' text (``prepare.prepared_files``)


def load(out: Path, key: str | None) -> Remembered | None:
    """What was remembered under ``key`` in ``out``; None when there is nothing, or another's."""
    if key is None:
        return None
    try:
        stamp, _, data = (out / runfolder.PREPARE_MEMO).read_bytes().partition(b"\n")
    except OSError:
        return None
    if stamp != key.encode():
        return None
    collecting = gc.isenabled()
    gc.disable()  # unpickling builds a million objects at once: collecting meanwhile takes 5x as long
    try:
        return pickle.loads(data)
    except Exception:  # a damaged memo is no memo: the stage runs again and rewrites it
        return None
    finally:
        if collecting:
            gc.enable()


def save(out: Path, key: str | None, remembered: Remembered) -> None:
    if key is not None:
        runfolder.write_bytes(
            out / runfolder.PREPARE_MEMO, key.encode() + b"\n" + pickle.dumps(remembered, 5)
        )
