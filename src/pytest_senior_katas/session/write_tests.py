"""The write-tests kind: the learner writes the tests, and the tests are judged.

The learner's test files run twice over. First as ordinary tests, against the
module under test as it is in the kata (so pytest shows their failures the usual
way). Then one more item, ``hidden_implementations``, added at the end of the
learner's last test file, runs them again against each hidden implementation of
that module (:mod:`~pytest_senior_katas.running.suite`): the other correct ones,
on which every test must pass, and the planted bugs, each of which some test must
catch. :func:`~pytest_senior_katas.core.judge.judge_suite` decides.

The kata may have tests of its own too (examples, properties) for a module the
learner also fixes; those run and weigh as in a fix kata.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from ..core.catalog import BUGS_DIR, CORRECT_DIR, Kata
from ..core.judge import (
    EXAMPLES,
    HIDDEN_TESTS,
    OVER_SPECIFIED,
    PROPERTIES,
    SUITE,
    Failure,
    ImplementationRun,
    Outcome,
    Verdict,
    judge_hidden,
    judge_suite,
)
from ..running.suite import run_suite

#: Where the item keeps what its runs saw, until the report is made.
HIDDEN_RUNS = pytest.StashKey[tuple[ImplementationRun, ...]]()


class WriteTests:
    """The learner's tests against every implementation; the kata's own tests as usual."""

    def phase(self, kata: Kata, path: Path) -> str:
        if path.name in kata.properties:
            return PROPERTIES
        if path.name in kata.examples:
            return EXAMPLES
        return SUITE

    def skip_reason(self, kata: Kata, path: Path, outcomes: Sequence[Outcome]) -> str | None:
        if path.name in kata.properties and any(
            o.phase == EXAMPLES and not o.passed for o in outcomes
        ):
            return "an example of this kata fails: fix the examples first"
        return None

    def judge(self, kata: Kata, outcomes: Sequence[Outcome]) -> Verdict | None:
        assert kata.suite is not None
        suite = kata.suite
        return judge_suite(outcomes, suite.module, suite.module in kata.files, suite.distinguish)


def implementations(kata: Kata, solutions: Path) -> list[tuple[ImplementationRun, str]]:
    """Each hidden implementation of the module under test (an empty run), with its source.

    The correct ones come first: the reference's module, when the learner edits the
    module (the one on disk is then theirs), and those under ``_solutions/correct/``.
    """
    assert kata.suite is not None
    module = kata.suite.module
    found: list[tuple[ImplementationRun, str]] = []
    correct_sources = []
    if module in kata.files:
        correct_sources.append(solutions / "reference" / module)
    correct_dir = solutions / CORRECT_DIR
    if correct_dir.is_dir():
        correct_sources += sorted(d / module for d in correct_dir.iterdir() if d.is_dir())
    # The shipped module is the first correct implementation the learner sees.
    first = 1 if module in kata.files else 2
    for number, path in enumerate(correct_sources, first):
        run = ImplementationRun(f"correct implementation {number}", correct=True)
        found.append((run, path.read_text(encoding="utf-8")))
    for bug in kata.suite.bugs:
        path = solutions / BUGS_DIR / bug.name / module
        run = ImplementationRun(f"planted bug {bug.name}", correct=False, does=bug.does)
        found.append((run, path.read_text(encoding="utf-8")))
    return found


class HiddenFailure(Exception):
    """The learner's tests fell short on the hidden implementations; ``str()`` says how."""


class HiddenImplementations(pytest.Item):
    """The learner's tests, run against each hidden implementation of the module under test."""

    def __init__(
        self,
        *,
        kata: Kata,
        timeout: float,
        on_stuck: Callable[[str], None],
        solutions: Callable[[Kata], Path],
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.kata = kata
        self.timeout = timeout
        self.on_stuck = on_stuck
        self.solutions = solutions
        #: Its tests run under their own time limits (one per test of the learner's).
        self.own_time_limit = True

    def runtest(self) -> None:
        kata = self.kata
        assert kata.suite is not None
        try:
            hidden = implementations(kata, self.solutions(kata))
        except (LookupError, OSError) as e:
            raise HiddenFailure(
                f"the hidden implementations of {kata.id} cannot be read ({e}); "
                "reinstall pytest-senior-katas"
            ) from None
        tests = [kata.directory / name for name in kata.learner_tests]
        module = kata.directory / kata.suite.module
        runs = []
        for empty, source in hidden:
            seen = run_suite(
                tests,
                module,
                source,
                kata_dir=kata.directory,
                rootdir=self.config.rootpath,
                import_mode=str(self.config.option.importmode),
                timeout=self.timeout,
                # One failure is enough to catch a bug (unless bugs must be told apart by
                # the tests they fail); on a correct one, every failure counts.
                stop_first=not empty.correct and not kata.suite.distinguish,
                on_stuck=self.on_stuck,
            )
            failures = tuple(Failure(test, why) for test, why in seen.failures)
            runs.append(
                ImplementationRun(empty.label, empty.correct, empty.does, seen.tests, failures)
            )
        self.stash[HIDDEN_RUNS] = tuple(runs)
        verdict = judge_hidden(tuple(runs), kata.suite.module, kata.suite.distinguish)
        if verdict.status != "solved":
            lines = explain(tuple(runs), kata.suite.module)
            if len(lines) == 2:  # nothing but the count: the verdict's own reason says why
                lines.append(f"  {verdict.reason}")
            raise HiddenFailure("\n".join(lines))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, HiddenFailure):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo, style=style))

    def add_report_section(self, when: str, key: str, content: str) -> None:
        """Output and log records of the hidden runs are dropped: they would show how the
        hidden implementations differ, and the learner's report is about their tests."""

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"{self.path.name}::{HIDDEN_TESTS}"


def explain(runs: tuple[ImplementationRun, ...], module: str) -> list[str]:
    """What the learner reads when their tests fall short: every problem, one per line."""
    correct = [r for r in runs if r.correct]
    bugs = [r for r in runs if not r.correct]
    lines = [
        f"Your tests, run against {len(correct)} more correct implementation"
        f"{'s' if len(correct) != 1 else ''} and {len(bugs)} planted bugs of {module}:"
    ]
    if all(r.tests == 0 for r in runs):
        lines.append("  no test was collected: write functions named test_... in your test file")
        return lines
    for run in correct:
        for failure in run.failures:
            lines.append(f"  {failure.test} fails on {run.label}: {failure.message}")
    if any(r.failures for r in correct):
        lines.append(f"  -> a test that fails on a correct implementation: {OVER_SPECIFIED}")
    survivors = [r for r in bugs if not r.caught]
    lines.append(f"  planted bugs caught: {len(bugs) - len(survivors)} of {len(bugs)}")
    if survivors:
        if len(survivors) == len(bugs):
            lines.append("  -> not one bug is caught: do your tests assert anything?")
        for run in survivors:
            lines.append(f"  your tests pass on code that {run.does}")
    return lines


def hidden_item(collector: pytest.Module, kata: Kata, **kwargs: Any) -> HiddenImplementations:
    return HiddenImplementations.from_parent(collector, name=HIDDEN_TESTS, kata=kata, **kwargs)
