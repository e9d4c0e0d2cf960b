"""Data checked against the project's JSON schemas: fastjsonschema decides, jsonschema explains.

fastjsonschema compiles a schema to Python once (about fifty times faster than interpreting it, which
matters at 10k rows); jsonschema names the field of what fails, and is imported only then: importing it
costs every command ~60 ms, for documents (demonstrations, price tables) that are almost always valid.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import fastjsonschema

_DRAFT = "http://json-schema.org/draft-07/schema#"
# id(schema) → (the schema, kept alive so its id is not reused; its compiled check)
_COMPILED: dict[int, tuple[dict[str, Any], Callable[[Any], Any]]] = {}


@dataclass(frozen=True)
class SchemaError:
    """Why data breaks a schema: the path to the field (empty for the top level) and the message."""

    path: tuple[str | int, ...]
    message: str

    def where(self, separator: str = "/", top: str = "top level") -> str:
        """The path to the field, written for an error line ("options/E"), or ``top`` for the top level."""
        return separator.join(str(p) for p in self.path) or top


def first_error(schema: dict[str, Any], data: Any) -> SchemaError | None:
    """The error that best explains why ``data`` breaks ``schema`` (a module constant), or None."""
    if (compiled := _COMPILED.get(id(schema))) is None:
        check = fastjsonschema.compile({"$schema": _DRAFT, **schema}, use_default=False)
        compiled = _COMPILED[id(schema)] = (schema, check)
    try:
        compiled[1](data)
        return None
    except fastjsonschema.JsonSchemaValueException as exc:
        import jsonschema

        error = jsonschema.exceptions.best_match(jsonschema.Draft7Validator(schema).iter_errors(data))
        if error is None:  # the two validators disagree: fastjsonschema's own words
            return SchemaError((), exc.message)
        return SchemaError(tuple(error.absolute_path), error.message)
