"""Line recording: which lines of a kata's learner files each test runs.

Kata mode records them (with coverage.py) so that the special-casing check can
tell a line that only the example tests reach. The lines travel on the test
report, so they survive pytest-xdist.
"""

from __future__ import annotations

import contextlib
import functools
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

from ..options import SPECIAL_CASES_INI

if TYPE_CHECKING:
    from ..core.catalog import Kata

#: Lines of the learner's files that one test ran, keyed by file name (relative to the kata).
LINES_RUN = pytest.StashKey[dict[str, list[int]]]()


def special_cases_enabled(config: pytest.Config) -> bool | str:
    """True, False (switched off), or one line saying why the check is skipped."""
    if not config.getini(SPECIAL_CASES_INI):
        return False
    if sys.gettrace() is not None or _monitoring_busy():
        return (
            "special-casing check skipped: another tracer is active "
            "(coverage, pytest-cov or a debugger), and it is left undisturbed"
        )
    try:
        import coverage  # noqa: F401
    except ImportError:
        return "special-casing check skipped: coverage is not installed"
    return True


def _monitoring_busy() -> bool:
    monitoring = getattr(sys, "monitoring", None)
    if monitoring is None:
        return False
    return any(monitoring.get_tool(tool) is not None for tool in range(6))


def line_recorder(katas: Iterable[Kata]) -> Any:
    """A coverage object recording the lines of these katas' learner files.

    Our own: no config file, no data file (a learner's ``.coveragerc`` neither
    steers it nor receives its data), and the C tracer (the ``sysmon`` core would
    measure differently on Python 3.12+). One per phase for the whole run, reused
    test after test: building one walks the stack and the import paths (~18 ms).
    """
    from coverage import Coverage
    from coverage.exceptions import ConfigError

    files = [str(kata.directory / name) for kata in katas for name in kata.files]
    cov = Coverage(data_file=None, config_file=False, include=files)
    try:
        cov.set_option("run:core", "ctrace")
    except ConfigError:
        pass  # coverage before 7.9 has no such option, and uses the C tracer here anyway
    # A test that reads the learner's source instead of running it measures nothing: fine.
    cov.set_option("run:disable_warnings", ["no-data-collected", "module-not-measured"])
    return cov


@contextlib.contextmanager
def measured(kata: Kata, item: pytest.Item, cov: Any) -> Iterator[None]:
    """Record, in ``cov``, which lines of the kata's learner files ``item`` runs.

    The item's stash receives every line the recorder has seen so far in this
    phase of this kata (the controller unions them, so that is enough).
    """
    if cov is None:
        yield
        return
    # For a Hypothesis test, trace only the test body Hypothesis calls for each example
    # (its documented ``inner_test`` hook), not the generation of the inputs: tracing
    # Hypothesis's own code would double the kata's test time.
    handle = getattr(getattr(item, "obj", None), "hypothesis", None)
    original = getattr(handle, "inner_test", None)
    if handle is not None and original is not None:

        @functools.wraps(original)
        def traced(*args: Any, **kwargs: Any) -> Any:
            # The learner's traceback shows their code and the kata's test, not this
            # wrapper, and Hypothesis names the test, not "traced", in its report.
            __tracebackhide__ = True
            cov.start()
            try:
                return original(*args, **kwargs)
            finally:
                cov.stop()

        handle.inner_test = traced
    else:
        cov.start()
    try:
        yield
    finally:
        if handle is not None and original is not None:
            handle.inner_test = original
        else:
            cov.stop()
        data = cov.get_data()
        item.stash[LINES_RUN] = {
            name: sorted(data.lines(str(kata.directory / name)) or []) for name in kata.files
        }
