"""Deterministic sharding by MCQ id, for SLURM array jobs and k8s indexed jobs.

A shard owns the items whose id hashes to its index, and the quarantined rows whose row number does, so
the shards of one job partition it exactly and ``merge`` can add their counts.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

from cot_synth.errors import UserError


@dataclass(frozen=True)
class Shard:
    index: int
    count: int

    @classmethod
    def parse(cls, spec: str, env: Mapping[str, str] = os.environ) -> Shard:
        """``i/N``, or ``slurm/N``: i = ``$SLURM_ARRAY_TASK_ID`` - ``$SLURM_ARRAY_TASK_MIN``."""
        match = re.fullmatch(r"\s*(\d+|slurm)\s*/\s*(\d+)\s*", spec)
        if not match:
            raise UserError(f"--shard {spec}: expected i/N (e.g. 0/4) or slurm/N")
        count = int(match.group(2))
        if match.group(1) == "slurm":
            if "SLURM_ARRAY_TASK_ID" not in env:
                raise UserError("--shard slurm/N: $SLURM_ARRAY_TASK_ID is not set (not a SLURM array job?)")
            index = _env_number(env, "SLURM_ARRAY_TASK_ID") - _env_number(env, "SLURM_ARRAY_TASK_MIN", "0")
        else:
            index = int(match.group(1))
        if count < 1 or not 0 <= index < count:
            raise UserError(f"--shard {spec}: need 0 <= i < N (got i={index}, N={count})")
        return cls(index, count)

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"

    def owns_id(self, mcq_id: str) -> bool:
        return int(mcq_id[:12], 16) % self.count == self.index

    def owns_row(self, row: int) -> bool:
        return row % self.count == self.index


def _env_number(env: Mapping[str, str], name: str, default: str | None = None) -> int:
    """A whole number SLURM sets in the environment; anything else is one line naming the variable."""
    value = env.get(name, default) or ""
    if not value.strip().isdigit():
        raise UserError(f"--shard slurm/N: ${name} is {value!r}, not a whole number")
    return int(value)
