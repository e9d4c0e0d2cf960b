"""How hard an item was for the generator, from its blind attempts: the self-consistency signal.

``pass_rate`` is the share of the item's blind attempts the judges accepted; ``majority`` the letter most
of its blind attempts concluded (ties: the first concluded), with its share of the attempts and whether it
is the gold letter. The attempt loop stops once ``--keep`` traces are accepted, so the rate is over the
attempts made: for a steadier figure ask for more per item (``--keep``, ``--choices-per-call``).

Bands (``export --difficulty``): ``hard`` no blind attempt passed (the model could not reach the gold
answer on its own; m1 keeps only such items), ``medium`` some did, ``easy`` every one did.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from cot_synth.records import ItemResult

BANDS = ("hard", "medium", "easy")


def band(pass_rate: float | None) -> str | None:
    if pass_rate is None:
        return None
    return "hard" if pass_rate == 0 else "easy" if pass_rate == 1 else "medium"


def difficulty(item: ItemResult) -> dict[str, Any]:
    blind = [v for a, v in zip(item.attempts, item.verdicts, strict=True) if a.mode == "blind"]
    letters = Counter(v.extracted_answer for v in blind if v.extracted_answer)
    majority, votes = letters.most_common(1)[0] if letters else (None, 0)
    rate = sum(v.accepted for v in blind) / len(blind) if blind else None
    return {
        "blind_attempts": len(blind),
        "pass_rate": None if rate is None else round(rate, 3),
        "band": band(rate),
        "majority": majority,
        "majority_share": round(votes / len(blind), 3) if blind else None,
        "majority_is_gold": None if majority is None else majority == item.mcq.answer_idx,
    }
