"""Kata mode (``pytest --katas``): the plugin object, which hands each hook to its part.

Glue only: :meth:`KataSession.start` turns the options and files into a
:class:`~.context.KataRun`; the hooks below pass pytest's events to the part
that owns them (selection, guard, outcomes, finish), and the decisions live in
the pure core.
"""

from __future__ import annotations

import gc
import sys
import threading
import warnings
from collections.abc import Generator
from pathlib import Path

import pytest

from ..core import progress as progress_store
from ..core.catalog import CatalogError, Kata, load_catalog
from ..core.judge import Outcome
from ..core.render import Summary
from ..core.streaks import now, today
from ..options import TIMEOUT_INI, katas_root, state_path
from ..reference import KataModule, remember_catalog
from ..running.containment import lingering_threads, real_exit
from ..running.recording import special_cases_enabled
from ..running.timelimit import MAX_TIMEOUT
from .context import KataRun
from .finish import finish, write_summary
from .guard import Guard
from .kinds import kind_of
from .outcomes import annotate, record_collection, record_test
from .selection import Collection, select

#: Where an xdist worker tells the controller the names of the threads it left running.
LINGERING_THREADS = "senior_katas_lingering_threads"


def _deterministic_hypothesis(config: pytest.Config) -> None:
    """Tests a learner writes (write-tests katas) run with the kata's Hypothesis settings:
    the same examples every run, no database in the workspace; unless they chose a profile."""
    if getattr(config.option, "hypothesis_profile", None):
        return
    from ..kata import use_kata_profile

    use_kata_profile()


