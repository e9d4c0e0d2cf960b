"""Lists the rule judge's wrong decisions on the dev split, and counts (only) what changed on held-out.

    python tests/data/judge/dev_errors.py                 # dev errors: id, category, expected, got, reasons
    python tests/data/judge/dev_errors.py --show ID ...   # a dev row's trace and options, to study it
    python tests/data/judge/dev_errors.py --save FILE     # also store every verdict, to compare with later
    python tests/data/judge/dev_errors.py --against FILE  # dev rows that changed; held-out changes as counts

Held-out rows are judged, never shown: for them only counts per category leave this script, the rule the
split's README sets (the judge's author never reads a held-out trace).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from benchmarks.bench_judge import category, judge_rows, load_labelled
from cot_synth.content import ContentDir
from cot_synth.judging.rules import RuleJudge


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", nargs="*", default=None, help="dev row ids to print in full")
    parser.add_argument("--save", type=Path, help="where to store every verdict (accepted, reasons)")
    parser.add_argument("--against", type=Path, help="verdicts stored earlier with --save")
    parser.add_argument("--dev-only", action="store_true", help="skip the held-out split")
    args = parser.parse_args()
    judge = RuleJudge.from_content(ContentDir.resolve("judges", None))
    dev = load_labelled("dev")
    if args.show is not None:
        wanted = set(args.show)
        for row in (r for r in dev if r["id"] in wanted):
            (verdict,) = judge_rows(judge, [row])
            print(f"=== {row['id']} {category(row)} gold {row['answer_idx']} expected {row['expected_accept']}")
            print("Q:", row["question"])
            for letter, text in row["options"].items():
                print(f"  {letter}: {text}")
            print(row["trace"])
            print("--> got", verdict.accepted, verdict.reasons, verdict.extracted_answer)
        return
    verdicts = {r["id"]: (v.accepted, list(v.reasons)) for r, v in zip(dev, judge_rows(judge, dev), strict=True)}
    for row in dev:
        accepted, reasons = verdicts[row["id"]]
        if accepted != row["expected_accept"]:
            kind = "FA" if accepted else "FR"
            print(f"{kind} {row['id']:<28} {category(row):<22} gold {row['answer_idx']} got {reasons}")
    errors = Counter(
        ("FA" if verdicts[r["id"]][0] else "FR", category(r))
        for r in dev
        if verdicts[r["id"]][0] != r["expected_accept"]
    )
    print("dev:", len(dev), "rows;", dict(sorted(errors.items())))
    held: dict[str, tuple[bool, list[str]]] = {}
    if not args.dev_only:
        rows = load_labelled("heldout")
        held = {r["id"]: (v.accepted, list(v.reasons)) for r, v in zip(rows, judge_rows(judge, rows), strict=True)}
        fa = Counter(category(r) for r in rows if held[r["id"]][0] and not r["expected_accept"])
        fr = Counter(category(r) for r in rows if r["expected_accept"] and not held[r["id"]][0])
        right = sum(held[r["id"]][0] == r["expected_accept"] for r in rows)
        print(f"heldout: {right / len(rows):.4%} of {len(rows)}; FA {sum(fa.values())} {dict(fa)}")
        print(f"         FR {sum(fr.values())} {dict(fr)}")
    if args.against:
        before = json.loads(args.against.read_text(encoding="utf-8"))
        for row in dev:
            old, new = before["dev"].get(row["id"]), verdicts[row["id"]]
            if old and old[0] != new[0]:
                print(f"dev changed {row['id']} {category(row)} expected {row['expected_accept']}: {old} -> {new}")
        if held:
            changed = Counter(
                (category(r), "now right" if held[r["id"]][0] == r["expected_accept"] else "now wrong")
                for r in rows
                if r["id"] in before.get("heldout", {}) and before["heldout"][r["id"]][0] != held[r["id"]][0]
            )
            print("heldout changed (counts only):", dict(changed))
    if args.save:
        args.save.write_text(json.dumps({"dev": verdicts, "heldout": held}), encoding="utf-8")


if __name__ == "__main__":
    main()
