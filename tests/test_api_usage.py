"""The manifest's HTTP counters when one run had several clients (Ray actors, merged shards)."""

from __future__ import annotations

import pytest

from cot_synth.backends.pricing import Price
from cot_synth.backends.usage import calls_line, combine, cost_line, since, with_cost

ONE = {
    "concurrency": 8, "concurrency_limit": 8, "lowest_concurrency_limit": 4, "succeeded": 10, "failed": 1,
    "retries": 3, "rate_limited": 2, "prompt_tokens": 1000, "completion_tokens": 400,
}  # fmt: skip
PRICES = {"m": Price(input=1.5, output=4.0)}


def test_counts_add_up_and_the_concurrency_keeps_its_extremes():
    other = {**ONE, "concurrency": 4, "concurrency_limit": 2, "lowest_concurrency_limit": 1, "succeeded": 5}
    both = combine([ONE, None, other])
    assert both["succeeded"] == 15 and both["prompt_tokens"] == 2000 and both["rate_limited"] == 4
    assert (both["concurrency"], both["concurrency_limit"], both["lowest_concurrency_limit"]) == (8, 8, 1)
    assert combine([None, None]) is None


def test_a_batch_is_the_difference_of_two_readings():
    later = {**ONE, "succeeded": 14, "prompt_tokens": 1600, "lowest_concurrency_limit": 2}
    batch = since(ONE, later)
    assert batch["succeeded"] == 4 and batch["prompt_tokens"] == 600 and batch["retries"] == 0
    assert batch["lowest_concurrency_limit"] == 2
    assert since(None, ONE) == ONE and since(ONE, None) is None  # started during the batch / never


def test_costs_of_parts_add_up_to_the_cost_of_the_whole():
    halves = [with_cost(ONE, PRICES, "m"), with_cost(ONE, PRICES, "m")]
    whole = with_cost(combine([ONE, ONE]), PRICES, "m")
    assert combine(halves)["cost_usd"] == pytest.approx(whole["cost_usd"]) == pytest.approx(2 * 0.0031)
    assert combine([with_cost(ONE, PRICES, "unpriced"), halves[0]])["cost_usd"] is None
    assert "cost_usd" not in combine([ONE, ONE]) and with_cost(None, PRICES, "m") is None


TABLE = {"price_table": "p.yaml"}


@pytest.mark.parametrize(
    ("backend", "api", "config", "expected"),
    [
        ("embedded", ONE, {}, "local model: free"),
        ("openai", ONE, {}, "1000 prompt + 400 completion tokens paid this run; no price table given"),
        ("openai", {**ONE, "cost_usd": None}, TABLE, "p.yaml has no price for model x"),
        ("openai", {**ONE, "cost_usd": 0.0031}, TABLE, "≈ $0.0031: 1000 prompt"),
    ],
)
def test_the_cost_line_says_why_there_is_no_figure(backend, api, config, expected):
    assert expected in cost_line({"backend": backend, "model": "x", "api": api, "config": config})


def test_the_calls_line_names_retries_and_429s():
    assert calls_line(ONE) == (
        "10 answered, 1 failed after retries, 3 retries, 2 HTTP 429; "
        "concurrency 8, its limit fell to 4 at lowest"
    )
    assert calls_line(None) == "no HTTP calls"
