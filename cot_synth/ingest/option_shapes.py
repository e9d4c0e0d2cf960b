"""Options in the shapes other than a mapping or a list of texts that sources give them in.

A CSV cell holds a list only as JSON text (``["Aspirin", "Heparin", …]``), and some exports write each option
as a labelled object (``{"key": "A", "value": …}``, ``{"label": …, "text": …}``): both are read as the plain
shapes the layouts know.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def decoded(value: Any) -> Any:
    """Options written as JSON text (the one way a CSV cell holds a list): the list or object; else as is."""
    if isinstance(value, str) and value.strip()[:1] in ("[", "{"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


_LABEL_KEYS = ("key", "label", "letter", "id", "option_id", "choice_id")
_TEXT_KEYS = ("value", "text", "option", "content", "choice", "option_text")


def labelled_pairs(values: list[Any] | tuple[Any, ...]) -> dict[str, Any] | None:
    """Options given as a list of labelled objects ({"key": "A", "value": …}, {"label": …, "text": …}) as a
    mapping of label to text; None for any other list."""
    pairs = {}
    for item in values:
        if not isinstance(item, Mapping) or len(item) != 2:
            return None
        label = next((item[k] for k in _LABEL_KEYS if k in item), None)
        text = next((item[k] for k in _TEXT_KEYS if k in item), None)
        if not isinstance(label, str) or label in pairs:
            return None
        pairs[label] = text
    return pairs or None
