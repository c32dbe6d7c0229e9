"""The judge: from the outcomes of a kata's tests to the kata's status.

Pure core: no pytest import. The pytest glue turns reports into
:class:`Outcome` values; :func:`judge` decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

EXAMPLES = "examples"
PROPERTIES = "properties"
COLLECT = "collect"


@dataclass(frozen=True)
class Counterexample:
    """The smallest failing input of a property, with expected and actual values (reprs)."""

    inputs: dict[str, str]
    expected: str
    actual: str


@dataclass(frozen=True)
class Outcome:
    """One test (or one collection) of a kata, as it happened."""

    phase: str
    passed: bool
    test: str = ""
    message: str = ""
    timeout: bool = False
    #: The failure happened while setting the test up, not in the test itself.
    setup_error: bool = False
    counterexample: Counterexample | None = None


@dataclass(frozen=True)
class Verdict:
    status: str
    #: One line saying why, for anything but ``solved``.
    reason: str = ""
    test: str = ""
    counterexample: Counterexample | None = field(default=None)


def judge(outcomes: Iterable[Outcome]) -> Verdict | None:
    """The status of a kata from its outcomes; None when nothing of it ran."""
    outcomes = list(outcomes)
    if not outcomes:
        return None
    failed = [o for o in outcomes if not o.passed]
    for o in failed:
        if o.timeout:
            return Verdict("timeout", o.message or "took too long (an infinite loop?)", o.test)
    for o in failed:
        if o.phase == COLLECT or o.setup_error:
            return Verdict("error", o.message, o.test)
    for o in failed:
        if o.phase == EXAMPLES:
            return Verdict("unsolved", o.message, o.test)
    for o in failed:
        if o.phase == PROPERTIES:
            return Verdict("fitted", o.message, o.test, o.counterexample)
    if not any(o.phase == EXAMPLES for o in outcomes):
        return None
    return Verdict("solved")