class KataSession:
    """The plugin object registered under ``--katas``."""

    def __init__(self, run: KataRun) -> None:
        self.run = run
        self.collection = Collection(run.catalog, run.selection)
        self.guard = Guard(run, stop=self._stop_stuck_run)
        self.summary: Summary | None = None
        #: Threads alive before any kata code ran: the others are the learner's.
        self.threads_before = {t.ident for t in threading.enumerate() if t.ident is not None}
        #: Names of the learner's threads still running at the end: this process's, and
        #: on the xdist controller those its workers reported.
        self.lingering: list[str] = []
        self.exitstatus = 0

    @classmethod
    def start(cls, config: pytest.Config) -> KataSession:
        """Read the catalog and the progress; every bad input is a one-line usage error."""
        root = katas_root(config)
        try:
            catalog = load_catalog(root)
        except CatalogError as e:
            raise pytest.UsageError(str(e)) from None
        raw = str(config.getini(TIMEOUT_INI))
        try:
            timeout = float(raw)
        except ValueError:
            timeout = -1.0
        if not 0 <= timeout <= MAX_TIMEOUT:  # also rejects nan
            raise pytest.UsageError(
                f"katas_timeout = {raw!r} is not a number of seconds from 0 (no limit) "
                f"to {MAX_TIMEOUT:g}; fix it in your ini file"
            )
        try:
            on = today()
            now()  # a malformed KATAS_NOW is a usage error now, not a crash at the end
        except ValueError as e:
            raise pytest.UsageError(str(e)) from None
        state = state_path(config)
        is_worker = hasattr(config, "workerinput")
        loaded = progress_store.load(state, move_aside=not is_worker)
        remember_catalog(catalog)  # the reference fixture needs it too: read it once
        _deterministic_hypothesis(config)
        # A syntax error in one kata must not stop the others, nor the summary.
        config.option.continue_on_collection_errors = True
        # A calm screen: short tracebacks, unless the learner asked for a style.
        if config.option.tbstyle == "auto":
            config.option.tbstyle = "short"
        if config.args_source != pytest.Config.ArgsSource.ARGS:
            config.args = [str(catalog.root)]
        try:
            selection = select(config, catalog, loaded.progress)
        except CatalogError as e:  # checksums.txt cannot be used
            raise pytest.UsageError(str(e)) from None
        warnings = [loaded.warning] if loaded.warning else []
        enabled = special_cases_enabled(config)
        if isinstance(enabled, str):
            warnings.append(enabled)
        run = KataRun(
            config=config,
            catalog=catalog,
            state_path=state,
            progress=loaded.progress,
            timeout=timeout,
            today=on,
            warnings=warnings,
            special_cases=enabled is True,
            selection=selection,
            unconfirmable=enabled if isinstance(enabled, str) else None,
        )
        return cls(run)

    # -- collection: which katas, in which order (selection.py) -------------------

    def pytest_ignore_collect(self, collection_path: Path) -> bool | None:
        return self.collection.ignore(collection_path)

    def pytest_pycollect_makemodule(
        self, module_path: Path, parent: pytest.Collector
    ) -> pytest.Module | None:
        """A kata's test module is offered the ``reference`` fixture; any other is not."""
        if self.run.kata_of(module_path) is None:
            return None
        return KataModule.from_parent(parent, path=module_path)

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        self.collection.sort(items)

    # -- running each test and import (guard.py) ----------------------------------

    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        self.guard.setup(item)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Generator[None, object, object]:
        return (yield from self.guard.call(item))

    @pytest.hookimpl(wrapper=True)
    def pytest_make_collect_report(
        self, collector: pytest.Collector
    ) -> Generator[None, pytest.CollectReport, pytest.CollectReport]:
        return (yield from self.guard.collect(collector))

    # -- reports to outcomes (outcomes.py) ----------------------------------------

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
        report = yield
        self.guard.locate_skip(item, report)
        annotate(self.run, item, call, report)
        return report

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        record_test(self.run, report)

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        record_collection(self.run, report)

    # -- the end of the run (finish.py) -------------------------------------------

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        forget_unawaited_coroutines()
        if self.run.is_worker:
            # Before xdist sends the worker's output to the controller, which says so.
            self.exitstatus = int(exitstatus)
            self.lingering = [t.name for t in lingering_threads(self.threads_before)]
            if self.lingering:
                workeroutput = self.run.config.workeroutput  # type: ignore[attr-defined]
                workeroutput[LINGERING_THREADS] = self.lingering
            return
        if self.run.config.option.collectonly:
            return
        interrupted = exitstatus == pytest.ExitCode.INTERRUPTED
        self.summary = finish(self.run, session, interrupted=interrupted)
        self.exitstatus = int(session.exitstatus)

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        if self.summary is not None:
            write_summary(terminalreporter, self.summary)

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: object, error: object) -> None:
        """pytest-xdist's controller: a worker is done; keep what it left running."""
        output = getattr(node, "workeroutput", None) or {}
        self.lingering.extend(output.get(LINGERING_THREADS, []))

    @pytest.hookimpl(trylast=True)
    def pytest_unconfigure(self, config: pytest.Config) -> None:
        """A thread the learner started that never ends would keep the process alive
        after the summary: say so, and end the process with the run's exit code.

        Under pytest-xdist each worker ends itself so, and the controller, which reads
        what they left running, says so and ends with the run's exit code."""
        if self.run.is_worker:
            if self.lingering:
                sys.stdout.flush()
                sys.stderr.flush()
                real_exit(self.exitstatus)
            return
        self.lingering.extend(t.name for t in lingering_threads(self.threads_before))
        if not self.lingering:
            return
        kinds = sorted(set(self.lingering))
        names = ", ".join(kinds[:3]) + (", ..." if len(kinds) > 3 else "")
        if len(self.lingering) > 1:
            names = f"{len(self.lingering)} threads: {names}"
        sys.stdout.flush()
        sys.stderr.write(
            f"senior katas: kata code left a thread running ({names}); the run is over, "
            "so the process ends here. Join your threads, or make them daemon threads.\n"
        )
        sys.stderr.flush()
        real_exit(self.exitstatus)

    def _stop_stuck_run(self, kata: Kata, item: pytest.Item, message: str) -> None:
        """End a run that a kata holds hostage: record its timeout, say why, exit."""
        phase = kind_of(kata).phase(kata, item.path)
        self.run.add(kata, Outcome(phase, False, item.name, message, timeout=True))
        self.pytest_sessionfinish(item.session, pytest.ExitCode.TESTS_FAILED)
        config = self.run.config
        # Output is captured while a test runs: release it, as pytest-timeout does.
        capture = config.pluginmanager.get_plugin("capturemanager")
        if capture is not None:
            capture.suspend_global_capture(in_=True)
        reporter = config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            self.pytest_terminal_summary(reporter)
        sys.stderr.write(
            f"\nsenior katas: stopped the run: {kata.id} {message}. "
            f"Its status is now timeout; fix {kata.files[0]} and run again.\n"
        )
        sys.stdout.flush()
        sys.stderr.flush()
        real_exit(int(pytest.ExitCode.INTERRUPTED))


def forget_unawaited_coroutines() -> None:
    """Collect the garbage of the run now, without "coroutine ... was never awaited".

    A learner's call of an ``async def`` without ``await`` is reported by the kata's
    test that caught it; the coroutine it left would otherwise be collected by pytest
    at exit, and its RuntimeWarning would come after pytest's last line.
    """
    for name in ("last_type", "last_value", "last_traceback", "last_exc"):
        # pytest keeps the last failure for post-mortem debugging; the run is over.
        if hasattr(sys, name):
            delattr(sys, name)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "coroutine .* was never awaited", RuntimeWarning)
        gc.collect()
