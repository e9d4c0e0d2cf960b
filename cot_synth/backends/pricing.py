"""Cost estimates from token counts and a user-supplied price table.

Prices change too often to ship, so the table is the user's file (YAML or JSON, ``--price-table``):

    gpt-4o-mini: {input: 0.15, output: 0.60}   # US$ per 1M prompt / completion tokens
    my-local-model: {input: 0, output: 0}

It is validated against ``PRICE_TABLE_SCHEMA`` so a typo names the file and the model, not a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from cot_synth.content import safe_load, yaml_problem
from cot_synth.errors import UserError
from cot_synth.schemas import first_error

PRICE_TABLE_SCHEMA = {
    "type": "object",
    "minProperties": 1,
    "additionalProperties": {
        "type": "object",
        "required": ["input", "output"],
        "additionalProperties": False,
        "properties": {"input": {"type": "number", "minimum": 0}, "output": {"type": "number", "minimum": 0}},
    },
}


@dataclass(frozen=True)
class Price:
    """US$ per one million tokens."""

    input: float
    output: float


def load_price_table(path: str | Path) -> dict[str, Price]:
    """Read and validate a price table; every mistake is a ``UserError`` naming the file and the entry."""
    path = Path(path)
    try:
        table = safe_load(path.read_text(encoding="utf-8"))  # YAML is a superset of JSON
    except OSError as exc:
        raise UserError(f"--price-table {path}: cannot read it ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise UserError(f"--price-table {path}: not a text file (YAML or JSON expected)") from None
    except yaml.YAMLError as exc:
        raise UserError(f"--price-table {path}: not valid YAML/JSON ({yaml_problem(exc)})") from None
    if (error := first_error(PRICE_TABLE_SCHEMA, table)) is not None:
        raise UserError(
            f"--price-table {path}: {error.where()}: {error.message} "
            "(expected `model: {input: $ per 1M tokens, output: $ per 1M tokens}`)"
        )
    return {model: Price(float(p["input"]), float(p["output"])) for model, p in table.items()}


def estimate_cost(
    table: dict[str, Price], model: str, prompt_tokens: int, completion_tokens: int
) -> float | None:
    """US$ for the given usage, or ``None`` when the table has no price for ``model``."""
    price = table.get(model)
    if price is None:
        return None
    return (prompt_tokens * price.input + completion_tokens * price.output) / 1_000_000
