"""The commands: each one's parser (from the options in ``options``) and its handler, which builds a config,
runs the engine and prints one summary line."""

from __future__ import annotations

import argparse
import signal
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from cot_synth.cli.exits import exit_code, interrupt_now
from cot_synth.cli.options import (
    DEFAULTS,
    HelpFormatter,
    add_cleaning_options,
    add_content_options,
    add_endpoint_options,
    add_input_options,
    add_model_judge_options,
    cleaning,
    model_options,
    path_arg,
)
from cot_synth.config import DIFFICULTIES, OVERFLOW, RUNNERS, TARGETS, ExportConfig, PrepareConfig
from cot_synth.errors import EXIT_CHECK_FAILED, EXIT_OK, UserError
from cot_synth.runfolder import default_out, ready_output_file, refuse_overwrite
from cot_synth.shard import Shard


def _add_generate(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "generate",
        help="write verified chain-of-thought samples for MCQs",
        description="Generate clinical reasoning traces for MCQs, keep those the judges verify, and write "
        "accepted.jsonl, rejected.jsonl, quarantine.jsonl, manifest.json and report.md into --out. "
        "Every model call is cached in --out/cache: rerun the same command to resume for free; on a finished "
        "job it keeps the outputs if nothing they follow from changed (delete manifest.json to rebuild). "
        "Exit code 0: every item judged; 2: a mistake to fix (one error line); 3: some model calls failed "
        "(outputs written, a rerun retries only those); 4: the endpoint refused the probe, nothing spent.",
        formatter_class=HelpFormatter,
    )
    add_input_options(p)
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
    add_endpoint_options(gen, "the generator")
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
        "--chunk-size",
        type=int,
        default=DEFAULTS.chunk_size,
        help="vllm: requests per batch; each finished batch is committed to the cache",
    )
    gen.add_argument(
        "--price-table",
        default=None,
        help="YAML/JSON file `model: {input: $, output: $}` (US$ per 1M tokens) for a cost estimate",
    )
    add_model_judge_options(
        p.add_argument_group("model judges (optional; the generator model reviews rule-accepted traces)")
    )
    add_cleaning_options(p)
    add_content_options(p, "prompts", "judges")
    p.add_argument("--no-progress", action="store_true", help="no progress bar (for logs)")
    p.set_defaults(handler=_cmd_generate)


def _cmd_generate(args: argparse.Namespace, console: Console) -> int:
    from cot_synth.cli.progress import progress_view
    from cot_synth.pipeline import run_generate

    out = default_out(args.input)
    if args.shard:
        out = out.with_name(out.name + "-shard" + str(Shard.parse(args.shard)).replace("/", "of"))
    config = model_options(args, out=args.out or out, cleaning=cleaning(args))
    signal.signal(signal.SIGINT, interrupt_now)
    with progress_view(console, enabled=not args.no_progress) as view:
        summary = run_generate(config, on_start=view.start, on_event=view.update)
    print(summary.line())
    return exit_code(console, summary)


def _add_merge(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "merge",
        help="join the run folders of a sharded job into one",
        description="Join shard run folders (from `generate --shard i/N`) into one run folder and report. "
        "Refuses shards whose configs differ or that do not cover the job exactly once.",
    )
    p.add_argument("runs", nargs="+", type=Path, metavar="RUN_DIR", help="shard run folders")
    p.add_argument("--out", type=path_arg, required=True, help="merged run folder")
    p.set_defaults(handler=_cmd_merge)


def _cmd_merge(args: argparse.Namespace, console: Console) -> int:
    from cot_synth.merge import merge_runs

    refuse_overwrite(args.out, args.runs)
    manifest = merge_runs(args.runs, args.out)
    counts = manifest["counts"]
    print(
        f"merged {len(args.runs)} shards · read {counts['read']} · quarantined {counts['quarantined']} · "
        f"accepted {counts['accepted']} · rejected {counts['rejected']} · out {args.out}"
    )
    return EXIT_OK


def _add_prepare(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "prepare",
        help="clean, deduplicate and balance an MCQ source",
        description="Read any MCQ source, validate every row, remove flawed and duplicate items, optionally "
        "balance the gold letters, and write prepared.jsonl, quarantine.jsonl, removed.jsonl and "
        "prepare_report.json into --out. read = kept + quarantined + removed, always.",
        formatter_class=HelpFormatter,
    )
    add_input_options(p)
    p.add_argument("--seed", type=int, default=DEFAULTS.seed, help="seed of the --balance shuffle")
    add_cleaning_options(p)
    p.set_defaults(handler=_cmd_prepare)


def _cmd_prepare(args: argparse.Namespace, console: Console) -> int:
    from cot_synth.clean.prepare import run_prepare, summary_line, summary_text

    out = args.out or default_out(args.input)
    config = PrepareConfig(args.input, args.split, args.limit, out, args.seed, cleaning(args))
    prepared = run_prepare(config)
    console.print(summary_text(prepared.report), highlight=False, soft_wrap=True)
    print(summary_line(prepared.report, out))
    return EXIT_OK


