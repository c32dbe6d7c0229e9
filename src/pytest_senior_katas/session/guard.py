"""Each kata test and each import of a kata's test module runs guarded.

A test runs only when its kind says so (properties wait for the examples), under
the time limit, and with its lines recorded where the special-casing check
applies. An import runs under the time limit too, and a ``sys.exit`` in it marks
its kata instead of ending the whole run.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

import pytest

from ..core.catalog import Kata
from ..running.containment import no_process_exit
from ..running.recording import line_recorder, measured
from ..running.timelimit import KataTimeout, time_limit, without_lineless_frames
from .context import KataRun
from .kinds import kind_of

_SYS_EXIT_HINT = "a module that exits when imported cannot be tested"


class Guard:
    """The guard around the run's tests; ``stop`` ends a run a kata holds hostage."""

    def __init__(self, run: KataRun, stop: Callable[[Kata, pytest.Item, str], None]) -> None:
        self.run = run
        self.stop = stop
        #: phase -> the coverage object recording the lines that phase's tests run.
        self.recorders: dict[str, Any] = {}

    def setup(self, item: pytest.Item) -> None:
        """Skip a test that its kind says must not run yet."""
        kata = self.run.kata_of(item.path)
        if kata is None:
            return
        outcomes = self.run.outcomes.get(kata.id, [])
        if any(o.timeout for o in outcomes):
            # One infinite loop is news enough: each further test would wait it out too.
            pytest.skip("an earlier test of this kata ran out of time: fix that loop first")
        reason = kind_of(kata).skip_reason(kata, item.path, outcomes)
        if reason is not None:
            pytest.skip(reason)

    def call(self, item: pytest.Item) -> Generator[None, object, object]:
        """The ``pytest_runtest_call`` wrapper: time limit, line recording, no ``os._exit``."""
        if self.run.kata_of(item.path) is None:
            return (yield)
        with no_process_exit():
            return (yield from self._limited(item))

    def _limited(self, item: pytest.Item) -> Generator[None, object, object]:
        if getattr(item, "own_time_limit", False):
            return (yield)
        kata = self.run.kata_of(item.path)
        assert kata is not None

        def stuck(message: str) -> None:
            self.stop(kata, item, message)

        recorder = None
        if self.run.special_cases and kata.special_cases:
            _, phase = self.run.locate(item.nodeid)
            if phase not in self.recorders:
                measured_katas = [k for k in self.run.selection.run if k.special_cases]
                self.recorders[phase] = line_recorder(measured_katas)
            recorder = self.recorders[phase]
        kata_dir = str(kata.directory)

        def owned(filename: str) -> bool:
            return filename.startswith(kata_dir)

        with time_limit(self.run.timeout, stuck, owned), measured(kata, item, recorder):
            try:
                return (yield)
            except KataTimeout as e:
                raise e.with_traceback(without_lineless_frames(e.__traceback__)) from None

    def collect(
        self, collector: pytest.Collector
    ) -> Generator[None, pytest.CollectReport, pytest.CollectReport]:
        """The ``pytest_make_collect_report`` wrapper: a kata's test module imports in time."""
        if not isinstance(collector, pytest.Module) or self.run.kata_of(collector.path) is None:
            return (yield)
        # Kata tests import Hypothesis: import it before the clock starts, so that a slow
        # first import is never mistaken for a learner's infinite loop.
        from .. import kata  # noqa: F401

        with time_limit(self.run.timeout) as alarm, no_process_exit():
            try:
                report = yield
            except SystemExit as e:
                # pytest lets SystemExit end the whole session; here it marks one kata.
                message = f"importing it called sys.exit({e.code!r}); {_SYS_EXIT_HINT}"
                report = pytest.CollectReport(
                    collector.nodeid, "failed", longrepr=message, result=[]
                )
            except Exception:
                if not alarm.fired:
                    raise
                # pytest could not render the interrupted import (see without_lineless_frames).
                report = pytest.CollectReport(
                    collector.nodeid, "failed", longrepr=alarm.message, result=[]
                )
        if report.failed and alarm.fired:
            report.katas = {"timeout": True}  # type: ignore[attr-defined]
        owner = self.run.kata_of(collector.path)
        if (
            report.passed
            and owner is not None
            and owner.learner_tests
            and collector.path.name == Path(owner.learner_tests[-1]).name
        ):
            # After the learner's tests: the same tests against the hidden implementations.
            report.result.append(self._hidden_item(collector, owner))
        return report

    def _hidden_item(self, collector: pytest.Module, kata: Kata) -> pytest.Item:
        from ..reference import solutions_dir
        from .write_tests import hidden_item

        def stuck(message: str) -> None:
            self.stop(kata, item, message)

        item = hidden_item(
            collector, kata, timeout=self.run.timeout, on_stuck=stuck, solutions=solutions_dir
        )
        return item
