"""Run configuration: one flat, frozen, validated record of every choice that shapes a run."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cot_synth.difficulty import BANDS
from cot_synth.errors import UserError
from cot_synth.runfolder import default_out

DEFAULT_SPLIT = "train"  # what --split reads when not given (a single file is read whatever it is)

BACKENDS = ("embedded", "openai", "vllm")
RUNNERS = ("local", "ray")
MAP_FIELDS = ("question", "options", "answer", "answer_idx", "id")


@dataclass(frozen=True)
class CleanOptions:
    """How ``prepare`` (and ``generate``, which runs it first) cleans a source: see cot_synth/prepare.py."""

    column_map: tuple[tuple[str, str], ...] = ()  # (field, column) pairs from --map; empty = detect
    cop_base: int | None = None  # integer answers count from 0 or 1; None = decide from the data
    balance: bool = False
    max_words: int = 600  # the seed's limit on question words
    max_question_tokens: int | None = None
    tokenizer: str | None = None  # a local tokenizer.json, for the token limit and token statistics
    near_dup_threshold: float = 0.9
    keep_image_refs: bool = False
    decontaminate: tuple[str, ...] = ()  # benchmark sources whose items (and paraphrases) are taken out

    def __post_init__(self) -> None:
        if self.cop_base not in (None, 0, 1):
            raise UserError("--cop-base must be 0 or 1")
        if self.max_words < 1:
            raise UserError("--max-words must be at least 1")
        if not 0.0 < self.near_dup_threshold <= 1.0:
            raise UserError("--near-dup-threshold must be above 0 and at most 1")
        if self.max_question_tokens is not None and (self.max_question_tokens < 1 or not self.tokenizer):
            raise UserError(
                "--max-question-tokens needs a positive number and --tokenizer PATH/tokenizer.json"
            )
        fields = [f for f, _ in self.column_map]
        unknown = sorted(set(fields) - set(MAP_FIELDS))
        if unknown:
            raise UserError(f"--map {unknown[0]}=…: unknown field; map one of {', '.join(MAP_FIELDS)}")
        if len(set(fields)) != len(fields):
            raise UserError("--map names a field twice")


@dataclass(frozen=True)
class PrepareConfig:
    """Everything ``prepare`` needs: where to read, where to write, and how to clean."""

    input: str | None = None  # None = the bundled MedQA sample
    split: str = DEFAULT_SPLIT
    limit: int | None = None
    out: Path = default_out(None)
    seed: int = 0
    cleaning: CleanOptions = CleanOptions()

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit < 1:
            raise UserError("--limit must be at least 1")


@dataclass(frozen=True)
class GenerateConfig:
    """Everything ``generate`` needs. Secrets never live here: only the *name* of the key's variable."""

    input: str | None = None  # None = the bundled MedQA sample
    split: str = DEFAULT_SPLIT
    limit: int | None = None
    shard: str | None = None  # "i/N", normalised by Shard.parse
    out: Path = default_out(None)
    backend: str = "embedded"
    model: str | None = None
    base_url: str | None = None
    api_key_env: str = "OPENAI_API_KEY"
    seed: int = 0
    blind_attempts: int = 2
    hinted_attempts: int = 1
    keep: int = 1
    choices_per_call: int = 1  # attempts asked of one call (the API's n): the prompt is paid once
    llm_judge: bool = False  # the generator model also reviews rule-accepted traces (judges/)
    sufficiency: bool = False  # ... and must reach the gold letter from the reasoning alone
    max_tokens: int = 512
    temperature: float = 0.7
    top_p: float = 0.95
    concurrency: int = 4
    tensor_parallel_size: int = 1  # vllm: GPUs per model replica
    enforce_eager: bool = False  # vllm: no CUDA graphs / torch.compile (starts faster, runs slower)
    max_model_len: int | None = None  # vllm: context length (None: the model's)
    gpu_memory_utilization: float | None = None  # vllm: share of GPU memory for weights and KV cache
    dtype: str = "auto"  # vllm: weights' dtype
    reproducible: bool = False  # vllm: same seeds, same text in every run (scheduler in-process)
    chunk_size: int = 512  # vllm: requests per batch committed to the cache together
    request_timeout_s: float = 600.0  # total per call
    connect_timeout_s: float = 10.0  # to open a connection: a server that is not up fails fast
    max_retries: int = 5
    circuit_breaker: int = 10  # calls in a row with no answer (refused, timed out) that stop the run; 0 never
    hedge_quantile: float = 0.99  # openai: a call slower than this latency quantile is sent again; 0 never
    price_table: str | None = None  # YAML/JSON: model -> US$ per 1M input/output tokens
    runner: str = "local"  # "ray": generation in a Ray Data actor pool (pip install 'cot_synth[ray]')
    ray_address: str | None = None  # None: join $RAY_ADDRESS or start a local Ray instance
    ray_actors: int = 2  # generation actors (vllm: one per GPU)
    ray_batch_size: int = 16  # MCQs per actor call; a killed actor re-runs at most this many (from cache)
    prompts: str | None = None
    judges: str | None = None
    cleaning: CleanOptions = CleanOptions()

    def __post_init__(self) -> None:
        if self.runner not in RUNNERS:
            raise UserError(f"--runner {self.runner}: choose one of {', '.join(RUNNERS)}")
        if self.backend not in BACKENDS:
            raise UserError(f"--backend {self.backend}: choose one of {', '.join(BACKENDS)}")
        if self.backend == "openai" and not self.model:
            raise UserError("--backend openai needs --model (the served model name)")
        if self.max_model_len is not None and self.max_model_len < 1:
            raise UserError("--max-model-len must be at least 1")
        if self.gpu_memory_utilization is not None and not 0.0 < self.gpu_memory_utilization <= 1.0:
            raise UserError("--gpu-memory-utilization must be above 0 and at most 1")
        if self.hinted_attempts < 0:
            raise UserError("--hinted-attempts must be 0 or more")
        for name in (
            "blind_attempts",
            "keep",
            "choices_per_call",
            "max_tokens",
            "concurrency",
            "tensor_parallel_size",
            "chunk_size",
            "ray_actors",
            "ray_batch_size",
        ):
            if getattr(self, name) < 1:
                raise UserError(f"--{name.replace('_', '-')} must be at least 1")
        if self.max_retries < 0:
            raise UserError("--max-retries must be at least 0")
        if self.circuit_breaker < 0:
            raise UserError("--circuit-breaker must be 0 (never stop) or more")
        if not 0.0 <= self.hedge_quantile < 1.0:
            raise UserError(f"--hedge-after must be 0 (never) or below 1, got {self.hedge_quantile}")
        for name in ("request_timeout_s", "connect_timeout_s"):
            if not getattr(self, name) > 0:  # also refuses NaN
                option = name.removesuffix("_s").replace("_", "-")
                raise UserError(f"--{option} must be more than 0 seconds, got {getattr(self, name)}")
        if not 0.0 < self.top_p <= 1.0:
            raise UserError(f"--top-p must be above 0 and at most 1, got {self.top_p}")
        self.prepare_config()  # checks --limit (the cleaning options check themselves)
        if self.shard is not None:
            from cot_synth.shard import Shard

            object.__setattr__(self, "shard", str(Shard.parse(self.shard)))  # "slurm/N" becomes "i/N"
        if not 0.0 <= self.temperature <= 2.0:
            raise UserError("--temperature must be between 0 and 2")

    def prepare_config(self) -> PrepareConfig:
        """The cleaning stage ``generate`` runs first, with the same input, seed and options."""
        return PrepareConfig(self.input, self.split, self.limit, self.out, self.seed, self.cleaning)

    def sampling(self) -> dict[str, Any]:
        """Sampling parameters sent with every generator call (the seed is added per attempt)."""
        return {"max_tokens": self.max_tokens, "temperature": self.temperature, "top_p": self.top_p}

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["out"] = str(self.out)
        return data