JUDGE_DESCRIPTION = (
    "Run the judge chain on a JSONL file of traces. Each row holds the MCQ fields (question, options, "
    "answer_idx, optional id; or one 'mcq' object), a 'trace', and optional 'mode' (blind|hinted) and "
    "'finish_reason'. Writes one row per input row, in order, with id, accepted, extracted_answer and "
    "reasons (codes in judges/README.md). Rule judges need no model; --llm-judge and --sufficiency add "
    "model reviews of the traces the rules accept, cached next to --out."
)

MODEL_JUDGES = ("llm_judge", "sufficiency")  # the options that ask for a model judge


def _add_judge(sub: argparse._SubParsersAction) -> None:
    help_ = "judge traces made anywhere: one verdict row per input row"
    p = sub.add_parser("judge", help=help_, description=JUDGE_DESCRIPTION, formatter_class=HelpFormatter)
    p.add_argument("--input", type=path_arg, required=True, help="JSONL file of traces")
    p.add_argument("--out", type=path_arg, required=True, help="JSONL file to write the verdicts to")
    model = p.add_argument_group("model judges (optional)")
    add_model_judge_options(model)
    add_endpoint_options(model, "the judge model")
    model.add_argument(
        "--cache", type=Path, default=None, help="response cache folder (default: <out>.cache)"
    )
    add_content_options(p, "judges")
    # what only a model judge reads: given without one, it is a mistake to say, not to ignore
    unused = [
        (a.dest, a.option_strings[0], a.default) for a in model._group_actions if a.dest not in MODEL_JUDGES
    ]
    p.set_defaults(handler=_cmd_judge, model_judge_only=unused)


def _cmd_judge(args: argparse.Namespace, console: Console) -> int:
    from cot_synth.content import ContentDir
    from cot_synth.judging.traces import judge_traces

    refuse_overwrite(args.out, [args.input])
    model_config = None
    if not (args.llm_judge or args.sufficiency):
        given = [flag for dest, flag, default in args.model_judge_only if getattr(args, dest) != default]
        if given:
            these, them = ("these", "them") if len(given) > 1 else ("this", "it")
            raise UserError(
                f"{', '.join(given)}: only a model judge uses {these}; add --llm-judge or --sufficiency, or "
                f"leave {them} out"
            )
    else:  # --input and --out name the traces and verdicts here
        model_config = model_options(args, exclude=("input", "out"))
    judges = ContentDir.resolve("judges", args.judges)
    summary = judge_traces(
        args.input, args.out, judges, model_config, args.llm_judge, args.sufficiency, args.cache
    )
    print(summary.line())
    return exit_code(console, summary)


def _add_export(sub: argparse._SubParsersAction) -> None:
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
    p.add_argument("--out", type=path_arg, required=True, help="export folder")
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
    p.add_argument(
        "--difficulty",
        choices=DIFFICULTIES,
        default=d.difficulty,
        help="only samples of items in this band of the generator's blind pass rate: hard (no blind attempt "
        "passed), medium (some did), easy (all did); the card records it",
    )
    add_content_options(p, "prompts", "publish")
    p.set_defaults(handler=_cmd_export)


def _cmd_export(args: argparse.Namespace, console: Console) -> int:
    from cot_synth.export.audit import run_audit, summary
    from cot_synth.export.formats import run_export

    config = ExportConfig(
        run=args.run, out=args.out, format=args.format, layout=args.layout,
        to=tuple(t.strip() for t in args.to.split(",") if t.strip()), val_fraction=args.val_fraction,
        seed=args.seed, tokenizer=args.tokenizer, max_seq_len=args.max_seq_len, on_overflow=args.on_overflow,
        push_to_hub=args.push_to_hub, hub_token_env=args.hub_token_env, private=not args.public,
        prompts=args.prompts, publish=args.publish, license=args.license, citation=args.citation,
        difficulty=args.difficulty,
    )  # fmt: skip
    refuse_overwrite(config.out, [config.run])
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
    print(summary(run_audit(config.out, config.tokenizer)))
    return EXIT_OK


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
    return EXIT_OK


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
    p.add_argument("--json", type=Path, default=None, help="also write the checks to this JSON file")
    add_content_options(p, "judges")
    p.set_defaults(handler=_cmd_audit)


def _cmd_audit(args: argparse.Namespace, console: Console) -> int:
    from rich.table import Table

    from cot_synth.export.audit import run_audit, summary
    from cot_synth.runfolder import write_json

    if args.json:
        ready_output_file(args.json, "--json")
    if args.json and args.export.is_dir():  # every file of the export is read
        refuse_overwrite(args.json, (f for f in args.export.rglob("*") if f.is_file()), "--json")
    checks = run_audit(args.export, args.tokenizer, args.judges)
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
    return EXIT_OK if all(c.passed for c in checks) else EXIT_CHECK_FAILED


COMMANDS = (_add_generate, _add_merge, _add_prepare, _add_judge, _add_export, _add_report, _add_audit)
