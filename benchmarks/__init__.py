"""Benchmarks: each ``bench_*.py`` module has ``run() -> dict``; results are JSON under bench_results/."""
