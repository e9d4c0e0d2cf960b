"""Tokenizers for export: count what a trainer will see, so ``--max-seq-len`` is enforced, never truncated.

Three sources, one interface (Hugging Face ``tokenizers``): a ``tokenizer.json`` file, a Hugging Face
tokenizer directory (``tokenizer.json`` + ``tokenizer_config.json`` for BOS/EOS and the chat template), or
a GGUF model file, whose vocabulary, merges and chat template are read with the ``gguf`` package. The
default is the embedded model's own GGUF, so export works with nothing but what ``make install`` put there.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2.sandbox import ImmutableSandboxedEnvironment

from cot_synth.errors import UserError

# llama.cpp pre-tokenizer names (``tokenizer.ggml.pre``) whose split we can rebuild exactly: byte-level BPE
# with the GPT-2 regex, SmolLM adding single-digit splits first (as its tokenizer.json does).
_GGUF_PRE = {"default", "gpt2", "smollm"}
_GGUF_CONTROL = 3  # llama.cpp token type of special tokens such as <|im_start|>


@dataclass(frozen=True)
class LoadedTokenizer:
    """A tokenizer with what export needs to know about it; ``name`` is recorded in the export manifest."""

    name: str
    tokenizer: Any  # tokenizers.Tokenizer
    bos: str | None = None
    eos: str | None = None
    chat_template: str | None = None

    def count(self, texts: Sequence[str]) -> list[int]:
        """Tokens per text as written: special tokens in the text count, none are added."""
        return [len(e.ids) for e in self.tokenizer.encode_batch(list(texts), add_special_tokens=False)]

    def ids(self, text: str, add_special_tokens: bool = False) -> list[int]:
        return self.tokenizer.encode(text, add_special_tokens=add_special_tokens).ids

    def token_id(self, token: str | None) -> int | None:
        return None if token is None else self.tokenizer.token_to_id(token)

    def render_chat(self, messages: list[dict[str, str]]) -> str | None:
        """The conversation as this tokenizer's chat template lays it out for training (None: no template)."""
        if not self.chat_template:
            return None

        def raise_exception(message: str) -> None:
            raise UserError(f"{self.name}: chat template refused the sample: {message}")

        env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
        env.globals["raise_exception"] = raise_exception
        return env.from_string(self.chat_template).render(
            messages=messages, add_generation_prompt=False, bos_token=self.bos or "", eos_token=self.eos or ""
        )


def load_tokenizer(spec: str | Path | None) -> LoadedTokenizer:
    """``spec``: a tokenizer.json, a tokenizer directory, a .gguf file, or None for the embedded model."""
    try:
        import tokenizers  # noqa: F401
    except ImportError as exc:
        raise UserError("token counts need the tokenizers package: pip install 'cot_synth[tokens]'") from exc
    if spec is None:
        from cot_synth.backends.embedded import model_path

        return _from_gguf(model_path())
    path = Path(spec)
    if path.is_dir():
        return _from_directory(path)
    if not path.is_file():
        raise UserError(
            f"--tokenizer {path}: no such file or directory (give tokenizer.json, a folder or .gguf)"
        )
    if path.suffix == ".gguf":
        return _from_gguf(path)
    return LoadedTokenizer(str(path), _read_tokenizer_json(path))


def _read_tokenizer_json(path: Path) -> Any:
    from tokenizers import Tokenizer

    try:
        return Tokenizer.from_file(str(path))
    except Exception as exc:  # the Rust side raises a bare Exception with the parse error
        raise UserError(f"--tokenizer {path}: not a tokenizer.json ({exc})") from exc


def _token_text(value: Any) -> str | None:
    """tokenizer_config.json writes special tokens as a string or as an AddedToken dict."""
    if isinstance(value, dict):
        return value.get("content")
    return value if isinstance(value, str) else None


def _from_directory(folder: Path) -> LoadedTokenizer:
    file = folder / "tokenizer.json"
    if not file.is_file():
        raise UserError(
            f"--tokenizer {folder}: no tokenizer.json in this folder (a fast tokenizer is needed)"
        )
    config: dict[str, Any] = {}
    config_file = folder / "tokenizer_config.json"
    if config_file.is_file():
        try:
            config = json.loads(config_file.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise UserError(f"{config_file}: not valid JSON ({exc})") from exc
    template = config.get("chat_template")
    if isinstance(template, list):  # several named templates: the default one is for training
        template = next((t.get("template") for t in template if t.get("name") == "default"), None)
    return LoadedTokenizer(
        str(folder),
        _read_tokenizer_json(file),
        bos=_token_text(config.get("bos_token")),
        eos=_token_text(config.get("eos_token")),
        chat_template=template,
    )


def _from_gguf(path: Path) -> LoadedTokenizer:
    """Rebuild a GGUF's byte-level BPE tokenizer (llama.cpp ``gpt2`` model) as a ``tokenizers.Tokenizer``."""
    from gguf import GGUFReader
    from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers

    try:
        fields = GGUFReader(str(path)).fields
    except (OSError, ValueError) as exc:
        raise UserError(f"--tokenizer {path}: not a readable GGUF file ({exc})") from exc

    def field(name: str) -> Any:
        return fields[name].contents() if name in fields else None

    kind, pre = field("tokenizer.ggml.model"), field("tokenizer.ggml.pre") or "default"
    if kind != "gpt2" or pre not in _GGUF_PRE:
        raise UserError(
            f"--tokenizer {path}: GGUF tokenizer '{kind}/{pre}' cannot be rebuilt here; give the model's "
            "tokenizer.json or its Hugging Face tokenizer folder instead"
        )
    tokens: list[str] = field("tokenizer.ggml.tokens")
    merges = [tuple(m.split(" ", 1)) for m in field("tokenizer.ggml.merges")]
    tokenizer = Tokenizer(models.BPE({t: i for i, t in enumerate(tokens)}, merges, fuse_unk=False))
    byte_level = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    digits = [pre_tokenizers.Digits(individual_digits=True)] if pre == "smollm" else []
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence([*digits, byte_level])
    tokenizer.decoder = decoders.ByteLevel()
    types = field("tokenizer.ggml.token_type") or []
    tokenizer.add_special_tokens(
        [
            AddedToken(t, special=True, normalized=False)
            for t, k in zip(tokens, types, strict=True)
            if k == _GGUF_CONTROL
        ]
    )

    def special(key: str) -> str | None:
        index = field(f"tokenizer.ggml.{key}_token_id")
        return tokens[index] if index is not None else None

    return LoadedTokenizer(
        str(path), tokenizer, special("bos"), special("eos"), field("tokenizer.chat_template")
    )