TARGETS = ("jsonl", "parquet", "disk")  # what ``export --to`` writes
OVERFLOW = ("drop", "flag")  # what ``export`` does with a sample longer than --max-seq-len
DIFFICULTIES = ("all", *BANDS)


@dataclass(frozen=True)
class ExportConfig:
    run: Path
    out: Path
    format: str = "llama2"
    layout: str = "seed"
    to: tuple[str, ...] = TARGETS
    val_fraction: float = 0.05
    seed: int = 0
    tokenizer: str | None = None  # None: the embedded model's GGUF
    max_seq_len: int = 4096  # Llama-2's context
    on_overflow: str = "drop"
    push_to_hub: str | None = None
    hub_token_env: str = "HF_TOKEN"
    private: bool = True
    prompts: str | None = None
    publish: str | None = None  # the card and SFT config templates (default: the bundled publish/)
    license: str | None = None  # override of publish/sources.yaml
    citation: str | None = None
    difficulty: str = "all"  # a band of cot_synth/difficulty.py: only the samples of items that hard

    def __post_init__(self) -> None:
        unknown = sorted(set(self.to) - set(TARGETS))
        if unknown or not self.to:
            raise UserError(f"--to {','.join(self.to)}: choose from {', '.join(TARGETS)}")
        if self.on_overflow not in OVERFLOW:
            raise UserError(f"--on-overflow {self.on_overflow}: choose drop or flag")
        if not 0.0 <= self.val_fraction < 1.0:
            raise UserError("--val-fraction must be at least 0 and below 1")
        if self.max_seq_len < 1:
            raise UserError("--max-seq-len must be at least 1")
        if self.difficulty not in DIFFICULTIES:
            raise UserError(f"--difficulty {self.difficulty}: choose from {', '.join(DIFFICULTIES)}")
