"""Run every benchmark (or those named on the command line) and write one JSON result file each.

Usage: ``python -m benchmarks [NAME ...]`` (``make bench``). Figures are ratios measured within one run,
because these machines are shared and absolute timings are noisy.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path

import benchmarks

RESULTS = Path("bench_results")


def available() -> list[str]:
    """Every benchmark's name: the modules named ``bench_<name>`` in this package."""
    modules = pkgutil.iter_modules(benchmarks.__path__)
    return sorted(m.name.removeprefix("bench_") for m in modules if m.name.startswith("bench_"))


def main(argv: list[str]) -> int:
    names = available()
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description=f"{__doc__.split(chr(10))[0]} Results go to {RESULTS}/NAME.json.",
        epilog="benchmarks: " + ", ".join(names),
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run (default: all of them)")
    chosen = parser.parse_args(argv).names or names
    unknown = [name for name in chosen if name not in names]
    if unknown:
        parser.error(f"no benchmark named {', '.join(unknown)}; choose from {', '.join(names)}")
    RESULTS.mkdir(exist_ok=True)
    for name in chosen:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        started = time.perf_counter()
        result = module.run()
        result["bench_wall_s"] = round(time.perf_counter() - started, 2)
        path = RESULTS / f"{name}.json"
        path.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
        print(f"{name}: {json.dumps(result, sort_keys=True)} -> {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
