"""Run a learner's tests against another implementation of the module they test.

A write-tests kata judges the learner's tests by running them against hidden
implementations of the module under test: correct ones, and ones with a planted
bug. Each run is an in-process pytest run of the learner's test files in which
importing the module under test, by whatever name or import mode, gives that
implementation instead of the file on disk:

- an import hook at the front of ``sys.meta_path`` answers for the module's file
  (found by location, not by name, so package-relative imports, ``import x``,
  ``--import-mode=importlib`` and ``mock.patch("pkg.x.y")`` all see it);
- the kata's modules already imported are set aside for the run and put back
  after it, so each run imports the tests afresh, and the run around it is left
  as it was;
- the implementation keeps the module's own ``__name__`` and ``__file__``: a test
  cannot tell which implementation it runs against, only how it behaves.

Each test runs under the time limit; what failed is collected as plain data.
"""

from __future__ import annotations

import contextlib
import importlib.abc
import importlib.machinery
import importlib.util
import io
import os
import sys
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .messages import failure_message, first_line
from .timelimit import KataTimeout, time_limit, without_lineless_frames


class _Source(importlib.abc.Loader):
    """Executes the given source as the module whose file it replaces."""

    def __init__(self, source: str, filename: str) -> None:
        self.source = source
        self.filename = filename

    def exec_module(self, module: ModuleType) -> None:
        code = compile(self.source, self.filename, "exec", dont_inherit=True)
        exec(code, module.__dict__)


class _Swap(importlib.abc.MetaPathFinder):
    """Answers imports of the file ``target`` with ``source``; leaves every other import."""

    def __init__(self, target: Path, source: str) -> None:
        self.target = os.path.normcase(os.path.realpath(target))
        self.source = source

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.origin is None:
            return None
        if os.path.normcase(os.path.realpath(spec.origin)) != self.target:
            return None
        return importlib.util.spec_from_file_location(
            fullname, spec.origin, loader=_Source(self.source, spec.origin)
        )


def _inside(module: object, prefixes: tuple[str, ...]) -> bool:
    file = getattr(module, "__file__", None)
    return isinstance(file, str) and file.startswith(prefixes)


@contextlib.contextmanager
def kata_modules_set_aside(kata_dir: Path) -> Iterator[None]:
    """Within the block, no module of ``kata_dir`` is imported yet; after it, those that
    were are back, and those the block imported are gone."""
    prefixes = tuple({str(kata_dir) + os.sep, os.path.realpath(kata_dir) + os.sep})
    saved = {name: m for name, m in sys.modules.items() if _inside(m, prefixes)}
    for name in saved:
        del sys.modules[name]
    try:
        yield
    finally:
        for name, module in list(sys.modules.items()):
            if _inside(module, prefixes):
                del sys.modules[name]
        sys.modules.update(saved)
        for name, module in saved.items():
            parent, _, child = name.rpartition(".")
            if parent in sys.modules:
                setattr(sys.modules[parent], child, module)


@contextlib.contextmanager
def swapped(target: Path, source: str) -> Iterator[_Swap]:
    """Imports of the file ``target`` give ``source`` within the block."""
    finder = _Swap(target, source)
    sys.meta_path.insert(0, finder)
    try:
        yield finder
    finally:
        with contextlib.suppress(ValueError):
            sys.meta_path.remove(finder)


def first_in_line(finder: _Swap) -> None:
    """Put ``finder`` before every other import hook, pytest's assertion rewriter
    included: that one answers for every module it is told to rewrite (those of
    installed plugins, ``pytest.register_assert_rewrite``), and would import the
    file on disk instead."""
    with contextlib.suppress(ValueError):
        sys.meta_path.remove(finder)
    sys.meta_path.insert(0, finder)


@dataclass
class SuiteRun:
    """What one run of the learner's tests saw: how many tests, and which failed."""

    tests: int = 0
    #: (test name, first line of why) for each failing test or test file.
    failures: list[tuple[str, str]] = field(default_factory=list)


class _Recorder:
    """The plugin inside each run: the time limit, and what failed."""

    def __init__(
        self,
        run: SuiteRun,
        timeout: float,
        on_stuck: Callable[[str], None] | None,
        owned: Callable[[str], bool],
        finder: _Swap,
    ) -> None:
        self.finder = finder
        self.run = run
        self.timeout = timeout
        self.on_stuck = on_stuck
        self.owned = owned

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        # The assertion rewriter was put first while the run was configured.
        first_in_line(self.finder)

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self.run.tests = len(session.items)

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:
            lines = [ln[1:].strip() for ln in str(report.longrepr).splitlines() if ln[:2] == "E "]
            why = lines[-1] if lines else first_line(str(report.longrepr))
            self.run.failures.append((Path(report.nodeid).name or "collection", first_line(why)))

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Generator[None, object, object]:
        with time_limit(self.timeout, self.on_stuck, self.owned):
            try:
                return (yield)
            except KataTimeout as e:
                raise e.with_traceback(without_lineless_frames(e.__traceback__)) from None

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
        report = yield
        if report.failed and call.excinfo is not None:
            why = failure_message(call.excinfo)
            self.run.failures.append((item.nodeid.split("::", 1)[-1], why))
        return report


def run_suite(
    tests: Sequence[Path],
    module: Path,
    source: str,
    *,
    kata_dir: Path,
    rootdir: Path,
    import_mode: str,
    timeout: float,
    stop_first: bool,
    on_stuck: Callable[[str], None] | None = None,
) -> SuiteRun:
    """Run the test files ``tests`` with the module file ``module`` replaced by ``source``."""
    run = SuiteRun()
    kata_prefix = str(kata_dir)

    def owned(filename: str) -> bool:
        return filename.startswith(kata_prefix)

    args: list[Any] = [str(t) for t in tests]
    args += ["--rootdir", str(rootdir), "-o", "addopts=", "-q", "--tb=no", "--color=no"]
    args += ["-p", "no:cacheprovider", "-p", "no:xdist", "-p", "no:randomly"]
    # Plugins that report on the run, not on its tests, stay out of it.
    args += ["-p", "no:senior_katas", "-p", "no:cov", "-p", "no:benchmark"]
    # And these cost more than the tests of a kata (pytest 8.4 collects garbage five
    # times at the end of each run, to report unraisable exceptions nobody sees here).
    for plugin in ("unraisableexception", "threadexception", "faulthandler", "junitxml"):
        args += ["-p", f"no:{plugin}"]
    for plugin in ("pastebin", "doctest", "stepwise", "lfplugin", "nose"):
        args += ["-p", f"no:{plugin}"]
    args += [f"--import-mode={import_mode}"]
    args += ["-W", "ignore::pytest.PytestAssertRewriteWarning"]
    if stop_first:
        args.append("-x")
    out = io.StringIO()
    saved_path = list(sys.path)
    with (
        kata_modules_set_aside(kata_dir),
        swapped(module, source) as finder,
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(out),
    ):
        try:
            pytest.main(args, plugins=[_Recorder(run, timeout, on_stuck, owned, finder)])
        finally:
            sys.path[:] = saved_path
    return run
