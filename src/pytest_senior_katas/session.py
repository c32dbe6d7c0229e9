"""Kata mode (``pytest --katas``): which katas run, how each is judged, the summary.

Glue only: the decisions live in the pure core (catalog, judge, progress,
render); this class turns pytest events into calls to it and back.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

import pytest

from . import progress as progress_store
from .catalog import (
    SOLUTIONS_DIR,
    Catalog,
    CatalogError,
    Kata,
    kata_digest,
    load_catalog,
    pristine_dir,
    read_checksums,
    tampered_files,
)
from .judge import COLLECT, EXAMPLES, PROPERTIES, Counterexample, Outcome, Verdict, judge
from .plugin import katas_root, remember_catalog
from .render import SPECIAL_CASING, Summary, render, symbols_for
from .special_cases import classify, example_literals
from .streaks import now, today

#: The largest katas_timeout accepted (one day): the signal timer cannot take any value.
MAX_TIMEOUT = 86_400.0

#: How long after the time limit a kata that swallows every interruption is given
#: before the run is stopped (it could never end otherwise).
GRACE = 3.0


class KataTimeout(BaseException):
    """Raised in a kata test that ran past ``katas_timeout``.

    A BaseException, so that a learner's ``except Exception:`` cannot swallow it.
    """


@dataclass
class Alarm:
    """What :func:`time_limit` saw: whether it fired, and where the code was then."""

    fired: bool = False
    message: str = ""
    deadline: float = 0.0


@contextlib.contextmanager
def time_limit(
    seconds: float,
    on_stuck: Callable[[str], None] | None = None,
    owned: Callable[[str], bool] | None = None,
) -> Iterator[Alarm]:
    """Interrupt the block after ``seconds`` with :class:`KataTimeout` (where signals allow).

    The timer repeats every half second in code ``owned`` says is the kata's (given a
    file name), so one bare ``except:`` cannot hold it off.
    Code that swallows every repeat for :data:`GRACE` seconds cannot be stopped from
    inside: ``on_stuck`` is then called with the message (it is expected not to return).
    """
    alarm = Alarm()
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield alarm
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        where = ""
        if frame is not None:
            code = frame.f_code
            line = frame.f_lineno or code.co_firstlineno
            where = f" (stopped in {code.co_name}, {Path(code.co_filename).name}:{line})"
        if alarm.fired:
            if on_stuck is not None and time.monotonic() > alarm.deadline:
                on_stuck(f"{alarm.message}; it swallows every exception, even KeyboardInterrupt")
            # A repeat interrupts only the kata's own code (a loop that swallowed the first
            # one): anywhere else, such as Hypothesis or pytest unwinding the first one, an
            # exception could land in the middle of the interpreter's own work.
            if frame is None or owned is None or not owned(frame.f_code.co_filename):
                return
        else:
            alarm.fired = True
            alarm.deadline = time.monotonic() + GRACE
            alarm.message = (
                f"ran longer than {seconds:g} s (katas_timeout): an infinite loop?{where}"
            )
        raise KataTimeout(alarm.message)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.5)
    try:
        yield alarm
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def without_lineless_frames(tb: TracebackType | None) -> TracebackType | None:
    """The traceback up to its first entry without a line number.

    A signal that interrupts a tight loop (``while True: pass``) can leave such an
    entry on Python 3.11, and pytest 8 cannot render it.
    """
    head = tb
    previous = None
    while tb is not None:
        if tb.tb_lineno is None:
            if previous is None:
                return None
            previous.tb_next = None
            break
        previous, tb = tb, tb.tb_next
    return head


_SYS_EXIT_HINT = "a module that exits when imported cannot be tested"

#: Lines of the learner's files that one test ran, keyed by file name (relative to the kata).
LINES_RUN = pytest.StashKey[dict[str, list[int]]]()


def special_cases_enabled(config: pytest.Config) -> bool | str:
    """True, False (switched off), or one line saying why the check is skipped."""
    if not config.getini("katas_special_cases"):
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


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def line_recorder(katas: Iterable[Kata]) -> Any:
    """A coverage object recording the lines of these katas' learner files.

    Our own: no config file, no data file (a learner's ``.coveragerc`` neither
    steers it nor receives its data), and the C tracer (the ``sysmon`` core would
    measure differently on Python 3.12+). One per phase for the whole run, reused
    test after test: building one walks the stack and the import paths (~18 ms).
    """
    from coverage import Coverage

    files = [str(kata.directory / name) for kata in katas for name in kata.files]
    cov = Coverage(data_file=None, config_file=False, include=files)
    cov.set_option("run:core", "ctrace")
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

        def traced(*args: Any, **kwargs: Any) -> Any:
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


def first_line(text: str, limit: int = 160) -> str:
    line = next((part.strip() for part in text.strip().splitlines() if part.strip()), "")
    return line if len(line) <= limit else line[: limit - 3] + "..."


def _collect_message(longrepr: object) -> str:
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


def _find_mismatch(exc: BaseException) -> Any:
    from .kata import Mismatch

    if isinstance(exc, Mismatch):
        return exc
    if isinstance(exc, BaseExceptionGroup):
        for inner in exc.exceptions:
            found = _find_mismatch(inner)
            if found is not None:
                return found
    return None


@dataclass
class Selection:
    """The katas this run collects, and why."""

    run: list[Kata]
    tampered: dict[str, list[str]]
    #: Solved katas whose files have not changed since they passed: not run.
    unchanged: list[str]


class KataSession:
    """The plugin object registered under ``--katas``."""

    def __init__(
        self,
        config: pytest.Config,
        catalog: Catalog,
        state_path: Path,
        loaded: progress_store.Loaded,
        timeout: float,
        on: date,
    ) -> None:
        self.config = config
        self.catalog = catalog
        self.state_path = state_path
        self.progress = loaded.progress
        self.warnings = [loaded.warning] if loaded.warning else []
        self.may_save = loaded.may_save
        self.timeout = timeout
        self.today = on
        self.is_worker = hasattr(config, "workerinput")
        self.topic_dirs = {catalog.root / topic.id for topic in catalog.topics}
        self.order = {kata.id: i for i, kata in enumerate(catalog.katas)}
        self.outcomes: dict[str, list[Outcome]] = {}
        #: kata id -> phase -> learner file (relative to the kata) -> lines its tests ran.
        self.lines_run: dict[str, dict[str, dict[str, set[int]]]] = {}
        enabled = special_cases_enabled(config)
        if isinstance(enabled, str):
            self.warnings.append(enabled)
        self.special_cases = enabled is True
        self.special_notes: dict[str, list[str]] = {}
        #: phase -> the coverage object recording the lines that phase's tests run.
        self.recorders: dict[str, Any] = {}
        self.selection = self._select()
        self.run_ids = {kata.id for kata in self.selection.run}
        self.summary: Summary | None = None

    @classmethod
    def start(cls, config: pytest.Config) -> KataSession:
        """Read the catalog and the progress; every bad input is a one-line usage error."""
        root = katas_root(config)
        try:
            catalog = load_catalog(root)
        except CatalogError as e:
            raise pytest.UsageError(str(e)) from None
        raw = str(config.getini("katas_timeout"))
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
        state_path = config.rootpath / str(config.getini("katas_state"))
        is_worker = hasattr(config, "workerinput")
        loaded = progress_store.load(state_path, move_aside=not is_worker)
        remember_catalog(catalog)  # the reference fixture needs it too: read it once
        # A syntax error in one kata must not stop the others, nor the summary.
        config.option.continue_on_collection_errors = True
        # A calm screen: short tracebacks, unless the learner asked for a style.
        if config.option.tbstyle == "auto":
            config.option.tbstyle = "short"
        if config.args_source != pytest.Config.ArgsSource.ARGS:
            config.args = [str(catalog.root)]
        return cls(config, catalog, state_path, loaded, timeout, on)

    # -- which katas run -----------------------------------------------------

    def _explicit_paths(self) -> list[Path]:
        if self.config.args_source != pytest.Config.ArgsSource.ARGS:
            return []
        base = self.config.invocation_params.dir
        return [(base / arg.split("::")[0]).resolve() for arg in self.config.args]

    def current(self) -> Kata | None:
        """The first kata, in curriculum order, that is not solved."""
        for kata in self.catalog.katas:
            if self.progress.status(kata.id) != "solved":
                return kata
        return None

    def _select(self) -> Selection:
        katas = self.catalog.katas
        paths = self._explicit_paths()
        if self.config.option.katas_all or self.config.option.keyword:
            chosen = list(katas)
        elif paths:
            chosen = [
                k
                for k in katas
                if any(
                    p == k.directory or k.directory in p.parents or p in k.directory.parents
                    for p in paths
                )
            ]
        else:
            current = self.current()
            chosen = [k for k in katas if self.progress.status(k.id) == "solved" or k is current]
        sums = read_checksums(self.catalog.root)
        tampered: dict[str, list[str]] = {}
        unchanged: list[str] = []
        run = []
        recheck_all = self.config.option.katas_all or bool(paths) or self.config.option.keyword
        for kata in chosen:
            entry = self.progress.katas.get(kata.id)
            if (
                not recheck_all
                and entry is not None
                and entry.status == "solved"
                and entry.solved_digest == kata_digest(kata)
            ):
                # Byte for byte what passed before: the stored verdict stands.
                unchanged.append(kata.id)
                continue
            changed = tampered_files(kata, self.catalog.root, sums) if sums else []
            if changed:
                tampered[kata.id] = changed
            else:
                run.append(kata)
        return Selection(run=run, tampered=tampered, unchanged=unchanged)

    def kata_of(self, path: Path) -> Kata | None:
        return self.catalog.kata_for_path(path)

    def pytest_ignore_collect(self, collection_path: Path) -> bool | None:
        """Inside the catalog, collect only the selected katas (never their solutions)."""
        root = self.catalog.root
        if collection_path == root or root not in collection_path.parents:
            return None
        if collection_path.name == SOLUTIONS_DIR:
            return True
        kata = self.kata_of(collection_path)
        if kata is None:
            # A topic directory leads to katas; anything else is not part of the catalog.
            return collection_path not in self.topic_dirs
        return kata.id not in self.run_ids

    @pytest.hookimpl(tryfirst=True)
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        """Curriculum order: katas in catalog order, each kata's examples first."""

        def key(indexed: tuple[int, pytest.Item]) -> tuple[int, int, int]:
            index, item = indexed
            kata = self.kata_of(item.path)
            if kata is None:
                return (len(self.order), 0, index)
            return (self.order[kata.id], 0 if item.path.name in kata.examples else 1, index)

        items[:] = [item for _, item in sorted(enumerate(items), key=key)]

    # -- judging each test ---------------------------------------------------

    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        """Properties wait for the examples: while an example of the kata fails, its
        property failures would only repeat the news (examples run first, in order)."""
        kata = self.kata_of(item.path)
        if kata is None or item.path.name not in kata.properties:
            return
        if any(o.phase == EXAMPLES and not o.passed for o in self.outcomes.get(kata.id, [])):
            pytest.skip("an example of this kata fails: fix the examples first")

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Generator[None, object, object]:
        if self.kata_of(item.path) is None:
            return (yield)
        kata = self.kata_of(item.path)
        assert kata is not None

        def stuck(message: str) -> None:
            self._stop_stuck_run(kata, item, message)

        recorder = None
        if self.special_cases and kata.special_cases:
            _, phase = self._locate(item.nodeid)
            if phase not in self.recorders:
                measured_katas = [k for k in self.selection.run if k.special_cases]
                self.recorders[phase] = line_recorder(measured_katas)
            recorder = self.recorders[phase]
        kata_dir = str(kata.directory)

        def owned(filename: str) -> bool:
            return filename.startswith(kata_dir)

        with time_limit(self.timeout, stuck, owned), measured(kata, item, recorder):
            try:
                return (yield)
            except KataTimeout as e:
                raise e.with_traceback(without_lineless_frames(e.__traceback__)) from None

    @pytest.hookimpl(wrapper=True)
    def pytest_make_collect_report(
        self, collector: pytest.Collector
    ) -> Generator[None, pytest.CollectReport, pytest.CollectReport]:
        if not isinstance(collector, pytest.Module) or self.kata_of(collector.path) is None:
            return (yield)
        # Kata tests import Hypothesis: import it before the clock starts, so that a slow
        # first import is never mistaken for a learner's infinite loop.
        import pytest_senior_katas.kata  # noqa: F401

        with time_limit(self.timeout) as alarm:
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
        return report

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
        report = yield
        lines = item.stash.get(LINES_RUN, None)
        if lines is not None and call.when == "call":
            report.katas_lines = lines  # type: ignore[attr-defined]
        if report.failed and call.excinfo is not None and self.kata_of(item.path) is not None:
            # Plain data on the report, so that it survives pytest-xdist.
            # An assertion speaks for itself; any other exception is named.
            if call.excinfo.errisinstance(AssertionError) and str(call.excinfo.value).strip():
                message = first_line(str(call.excinfo.value))
            else:
                message = first_line(call.excinfo.exconly())
            info: dict[str, Any] = {"message": message}
            if call.excinfo.errisinstance(KataTimeout):
                info["timeout"] = True
            mismatch = _find_mismatch(call.excinfo.value)
            if mismatch is not None:
                info["counterexample"] = {
                    "inputs": mismatch.inputs,
                    "expected": mismatch.expected,
                    "actual": mismatch.actual,
                }
            report.katas = info  # type: ignore[attr-defined]
        return report

    def _locate(self, nodeid: str) -> tuple[Kata | None, str]:
        path = self.config.rootpath / nodeid.split("::")[0]
        kata = self.kata_of(path)
        if kata is None:
            return None, ""
        phase = PROPERTIES if path.name in kata.properties else EXAMPLES
        return kata, phase

    def _add(self, kata: Kata, outcome: Outcome) -> None:
        self.outcomes.setdefault(kata.id, []).append(outcome)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        kata, phase = self._locate(report.nodeid)
        if kata is None or report.skipped:
            return
        for path, lines in (getattr(report, "katas_lines", None) or {}).items():
            runs = self.lines_run.setdefault(kata.id, {}).setdefault(phase, {})
            runs.setdefault(path, set()).update(lines)
        if report.when != "call" and report.passed:
            return
        info = getattr(report, "katas", {}) or {}
        example = info.get("counterexample")
        message = info.get("message") or first_line(str(report.longrepr or ""))
        self._add(
            kata,
            Outcome(
                phase=phase,
                passed=report.passed,
                test=report.nodeid.split("::", 1)[-1],
                message=message,
                timeout=bool(info.get("timeout")),
                setup_error=report.when != "call",
                counterexample=Counterexample(**example) if example else None,
            ),
        )

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if not report.failed:
            return
        kata, _ = self._locate(report.nodeid)
        if kata is None:
            return
        info = getattr(report, "katas", {}) or {}
        timeout = bool(info.get("timeout"))
        message = (
            f"importing it ran longer than {self.timeout:g} s (katas_timeout): an infinite loop?"
            if timeout
            else _collect_message(report.longrepr)
        )
        self._add(
            kata,
            Outcome(
                phase=COLLECT,
                passed=False,
                test=Path(report.nodeid).name,
                message=message,
                timeout=timeout,
            ),
        )

    # -- the end of the run --------------------------------------------------

    @pytest.hookimpl(tryfirst=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if self.is_worker or self.config.option.collectonly:
            return
        verdicts: dict[str, Verdict] = {}
        for kata in self.catalog.katas:
            verdict = judge(self.outcomes.get(kata.id, []))
            if verdict is not None:
                verdicts[kata.id] = verdict
        for kata_id, files in self.selection.tampered.items():
            verdicts[kata_id] = Verdict("tampered", f"edited: {', '.join(files)}")
        for kata_id, verdict in list(verdicts.items()):
            judged = self.catalog.get(kata_id)
            if verdict.status == "solved" and judged is not None and kata_id in self.lines_run:
                verdicts[kata_id] = self._check_special_cases(judged, verdict)
                if verdicts[kata_id].status != "solved":
                    # Every test passed, yet the kata is not solved: the run says so too.
                    session.exitstatus = pytest.ExitCode.TESTS_FAILED
        before = {kata_id: self.progress.status(kata_id) for kata_id in verdicts}
        digests = {
            kata_id: kata_digest(solved)
            for kata_id, v in verdicts.items()
            if v.status == "solved" and (solved := self.catalog.get(kata_id)) is not None
        }
        newly = progress_store.record(
            self.progress, {k: v.status for k, v in verdicts.items()}, self.today, digests, now()
        )
        if self.may_save:
            try:
                progress_store.save(self.state_path, self.progress)
            except OSError as e:
                self.warnings.append(
                    f"could not save progress to {self.state_path}: {e.strerror or e}"
                )
        current = self.current()
        self.summary = Summary(
            catalog=self.catalog,
            progress=self.progress,
            verdicts=verdicts,
            newly_solved=newly,
            regressed=[
                k for k, v in verdicts.items() if before[k] == "solved" and v.status != "solved"
            ],
            streak=self.progress.streak(self.today),
            reviews_due=self._reviews_due(),
            unchanged=len(self.selection.unchanged),
            special_notes=self.special_notes,
            current=current,
            location=self._location(current) if current else None,
            warnings=self.warnings,
            tampered=self.selection.tampered,
            restore={k: self._restore(k, files) for k, files in self.selection.tampered.items()},
        )

    def _check_special_cases(self, kata: Kata, verdict: Verdict) -> Verdict:
        """A solved verdict stands unless the examples alone run a special case."""
        runs = self.lines_run[kata.id]
        if EXAMPLES not in runs or PROPERTIES not in runs:
            return verdict
        literals = example_literals(read_text(kata.directory / name) for name in kata.examples)
        rel_dir = os.path.relpath(kata.directory, self.config.invocation_params.dir)
        notes = []
        for name in kata.files:
            findings = classify(
                os.path.join(rel_dir, name),
                read_text(kata.directory / name),
                runs[EXAMPLES].get(name, set()),
                runs[PROPERTIES].get(name, set()),
                literals,
            )
            for finding in findings:
                if finding.confident:
                    return Verdict("fitted", finding.message(), SPECIAL_CASING)
                notes.append(finding.message())
        if notes:
            self.special_notes[kata.id] = notes
        return verdict

    def _reviews_due(self) -> list[str]:
        due = set(progress_store.reviews_due(self.progress, self.today))
        return [k.id for k in self.catalog.katas if k.id in due]

    def _stop_stuck_run(self, kata: Kata, item: pytest.Item, message: str) -> None:
        """End a run that a kata holds hostage: record its timeout, say why, exit."""
        phase = PROPERTIES if item.path.name in kata.properties else EXAMPLES
        self._add(kata, Outcome(phase, False, item.name, message, timeout=True))
        self.pytest_sessionfinish(item.session)
        # Output is captured while a test runs: release it, as pytest-timeout does.
        capture = self.config.pluginmanager.get_plugin("capturemanager")
        if capture is not None:
            capture.suspend_global_capture(in_=True)
        reporter = self.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            self.pytest_terminal_summary(reporter)
        sys.stderr.write(
            f"\nsenior katas: stopped the run: {kata.id} {message}. "
            f"Its status is now timeout; fix {kata.files[0]} and run again.\n"
        )
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(int(pytest.ExitCode.INTERRUPTED))

    def _restore(self, kata_id: str, files: list[str]) -> str:
        """How to put a tampered kata's shipped files back, as a command to copy."""
        kata = self.catalog.get(kata_id)
        assert kata is not None
        here = self.config.invocation_params.dir
        targets = [os.path.relpath(kata.directory / name, here) for name in files]
        pristine = pristine_dir(kata)
        if pristine is None:
            return f"git checkout -- {' '.join(targets)}"
        copies = [
            f"cp {pristine / name} {target}" for name, target in zip(files, targets, strict=True)
        ]
        return " && ".join(copies)

    def _location(self, kata: Kata) -> str:
        """``path:line`` of the kata's first file, at its first TODO (clickable in terminals)."""
        path = kata.directory / kata.files[0]
        line = 1
        with contextlib.suppress(OSError, UnicodeDecodeError):
            for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if "TODO" in text:
                    line = number
                    break
        rel = os.path.relpath(path, self.config.invocation_params.dir)
        return f"{rel}:{line}"

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        if self.summary is None:
            return
        encoding = getattr(terminalreporter._tw._file, "encoding", None)
        lines = render(self.summary, symbols_for(encoding), self.config.get_verbosity())
        terminalreporter.section("senior katas", bold=True)
        for line in lines:
            terminalreporter.write_line(line.text, **line.markup)
