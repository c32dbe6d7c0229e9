"""``pytest --katas-check``: prove that each kata of a catalog is sound.

Each kata becomes one test item, so the check runs under pytest-xdist and
reports like any test. For each kata, in fresh throw-away workspaces:

- the starting files fail the examples (status ``unsolved``);
- the reference passes every test (``solved``);
- each cheat passes the examples and is rejected by a property (``fitted``).

Each run is a separate ``python -m pytest --katas`` process, so modules are
really re-imported, and the verdict is read from the progress file it writes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from .catalog import (
    CATALOG_FILE,
    CHECKSUMS_FILE,
    SOLUTIONS_DIR,
    Catalog,
    CatalogError,
    Kata,
    compute_checksums,
    load_catalog,
    read_checksums,
)
from .plugin import katas_root

#: Seconds one phase (one pytest process over one kata) may take.
PHASE_TIMEOUT = 300


@dataclass(frozen=True)
class Phase:
    name: str
    files_from: Path | None
    expected: str


def phases(kata: Kata) -> list[Phase]:
    result = [Phase("start", None, "unsolved"), Phase("reference", kata.reference, "solved")]
    result += [Phase(f"cheat {c.name}", c, "fitted") for c in kata.cheats()]
    return result


def _workspace(kata: Kata, files_from: Path | None, into: Path) -> Path:
    """A one-kata workspace: the kata's shipped files, the learner files from ``files_from``."""
    kata_dir = into / "katas" / kata.topic / kata.id
    shutil.copytree(
        kata.directory,
        kata_dir,
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "cheats", ".katas"),
    )
    topic_init = kata.directory.parent / "__init__.py"
    if topic_init.is_file():
        shutil.copyfile(topic_init, kata_dir.parent / "__init__.py")
    (into / "katas" / CATALOG_FILE).write_text(
        f'format = 1\n\n[[topics]]\nid = "{kata.topic}"\ntitle = "{kata.topic}"\n'
        f'katas = ["{kata.id}"]\n',
        encoding="utf-8",
    )
    (into / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    if files_from is not None:
        for name in kata.files:
            shutil.copyfile(files_from / name, kata_dir / name)
    return into


def _clean_env() -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTEST_", "KATAS_")) or k == "PYTEST_DISABLE_PLUGIN_AUTOLOAD"
    }
    # Bytecode goes to a cache of our own: nothing is written beside the kata, and the
    # libraries every phase imports (pytest, Hypothesis) are compiled once, not each time.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "pytest-senior-katas-pycache")
    return env


