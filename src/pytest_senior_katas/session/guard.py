"""Each kata test and each import of a kata's test module runs guarded.

A test runs only when its kind says so (properties wait for the examples), under
the time limit, and with its lines recorded where the special-casing check
applies. An import runs under the time limit too, and a ``sys.exit`` in it marks
its kata instead of ending the whole run.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

import pytest
from _pytest._code.code import Traceback

from ..core.catalog import Kata
from ..running.containment import no_process_exit
from ..running.recording import line_recorder, measured
from ..running.timelimit import KataTimeout, time_limit, without_lineless_frames
from .context import KataRun
from .kinds import kind_of

_SYS_EXIT_HINT = "a module that exits when imported cannot be tested"

#: Set on an item this guard skipped: its report then names the kata's test, not this file.
SKIPPED_BY_GUARD = pytest.StashKey[bool]()


def _not_the_learners() -> tuple[str, ...]:
    """Where the frames a learner has no use for live: this plugin, and Hypothesis
    re-raising the error it found."""
    places = [Path(__file__).resolve().parents[1]]
    hypothesis = sys.modules.get("hypothesis")
    if getattr(hypothesis, "__file__", None):
        places.append(Path(hypothesis.__file__).resolve().parent)  # type: ignore[union-attr, arg-type]
    return tuple(f"{place}{os.sep}" for place in places)


def show_kata_frames_only(item: pytest.Item) -> None:
    """A kata test's traceback shows the learner's and the kata's frames (``--fulltrace``
    shows every frame). pytest trims its own frames through the item's traceback filter;
    this one trims the plugin's and Hypothesis's too."""
    trim = getattr(item, "_traceback_filter", None)
    if trim is None or item.config.getoption("fulltrace", False):
        return

    def kata_frames_only(excinfo: pytest.ExceptionInfo[BaseException]) -> Traceback:
        traceback = trim(excinfo)
        hidden = _not_the_learners()
        kept = [entry for entry in traceback if not str(entry.path).startswith(hidden)]
        return Traceback(kept) if kept else traceback

    item._traceback_filter = kata_frames_only  # type: ignore[method-assign]


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
        show_kata_frames_only(item)
        outcomes = self.run.outcomes.get(kata.id, [])
        reason = kind_of(kata).skip_reason(kata, item.path, outcomes)
        if any(o.timeout for o in outcomes):
            # One infinite loop is news enough: each further test would wait it out too.
            reason = "an earlier test of this kata ran out of time: fix that loop first"
        if reason is not None:
            item.stash[SKIPPED_BY_GUARD] = True
            pytest.skip(reason)

    @staticmethod
    def locate_skip(item: pytest.Item, report: pytest.TestReport) -> None:
        """A test this guard skipped is reported at the test (``-rs``), as pytest reports
        a test skipped by a mark, not at the line of this module that skipped it."""
        guarded = report.skipped and item.stash.get(SKIPPED_BY_GUARD, False)
        if guarded and isinstance(report.longrepr, tuple):
            filename, line = item.reportinfo()[:2]
            report.longrepr = (str(filename), (line or 0) + 1, report.longrepr[2])

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
