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
#: The learner's own tests, in a write-tests kata, run against the module as it is.
SUITE = "suite"
#: The name of the test that runs them against the hidden implementations.
HIDDEN_TESTS = "hidden_implementations"


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
    #: Set on the one outcome that ran the learner's tests against the hidden
    #: implementations of a write-tests kata: what each of those runs saw.
    hidden: tuple[ImplementationRun, ...] | None = None


@dataclass(frozen=True)
class Failure:
    """One of the learner's tests that failed (or could not be imported) on an implementation."""

    test: str
    message: str


@dataclass(frozen=True)
class ImplementationRun:
    """The learner's tests, run against one hidden implementation of the module under test."""

    #: How the learner is told of it: "correct implementation 2", "planted bug off_by_one".
    label: str
    correct: bool
    #: For a planted bug: what it gets wrong, read after "your tests pass on code that".
    does: str = ""
    #: How many tests were collected.
    tests: int = 0
    failures: tuple[Failure, ...] = ()

    @property
    def caught(self) -> bool:
        return bool(self.failures)


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


OVER_SPECIFIED = "does it test how, rather than what?"


def judge_suite(
    outcomes: Iterable[Outcome], module: str, learners_module: bool, distinguish: bool = False
) -> Verdict | None:
    """The status of a write-tests kata: the learner's tests must pass on every correct
    implementation of ``module`` and fail on every planted bug.

    ``learners_module``: the module under test is one of the learner's files (they fix
    it too), so a failure on it is news about their code, not their tests.
    ``distinguish``: no two planted bugs may fail the same set of tests (a failing
    test must say what broke); see :func:`judge_hidden`.
    """
    outcomes = list(outcomes)
    hidden = next((o.hidden for o in outcomes if o.hidden is not None), None)
    own = [o for o in outcomes if o.hidden is None]
    failed = [o for o in own if not o.passed]
    for o in failed:
        if o.timeout:
            return Verdict("timeout", o.message or "took too long (an infinite loop?)", o.test)
    for o in failed:
        if o.phase == COLLECT or (o.test == HIDDEN_TESTS and o.hidden is None):
            return Verdict("error", o.message, o.test)
    for o in failed:
        if o.phase == SUITE and o.hidden is None:
            if learners_module:
                why = (
                    f"{o.test} fails on your {module} ({o.message}): if it reproduces "
                    f"the bug, now fix {module}"
                )
            else:
                why = (
                    f"{o.test} fails on {module} as shipped, a correct implementation "
                    f"({o.message}): {OVER_SPECIFIED}"
                )
            return Verdict("unsolved", why, o.test)
    if hidden is None:
        # The hidden implementations were not run (deselected, interrupted, or -x stopped
        # at a failing example before them): a failing example of the kata still decides.
        early = judge([o for o in own if o.phase == EXAMPLES])
        return early if early is not None and early.status != "solved" else None
    verdict = judge_hidden(hidden, module, distinguish)
    if verdict.status != "solved":
        return verdict
    # The kata's own tests, of a module the learner fixes, once their tests are right.
    kata_tests = judge([o for o in own if o.phase != SUITE])
    if kata_tests is not None and kata_tests.status != "solved":
        return kata_tests
    return verdict


def judge_hidden(
    runs: tuple[ImplementationRun, ...], module: str, distinguish: bool = False
) -> Verdict:
    """The learner's tests against the hidden implementations: every correct one passes,
    every planted bug is caught (and, with ``distinguish``, by its own set of tests)."""
    if not runs or all(run.tests == 0 for run in runs):
        return Verdict(
            "unsolved",
            f"vacuous: there is no test yet; write functions named test_... that use "
            f"{module} and assert what it must do",
        )
    for run in runs:
        if run.correct and run.failures:
            first = run.failures[0]
            return Verdict(
                "unsolved",
                f"{first.test} fails on a correct implementation ({run.label}: "
                f"{first.message}): {OVER_SPECIFIED}",
                first.test,
            )
    bugs = [run for run in runs if not run.correct]
    survivors = [run for run in bugs if not run.caught]
    if not survivors:
        if distinguish:
            same = _indistinct(bugs)
            if same is not None:
                a, b = same
                return Verdict(
                    "unsolved",
                    f"the same tests fail on code that {a.does} and on code that {b.does}: "
                    "a failure does not say which promise broke; give each promise its own test",
                )
        return Verdict("solved")
    if len(survivors) == len(bugs):
        return Verdict(
            "unsolved",
            f"vacuous: your tests pass on all {len(bugs)} planted bugs (do they assert "
            f"anything?); for one, they pass on code that {survivors[0].does}",
        )
    return Verdict(
        "unsolved",
        f"your tests pass on code that {survivors[0].does} "
        f"(caught {len(bugs) - len(survivors)} of {len(bugs)} planted bugs)",
    )


def failing_tests(run: ImplementationRun) -> frozenset[str]:
    return frozenset(failure.test for failure in run.failures)


def _indistinct(
    bugs: list[ImplementationRun],
) -> tuple[ImplementationRun, ImplementationRun] | None:
    """Two planted bugs on which exactly the same tests fail, if any."""
    seen: dict[frozenset[str], ImplementationRun] = {}
    for run in bugs:
        key = failing_tests(run)
        if key in seen:
            return seen[key], run
        seen[key] = run
    return None
