"""The kata kind of today's catalog: examples first, then properties.

A kata's example tests show what its code must do, on a few inputs; its property
tests (Hypothesis) check the same against the reference on many. Every kind in
``kata.toml`` but write-tests (fix, predict, refactor, debug) runs this way.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..core.catalog import Kata
from ..core.judge import EXAMPLES, PROPERTIES, Outcome, Verdict, judge


class ExamplesThenProperties:
    """Examples run first; the properties wait while an example fails;
    :func:`~pytest_senior_katas.core.judge.judge` decides."""

    def phase(self, kata: Kata, path: Path) -> str:
        return PROPERTIES if path.name in kata.properties else EXAMPLES

    def skip_reason(self, kata: Kata, path: Path, outcomes: Sequence[Outcome]) -> str | None:
        # While an example of the kata fails, property failures would only repeat the
        # news (examples run first, in order).
        if path.name not in kata.properties:
            return None
        if any(o.phase == EXAMPLES and not o.passed for o in outcomes):
            return "an example of this kata fails: fix the examples first"
        return None

    def judge(self, kata: Kata, outcomes: Sequence[Outcome]) -> Verdict | None:
        return judge(outcomes)
