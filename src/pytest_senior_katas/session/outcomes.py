"""From pytest's reports to the kata's outcomes.

On the process that runs a test, :func:`annotate` puts what kata mode needs on
the report as plain data (the lines run, the failure's message, a
counterexample), so that it survives pytest-xdist. Where the reports arrive (the
controller, or the only process), :func:`record_test` and
:func:`record_collection` turn them into :class:`~pytest_senior_katas.core.judge.Outcome`
values for the judge.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from ..core.judge import COLLECT, Counterexample, Failure, ImplementationRun, Outcome
from ..running.messages import failure_message, first_line
from ..running.recording import LINES_RUN
from ..running.timelimit import KataTimeout
from .context import KataRun
from .write_tests import HIDDEN_RUNS


def collect_message(longrepr: object) -> str:
    """The most telling line of a collection error: the exception and where it is."""
    text = str(longrepr)
    lines = [line for line in text.splitlines() if line.strip()]
    errors = [line[1:].strip() for line in lines if line.startswith("E ")]
    message = first_line(errors[-1] if errors else (lines[-1] if lines else "collection failed"))
    places = re.findall(r'File "([^"]+)", line (\d+)', text)
    if places:
        path, line = places[-1]
        message += f" ({Path(path).name}:{line})"
    return message


def find_mismatch(exc: BaseException) -> Any:
    """The :class:`~pytest_senior_katas.kata.Mismatch` in ``exc`` (or its groups), if any."""
    from ..kata import Mismatch

    if isinstance(exc, Mismatch):
        return exc
    if isinstance(exc, BaseExceptionGroup):
        for inner in exc.exceptions:
            found = find_mismatch(inner)
            if found is not None:
                return found
    return None


def annotate(
    run: KataRun, item: pytest.Item, call: pytest.CallInfo[None], report: pytest.TestReport
) -> None:
    """Put on the report, as plain data, the lines the test ran and why it failed."""
    lines = item.stash.get(LINES_RUN, None)
    if lines is not None and call.when == "call":
        report.katas_lines = lines  # type: ignore[attr-defined]
    hidden = item.stash.get(HIDDEN_RUNS, None)
    if hidden is not None and call.when == "call":
        report.katas_hidden = [asdict(run) for run in hidden]  # type: ignore[attr-defined]
    if report.failed and call.excinfo is not None and run.kata_of(item.path) is not None:
        # Plain data on the report, so that it survives pytest-xdist.
        info: dict[str, Any] = {"message": failure_message(call.excinfo)}
        if call.excinfo.errisinstance(KataTimeout):
            info["timeout"] = True
        mismatch = find_mismatch(call.excinfo.value)
        if mismatch is not None:
            info["counterexample"] = {
                "inputs": mismatch.inputs,
                "expected": mismatch.expected,
                "actual": mismatch.actual,
            }
        report.katas = info  # type: ignore[attr-defined]


def record_test(run: KataRun, report: pytest.TestReport) -> None:
    """Keep the lines a kata's test ran, and its outcome unless it passed a setup or
    teardown or was skipped."""
    kata, phase = run.locate(report.nodeid)
    if kata is None or report.skipped:
        return
    for path, lines in (getattr(report, "katas_lines", None) or {}).items():
        runs = run.lines_run.setdefault(kata.id, {}).setdefault(phase, {})
        runs.setdefault(path, set()).update(lines)
    if report.when != "call" and report.passed:
        return
    info = getattr(report, "katas", {}) or {}
    example = info.get("counterexample")
    hidden = getattr(report, "katas_hidden", None)
    message = info.get("message") or first_line(str(report.longrepr or ""))
    run.add(
        kata,
        Outcome(
            phase=phase,
            passed=report.passed,
            test=report.nodeid.split("::", 1)[-1],
            message=message,
            timeout=bool(info.get("timeout")),
            setup_error=report.when != "call",
            counterexample=Counterexample(**example) if example else None,
            hidden=_hidden_runs(hidden) if hidden is not None else None,
        ),
    )


def _hidden_runs(data: list[dict[str, Any]]) -> tuple[ImplementationRun, ...]:
    """The runs against the hidden implementations, back from plain data."""
    runs = []
    for run in data:
        failures = tuple(Failure(**failure) for failure in run["failures"])
        runs.append(ImplementationRun(**{**run, "failures": failures}))
    return tuple(runs)


def record_collection(run: KataRun, report: pytest.CollectReport) -> None:
    """A kata's test module that cannot be imported: an outcome of the collect phase."""
    if not report.failed:
        return
    kata, _ = run.locate(report.nodeid)
    if kata is None:
        return
    info = getattr(report, "katas", {}) or {}
    timeout = bool(info.get("timeout"))
    message = (
        f"importing it ran longer than {run.timeout:g} s (katas_timeout): an infinite loop?"
        if timeout
        else collect_message(report.longrepr)
    )
    run.add(
        kata,
        Outcome(
            phase=COLLECT,
            passed=False,
            test=Path(report.nodeid).name,
            message=message,
            timeout=timeout,
        ),
    )
