"""A circuit breaker: stop calling an endpoint that has stopped answering.

Retries are right for one lost call, wrong for a dead server: with a 600 s timeout and five retries per
request, a server killed mid-run would have every remaining request fail slowly, one by one, for hours.
So attempts that never reached an answer (connection refused or reset, timeouts) are counted in a row
across all requests; any HTTP answer, even an error status, proves the server alive and resets the count.
After ``threshold`` in a row the breaker opens, and every later attempt fails at once with the reason.
"""

from __future__ import annotations


class CircuitOpenError(Exception):
    """Raised instead of a call once the breaker is open; never retried."""


class CircuitBreaker:
    """Counts consecutive unreachable attempts; ``threshold`` 0 never opens."""

    def __init__(self, threshold: int) -> None:
        if threshold < 0:
            raise ValueError("threshold must be 0 (off) or more")
        self.threshold = threshold
        self.in_a_row = 0
        self.reason: str | None = None  # why it opened; None while closed

    def check(self) -> None:
        """Raise ``CircuitOpenError`` if the breaker is open."""
        if self.reason is not None:
            raise CircuitOpenError(self.reason)

    def answered(self) -> None:
        """The server answered (any HTTP status): it is alive."""
        self.in_a_row = 0

    def unreachable(self, why: str) -> None:
        """An attempt got no answer at all; opens the breaker at ``threshold`` in a row."""
        self.in_a_row += 1
        if self.threshold and self.in_a_row >= self.threshold and self.reason is None:
            self.reason = f"stopped after {self.in_a_row} calls in a row got no answer (last: {why})"