def run_phase(kata: Kata, phase: Phase, scratch: Path) -> tuple[str, str]:
    """Run one phase; return (status reached, the run's output)."""
    ws = _workspace(kata, phase.files_from, scratch / phase.name.replace(" ", "_"))
    command = [sys.executable, "-m", "pytest", "--katas", "-p", "no:cacheprovider", "-q"]
    command += ["-p", "no:randomly", "--color=no", "-W", "ignore::DeprecationWarning"]
    # The author's machine may be busy (xdist, an editor): a kata is judged on what it
    # does, never on a per-test time limit meant to catch a learner's infinite loop.
    command += ["-o", f"katas_timeout={PHASE_TIMEOUT}"]
    try:
        proc = subprocess.run(
            command,
            cwd=ws,
            env=_clean_env(),
            capture_output=True,
            text=True,
            timeout=PHASE_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return "timeout", f"the run took longer than {PHASE_TIMEOUT} s"
    output = proc.stdout + proc.stderr
    state = ws / ".katas" / "progress.json"
    try:
        data = json.loads(state.read_text(encoding="utf-8"))
        status = str(data["katas"][kata.id]["status"])
    except (OSError, ValueError, KeyError):
        status = "no verdict"
    return status, output


@dataclass
class KataCheck:
    kata: Kata
    problems: list[str]
    passed_phases: int = 0

    def line(self) -> str:
        if not self.problems:
            cheats = len(self.kata.cheats())
            return (
                f"{self.kata.id}: fails at start, reference solves it, "
                f"{cheats}/{cheats} cheat{'s' if cheats != 1 else ''} rejected"
            )
        return f"{self.kata.id}: {self.problems[0]}"


def check_kata(kata: Kata, catalog: Catalog) -> KataCheck:
    result = KataCheck(kata, [])
    if not kata.reference.is_dir():
        result.problems.append(f"no reference: add {SOLUTIONS_DIR}/reference/")
    if not kata.cheats():
        result.problems.append(f"no cheat: add {SOLUTIONS_DIR}/cheats/<name>/ (at least one)")
    for source in ([kata.reference] if kata.reference.is_dir() else []) + kata.cheats():
        missing = [n for n in kata.files if not (source / n).is_file()]
        if missing:
            result.problems.append(
                f"{source.relative_to(kata.directory)} lacks {', '.join(missing)}"
            )
    shipped = read_checksums(catalog.root)
    if shipped is not None:
        prefix = kata.directory.relative_to(catalog.root).as_posix() + "/"
        mine = {k: v for k, v in compute_checksums(catalog).items() if k.startswith(prefix)}
        theirs = {k: v for k, v in shipped.items() if k.startswith(prefix)}
        if mine != theirs:
            result.problems.append(
                f"{CHECKSUMS_FILE} is stale for this kata; run "
                f"`python -m pytest_senior_katas.checksums {catalog.root}`"
            )
    if result.problems:
        return result
    with tempfile.TemporaryDirectory(prefix=f"katas-check-{kata.id}-") as tmp:
        for phase in phases(kata):
            status, output = run_phase(kata, phase, Path(tmp))
            unreached = [
                line.split(": ", 2)[-1]
                for line in output.splitlines()
                if line.startswith(f"warning: {kata.id}: ") and "only runs for the example" in line
            ]
            if phase.files_from == kata.reference and unreached:
                # A learner who writes the reference would be warned: the properties miss
                # a branch of it. Make a generator reach it, or opt the kata out.
                result.problems.append(
                    f"reference: no property reaches {unreached[0].split(' only runs')[0]}; "
                    "generate inputs that reach it (or set [checks] special_cases = false)"
                )
                continue
            if status == phase.expected:
                result.passed_phases += 1
                continue
            tail = "\n".join(output.rstrip().splitlines()[-25:])
            result.problems.append(
                f"{phase.name}: expected status {phase.expected!r}, got {status!r}\n{tail}"
            )
    return result


class KataCheckFailed(Exception):
    pass


class KataCheckItem(pytest.Item):
    def __init__(self, *, kata: Kata, catalog: Catalog, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.kata = kata
        self.catalog = catalog

    def runtest(self) -> None:
        result = check_kata(self.kata, self.catalog)
        self.user_properties.append(("katas_check", result.line()))
        if result.problems:
            raise KataCheckFailed("\n".join(result.problems))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, KataCheckFailed):
            return f"kata {self.kata.id} is not sound:\n{excinfo.value}"
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"kata check: {self.kata.id}"


class KataCheckFile(pytest.File):
    def __init__(self, *, kata: Kata, catalog: Catalog, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.kata = kata
        self.catalog = catalog

    def collect(self) -> Iterator[pytest.Item]:
        yield KataCheckItem.from_parent(
            self, name=self.kata.id, kata=self.kata, catalog=self.catalog
        )


class CatalogCheck:
    """The plugin object registered under ``--katas-check``."""

    def __init__(self, config: pytest.Config) -> None:
        try:
            self.catalog = load_catalog(katas_root(config))
        except CatalogError as e:
            raise pytest.UsageError(str(e)) from None
        self.order = {k.id: i for i, k in enumerate(self.catalog.katas)}
        self.lines: dict[str, tuple[bool, str]] = {}
        if config.args_source != pytest.Config.ArgsSource.ARGS:
            config.args = [str(self.catalog.root)]

    def _inside(self, path: Path) -> bool:
        return path == self.catalog.root or self.catalog.root in path.parents

    def pytest_ignore_collect(self, collection_path: Path) -> bool | None:
        if self._inside(collection_path) and (
            collection_path.name == SOLUTIONS_DIR or collection_path.suffix == ".py"
        ):
            return True
        return None

    def pytest_collect_file(
        self, file_path: Path, parent: pytest.Collector
    ) -> pytest.Collector | None:
        kata = self.catalog.kata_for_path(file_path)
        if kata is None or file_path != kata.directory / "kata.toml":
            return None
        return KataCheckFile.from_parent(parent, path=file_path, kata=kata, catalog=self.catalog)

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        def key(item: pytest.Item) -> int:
            if isinstance(item, KataCheckItem):
                return self.order[item.kata.id]
            return len(self.order)

        items.sort(key=key)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when != "call":
            return
        for name, value in report.user_properties:
            if name == "katas_check":
                self.lines[report.nodeid] = (report.passed, str(value))

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        if not self.lines:
            return
        terminalreporter.section("kata check", bold=True)
        sound = 0
        for passed, line in self.lines.values():
            sound += passed
            mark = "ok  " if passed else "FAIL"
            terminalreporter.write_line(f"{mark} {line}", green=passed, red=not passed)
        total = len(self.lines)
        terminalreporter.write_line(
            f"{sound}/{total} katas sound", bold=True, green=sound == total, red=sound != total
        )
