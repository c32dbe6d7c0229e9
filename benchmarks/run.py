"""Benchmarks for pytest-senior-katas: every figure is a ratio measured in one run.

Usage (from a checkout, with the plugin installed: ``python -m pip install -e '.[test]'``)::

    python benchmarks/run.py                 # every figure, medians of 5 runs
    python benchmarks/run.py --quick         # medians of 3 runs
    python benchmarks/run.py --skip-check    # leave out the slow catalog check (figure 5)

Each timed command is a fresh ``python -m pytest ...`` process, in workspaces built
in a temporary directory, with an environment free of ``PYTEST_ADDOPTS`` (and of the
other variables that change what pytest loads). The two sides of a ratio are timed
alternately, after one untimed warm-up each, and compared by their medians, so that
the machine's speed and drift cancel out. Bytecode is cached in the temporary
directory (``PYTHONPYCACHEPREFIX``), as on a learner's machine where ``.pyc`` files
exist; ``--no-bytecode-cache`` measures with ``PYTHONDONTWRITEBYTECODE=1`` instead.

Exit status: 0 when every target is met, 1 when one is missed, 2 when the
benchmark itself cannot run (plugin not installed, a command fails unexpectedly).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SRC = REPO / "src"

# The figures are for this checkout's code: here, and in every pytest process (through
# PYTHONPATH), even when the installed distribution (which provides the pytest11 entry
# point) is another copy.
sys.path.insert(0, str(SRC))
try:
    from pytest_senior_katas.core.catalog import Kata, load_catalog
    from pytest_senior_katas.core.checksums import compute_checksums, format_checksums
except ImportError:
    sys.exit(f"error: cannot import pytest_senior_katas from {SRC}: is this a checkout?")

#: Variables that would change what pytest loads or how the plugin behaves.
DROPPED_ENV = ("PYTEST_ADDOPTS", "PYTEST_PLUGINS", "PYTEST_DISABLE_PLUGIN_AUTOLOAD")
DROPPED_ENV_PREFIXES = ("KATAS_",)

#: Katas solved in the inner-loop workspace; the next one is the current kata.
SOLVED = 20

#: Figure 6 is cheap and its ratio is close to 1: it takes this many times --runs samples.
OVERHEAD_SAMPLES = 4

FIGURES = ("1", "2", "3", "4", "5", "6")


class BenchError(Exception):
    """The benchmark cannot go on (not a missed target)."""


# -- running and timing pytest ---------------------------------------------------


@dataclass(frozen=True)
class Command:
    """One ``python -m pytest ARGS`` invocation in a directory."""

    label: str
    args: tuple[str, ...]
    cwd: Path
    #: Exit codes that mean "ran as intended" (1: a kata fails on purpose, 5: no tests).
    ok: tuple[int, ...] = (0,)

    def argv(self) -> list[str]:
        return [sys.executable, "-m", "pytest", *self.args]


@dataclass
class Env:
    variables: dict[str, str]
    verbose: bool = False

    def run(self, command: Command, timeout: float = 3600) -> tuple[float, str]:
        """Run once; return (wall seconds, combined output). An unexpected exit code aborts."""
        start = time.perf_counter()
        proc = subprocess.run(
            command.argv(),
            cwd=command.cwd,
            env=self.variables,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=timeout,
            check=False,
        )
        elapsed = time.perf_counter() - start
        if proc.returncode not in command.ok:
            tail = "\n".join(proc.stdout.rstrip().splitlines()[-30:])
            raise BenchError(
                f"{command.label}: `pytest {' '.join(command.args)}` in {command.cwd} exited "
                f"{proc.returncode} (expected {' or '.join(map(str, command.ok))}):\n{tail}"
            )
        if self.verbose:
            print(f"    {elapsed:7.3f} s  {command.label}", flush=True)
        return elapsed, proc.stdout


def make_env(tmp: Path, bytecode_cache: bool) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in DROPPED_ENV and not k.startswith(DROPPED_ENV_PREFIXES)
    }
    for name in ("FORCE_COLOR", "PY_COLORS", "PYTHONPYCACHEPREFIX", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    env["COLUMNS"] = "100"
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), *filter(None, [env.get("PYTHONPATH")])])
    if bytecode_cache:
        # Warm .pyc files (pytest's rewritten test modules included) kept in the temp dir,
        # so nothing is written into site-packages or the repository.
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def measure(env: Env, commands: Sequence[Command], runs: int, warmup: int = 1) -> list[list[float]]:
    """Time each command ``runs`` times, interleaved (order alternating), after warm-ups."""
    for command in commands:
        for _ in range(warmup):
            env.run(command)
    samples: list[list[float]] = [[] for _ in commands]
    for i in range(runs):
        order = list(enumerate(commands))
        if i % 2:
            order.reverse()
        for index, command in order:
            samples[index].append(env.run(command)[0])
    return samples


def ratio_interval(
    top: Sequence[float], bottom: Sequence[float], rounds: int = 2000
) -> tuple[float, float]:
    """A 90% bootstrap interval for median(top) / median(bottom): how noisy the ratio is."""
    rng = random.Random(7)
    ratios = sorted(
        statistics.median(rng.choices(top, k=len(top)))
        / statistics.median(rng.choices(bottom, k=len(bottom)))
        for _ in range(rounds)
    )
    return ratios[int(0.05 * rounds)], ratios[int(0.95 * rounds) - 1]


_COUNTS = re.compile(r"(\d+) (passed|failed|skipped|errors?|xfailed|xpassed|deselected)")


def outcome_counts(output: str) -> dict[str, int]:
    """The counts of pytest's last summary line (``3 failed, 10 passed in 1.2s``)."""
    for line in reversed(output.splitlines()):
        if " in " in line and _COUNTS.search(line):
            return {kind.rstrip("s"): int(n) for n, kind in _COUNTS.findall(line)}
    return {}


# -- results -----------------------------------------------------------------------


@dataclass
class Result:
    figure: str
    name: str
    measured: str
    detail: str
    target: str
    verdict: str  # PASS, FAIL, info, NOISY (missed, but within the measured noise)

    def line(self) -> str:
        return (
            f"{self.figure:<3} {self.name:<50} {self.measured:>15}  "
            f"target {self.target:<8} {self.verdict:<5}  {self.detail}"
        ).rstrip()


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, result: Result) -> None:
        self.results.append(result)
        print(result.line(), flush=True)

    def note(self, text: str) -> None:
        self.notes.append(text)
        print(f"    note: {text}", flush=True)


def load_average() -> str:
    """The 1-minute load average: other work on the machine skews every figure."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except (AttributeError, OSError):
        return "?"


def slowest_katas(check_output: str, count: int = 5) -> str:
    """The katas whose check took longest, from the check's "ok   id: ... in N s" lines,
    so that one slow kata stands out of the catalog's total."""
    found = re.findall(r"^(?:ok  |FAIL) (\w+): .* in (\d+) s$", check_output, re.MULTILINE)
    ranked = sorted(((int(s), kata) for kata, s in found), reverse=True)[:count]
    return ", ".join(f"{kata} {s} s" for s, kata in ranked) or "no per-kata times"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def seconds(value: float) -> str:
    return f"{value:.3f} s"


def ratio_result(
    report: Report,
    figure: str,
    name: str,
    top: Sequence[float],
    bottom: Sequence[float],
    limit: float | None,
    noisy_is_info: bool = False,
) -> float:
    """Add the line for median(top) / median(bottom) against ``ratio <= limit``."""
    a, b = statistics.median(top), statistics.median(bottom)
    value = a / b
    low, high = ratio_interval(top, bottom)
    runs = plural(len(top), "run")
    detail = f"({seconds(a)} / {seconds(b)}, 90% CI {low:.2f}-{high:.2f}, {runs} each)"
    if limit is None:
        verdict, target = "info", "-"
    else:
        target = f"<= {limit:g}"
        verdict = "PASS" if value <= limit else "FAIL"
        if verdict == "FAIL" and noisy_is_info and low <= limit:
            verdict = "NOISY"
    report.add(Result(figure, name, f"ratio {value:.3f}", detail, target, verdict))
    return value


# -- workspaces ----------------------------------------------------------------------


def copy_reference(kata: Kata, workspace: Path) -> None:
    """Put the kata's reference (from the repository) over its learner files in ``workspace``."""
    reference = kata.reference
    target = workspace / "katas" / kata.topic / kata.id
    for path in sorted(reference.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            dest = target / path.relative_to(reference)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)


def status_json(env: Env, workspace: Path) -> dict[str, object]:
    _, output = env.run(
        Command("status json", ("-p", "no:cacheprovider", "--katas-status=json"), workspace)
    )
    data: dict[str, object] = json.loads(output[output.index("{") :])
    return data


def init_workspace(env: Env, tmp: Path, name: str) -> Path:
    env.run(Command("katas-init", ("-p", "no:cacheprovider", "--katas-init", name), tmp))
    return tmp / name


def toml_string(text: str) -> str:
    return json.dumps(text)  # a JSON string of plain text is a valid TOML basic string


def write_catalog_toml(root: Path, topics: Sequence[tuple[str, str, Sequence[str]]]) -> None:
    lines = ["format = 1", ""]
    for topic_id, title, kata_ids in topics:
        lines += [
            "[[topics]]",
            f"id = {toml_string(topic_id)}",
            f"title = {toml_string(title)}",
            "katas = [" + ", ".join(toml_string(k) for k in kata_ids) + "]",
            "",
        ]
    (root / "catalog.toml").write_text("\n".join(lines), encoding="utf-8")


# -- figures -------------------------------------------------------------------------


@dataclass
class Bench:
    env: Env
    tmp: Path
    runs: int
    report: Report
    _workspace: Path | None = None

    def inner_loop_workspace(self) -> Path:
        """The init'ed workspace with the first 20 katas solved, the 21st current."""
        if self._workspace is not None:
            return self._workspace
        catalog = load_catalog(REPO / "katas")
        katas = catalog.katas
        if len(katas) <= SOLVED:
            raise BenchError(f"the catalog has {len(katas)} katas; figure 1 needs {SOLVED + 1}")
        ws = init_workspace(self.env, self.tmp, "ws")
        for kata in katas[:SOLVED]:
            copy_reference(kata, ws)
        self.env.run(
            Command(
                "solve 20 katas",
                ("-p", "no:cacheprovider", "--katas", "--katas-all"),
                ws,
                # 1: the pending katas fail; 2: one of them stopped the run (a stuck kata,
                # after the solved ones were judged). The status check below is what counts.
                ok=(0, 1, 2),
            ),
            timeout=1800,
        )
        data = status_json(self.env, ws)
        rows = data["katas"]
        assert isinstance(rows, list)
        solved = [row["id"] for row in rows if row["status"] == "solved"]
        expected = [k.id for k in katas[:SOLVED]]
        if solved != expected:
            raise BenchError(f"expected {expected} solved in the workspace, got {solved}")
        self._workspace = ws
        return ws

    def figure_1(self) -> None:
        ws = self.inner_loop_workspace()
        catalog = load_catalog(ws / "katas")
        current = catalog.katas[SOLVED]
        rel = (current.directory.relative_to(ws)).as_posix()
        tests = tuple(f"{rel}/{name}" for name in current.test_files)
        examples = tuple(f"{rel}/{name}" for name in current.examples)
        katas = Command("pytest --katas", ("-p", "no:cacheprovider", "--katas"), ws, ok=(1,))
        plain = Command("plain current kata", ("-p", "no:cacheprovider", *tests), ws, ok=(1,))
        only_examples = Command(
            "plain current examples", ("-p", "no:cacheprovider", *examples), ws, ok=(1,)
        )
        for command in (katas, plain, only_examples):  # also the warm-ups
            _, output = self.env.run(command)
            if not outcome_counts(output):
                raise BenchError(f"{command.label} ran no tests:\n{output[-2000:]}")
        a, b, c = measure(self.env, (katas, plain, only_examples), self.runs, warmup=0)
        self.report.note(
            f"current kata: {current.id}; kata mode skips its properties while an example "
            "fails, the plain run executes (and shrinks) them"
        )
        ratio_result(self.report, "1", "inner loop: --katas / plain current kata", a, b, 1.2)
        ratio_result(self.report, "1b", "inner loop: --katas / plain examples only", a, c, None)

    def figure_2(self) -> None:
        source = load_catalog(REPO / "katas")
        chosen = source.katas[: SOLVED + 1]
        ws = init_workspace(self.env, self.tmp, "ws_all")
        # The catalog of this workspace is exactly those 21 katas, all solved, so that
        # --katas-all and the plain run execute the same test items.
        keep = {(k.topic, k.id) for k in chosen}
        topics = []
        for topic in source.topics:
            ids = [k.id for k in topic.katas if (topic.id, k.id) in keep]
            if ids:
                topics.append((topic.id, topic.title, ids))
            for kata in topic.katas:
                if (topic.id, kata.id) not in keep:
                    shutil.rmtree(ws / "katas" / topic.id / kata.id)
            if not ids:
                shutil.rmtree(ws / "katas" / topic.id)
        write_catalog_toml(ws / "katas", topics)
        for kata in chosen:
            copy_reference(kata, ws)
        self.env.run(
            Command("solve 21 katas", ("-p", "no:cacheprovider", "--katas", "--katas-all"), ws),
            timeout=1800,
        )
        data = status_json(self.env, ws)
        if (data["total"], data["solved"]) != (len(chosen), len(chosen)):
            raise BenchError(f"expected {len(chosen)} solved katas, status says {data}")
        tests = tuple(f"katas/{k.topic}/{k.id}/{name}" for k in chosen for name in k.test_files)
        katas = Command(
            "pytest --katas --katas-all", ("-p", "no:cacheprovider", "--katas", "--katas-all"), ws
        )
        plain = Command("plain 21 katas", ("-p", "no:cacheprovider", *tests), ws)
        unchecked = Command(
            "pytest --katas --katas-all, special-casing check off",
            ("-p", "no:cacheprovider", "--katas", "--katas-all", "-o", "katas_special_cases=false"),
            ws,
        )
        runs = (katas, plain, unchecked)
        counts = [outcome_counts(self.env.run(c)[1]) for c in runs]  # warm-ups
        if not counts[0] or any(c != counts[0] for c in counts):
            raise BenchError(f"the runs do not run the same items: {counts}")
        a, b, c = measure(self.env, runs, self.runs, warmup=0)
        self.report.note(f"all three runs: {counts[0]}")
        ratio_result(self.report, "2", "full re-check: --katas --katas-all / plain", a, b, 1.10)
        ratio_result(self.report, "2b", "special-casing check: with / without it", a, c, 1.5)

    def figure_3(self) -> None:
        ws = self.inner_loop_workspace()
        empty = self.tmp / "empty"
        empty.mkdir(exist_ok=True)
        status = Command("--katas-status", ("-p", "no:cacheprovider", "--katas-status"), ws)
        collect = Command(
            "empty collect-only", ("-p", "no:cacheprovider", "--collect-only", "-q"), empty, ok=(5,)
        )
        a, b = measure(self.env, (status, collect), self.runs)
        ratio_result(self.report, "3", "status: --katas-status / empty collect", a, b, 1.5)

    def figure_4(self) -> None:
        workspaces = {n: generate_catalog(self.tmp / f"scale_{n}", n) for n in (100, 1000)}
        commands = []
        for n, ws in workspaces.items():
            commands.append(
                Command(f"--katas-status {n}", ("-p", "no:cacheprovider", "--katas-status"), ws)
            )
            commands.append(
                Command(
                    f"--katas --collect-only {n}",
                    ("-p", "no:cacheprovider", "--katas", "--collect-only"),
                    ws,
                )
            )
        status_100, collect_100, status_1000, collect_1000 = measure(self.env, commands, self.runs)
        for label, small, large in (
            ("--katas-status", status_100, status_1000),
            ("--katas --collect-only", collect_100, collect_1000),
        ):
            figure = "4a" if label == "--katas-status" else "4c"
            value = statistics.median(large)
            self.report.add(
                Result(
                    figure,
                    f"scale: {label}, 1,000 katas",
                    seconds(value),
                    f"(100 katas: {seconds(statistics.median(small))})",
                    "< 2 s",
                    "PASS" if value < 2 else "FAIL",
                )
            )
            ratio_result(
                self.report,
                "4b" if figure == "4a" else "4d",
                f"scale: {label}, 1,000 / 100 katas",
                large,
                small,
                12,
            )

    def figure_5(self, check_runs: int) -> None:
        ws = self.tmp / "check"
        shutil.copytree(
            REPO / "katas",
            ws / "katas",
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".katas", ".hypothesis"),
        )
        (ws / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
        count = len(load_catalog(ws / "katas").katas)
        # Exit 1 only says that a kata is unsound: the timing still stands, and it is reported.
        base = ("-p", "no:cacheprovider", "--katas-check")
        commands = [("serial", Command("--katas-check", base, ws, ok=(0, 1)))]
        if has_xdist():
            commands.append(
                ("-n auto", Command("--katas-check -n auto", (*base, "-n", "auto"), ws, ok=(0, 1)))
            )
        else:
            self.report.note("pytest-xdist is not installed: -n auto is skipped")
        medians = {}
        for i, (how, command) in enumerate(commands):
            times, sound = [], "?"
            load = load_average()
            for _ in range(check_runs):
                elapsed, output = self.env.run(command)
                times.append(elapsed)
                found = re.findall(r"(\d+/\d+) katas sound", output)
                sound = found[-1] if found else "no verdict line"
                if how == "serial":
                    self.report.note(f"slowest katas to check: {slowest_katas(output)}")
            medians[how] = statistics.median(times)
            self.report.add(
                Result(
                    f"5{'ab'[i]}",
                    f"catalog check, {how} ({count} katas)",
                    f"{medians[how] / count:.2f} s/kata",
                    f"({seconds(medians[how])} in all, {plural(check_runs, 'run')}; "
                    f"{sound} katas sound; load average {load} -> {load_average()})",
                    "-",
                    "info",
                )
            )
        if len(medians) > 1:
            self.report.add(
                Result(
                    "5c",
                    "catalog check, speedup serial / -n auto",
                    f"{medians['serial'] / medians['-n auto']:.2f}x",
                    f"({os.cpu_count()} CPUs)",
                    "-",
                    "info",
                )
            )

    def figure_6(self) -> None:
        project = self.tmp / "project"
        make_plain_project(project)
        with_plugin = Command(
            "collect with plugin", ("-p", "no:cacheprovider", "--collect-only", "-q"), project
        )
        without = Command(
            "collect without plugin",
            ("-p", "no:cacheprovider", "-p", "no:senior_katas", "--collect-only", "-q"),
            project,
        )
        # `-p no:senior_katas` must really unload the plugin: its options disappear.
        probe = Command(
            "plugin disabled", ("-p", "no:senior_katas", "--katas-status"), project, ok=(4,)
        )
        self.env.run(probe)
        samples = self.runs * OVERHEAD_SAMPLES
        a, b = measure(self.env, (with_plugin, without), samples)
        ratio_result(
            self.report,
            "6",
            "plugin overhead: collect-only, with / without it",
            a,
            b,
            1.05,
            noisy_is_info=True,
        )


def has_xdist() -> bool:
    try:
        importlib.metadata.version("pytest-xdist")
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def generate_catalog(ws: Path, count: int, topics: int = 10) -> Path:
    """A workspace whose catalog holds ``count`` trivial, valid katas in ``topics`` topics."""
    root = ws / "katas"
    per_topic = count // topics
    layout = []
    for t in range(topics):
        topic_id = f"bench_topic_{t}"
        ids = [f"bench_kata_{t * per_topic + i:04d}" for i in range(per_topic)]
        layout.append((topic_id, f"Benchmark topic {t}", ids))
        (root / topic_id).mkdir(parents=True)
        (root / topic_id / "__init__.py").write_text("", encoding="utf-8")
        for kata_id in ids:
            write_trivial_kata(root / topic_id / kata_id, kata_id)
    write_catalog_toml(root, layout)
    catalog = load_catalog(root)
    (root / "checksums.txt").write_text(
        format_checksums(compute_checksums(catalog)), encoding="utf-8"
    )
    (ws / "pytest.ini").write_text("[pytest]\nkatas_dir = katas\n", encoding="utf-8")
    return ws


KATA_TOML = '''\
format = 1
title = "Trivial kata {id}"
kind = "fix"
files = ["answer.py"]
prompt = """Make answer() return 42 for every input."""
hints = ["Look at the return statement.", "Return 42."]
interviewers = """Nothing: this kata only exists to measure the plugin."""

[seed]
section = 3
heading = "Language Semantics"
bullet = "Truthiness rules"
'''

LEARNER = '''\
"""A trivial kata for the benchmarks: answer() must return 42."""


def answer(x: int = 0) -> int:
    return 0  # TODO: return 42
'''

REFERENCE = '''\
"""The reference of a benchmark kata."""


def answer(x: int = 0) -> int:
    return 42
'''

EXAMPLES = """\
from .answer import answer


def test_answer_is_42() -> None:
    assert answer() == 42
"""

PROPERTIES = """\
from types import ModuleType

from hypothesis import given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import answer


@kata_settings
@given(x=st.integers())
def test_answer_matches_the_reference(reference: ModuleType, x: int) -> None:
    assert_same(answer.answer(x), reference.answer(x), x=x)
"""


def write_trivial_kata(directory: Path, kata_id: str) -> None:
    (directory / "_solutions" / "reference").mkdir(parents=True)
    files = {
        "__init__.py": "",
        "kata.toml": KATA_TOML.format(id=kata_id),
        "answer.py": LEARNER,
        "test_examples.py": EXAMPLES,
        "test_properties.py": PROPERTIES,
        "_solutions/reference/answer.py": REFERENCE,
    }
    for name, text in files.items():
        (directory / name).write_text(text, encoding="utf-8")


def make_plain_project(project: Path) -> None:
    """A small ordinary project: a package and a few trivial test files."""
    (project / "src" / "shop").mkdir(parents=True)
    (project / "tests").mkdir()
    (project / "pytest.ini").write_text("[pytest]\ntestpaths = tests\n", encoding="utf-8")
    (project / "src" / "shop" / "__init__.py").write_text(
        "def total(prices: list[int]) -> int:\n    return sum(prices)\n", encoding="utf-8"
    )
    for name in ("cart", "prices", "discounts", "orders", "users"):
        tests = "\n\n".join(
            f"def test_{name}_{i}() -> None:\n    assert {i} + {i} == {2 * i}" for i in range(5)
        )
        (project / "tests" / f"test_{name}.py").write_text(tests + "\n", encoding="utf-8")


# -- the machine -----------------------------------------------------------------------


def parallel_throughput(processes: int) -> float:
    """How much CPU-bound work ``processes`` concurrent processes do, relative to one."""
    code = "sum(range(20_000_000))"

    def wall(n: int) -> float:
        start = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(n)]
        for proc in procs:
            proc.wait()
        return time.perf_counter() - start

    one = min(wall(1) for _ in range(2))
    many = min(wall(processes) for _ in range(2))
    return processes * one / many


def machine_lines(bytecode_cache: bool, runs: int, plugin: str) -> list[str]:
    def version(dist: str) -> str:
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            return "not installed"

    cpus = os.cpu_count() or 1
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cpus
    throughput = parallel_throughput(max(usable, 2))

    return [
        f"machine:  {platform.platform()} ({platform.machine()}), "
        f"{platform.processor() or 'unknown processor'}",
        f"CPUs:     {cpus} (usable {usable}); {max(usable, 2)} concurrent CPU-bound processes "
        f"do {throughput:.2f}x the work of one",
        f"Python:   {platform.python_implementation()} {platform.python_version()} "
        f"({sys.executable})",
        f"packages: pytest {version('pytest')}, hypothesis {version('hypothesis')}, "
        f"pytest-xdist {version('pytest-xdist')}, pytest-senior-katas "
        f"{version('pytest-senior-katas')}",
        f"plugin:   code from {plugin} (PYTHONPATH); entry point from the installed "
        f"distribution at {installed_location()}",
        f"load:     1-minute load average {load_average()} at the start",
        f"settings: medians of {plural(runs, 'run')} after 1 warm-up each; bytecode "
        + (
            "cached (PYTHONPYCACHEPREFIX in the temp dir)"
            if bytecode_cache
            else "not written (PYTHONDONTWRITEBYTECODE=1)"
        ),
    ]


def installed_location() -> str:
    try:
        dist = importlib.metadata.distribution("pytest-senior-katas")
    except importlib.metadata.PackageNotFoundError:
        return "?"
    direct = dist.read_text("direct_url.json")
    if direct:
        url = str(json.loads(direct).get("url", ""))
        return url.removeprefix("file://") or "?"
    return str(dist.locate_file(""))


def check_installation(env: dict[str, str]) -> str:
    """Where pytest processes load the plugin from; a BenchError when they cannot."""
    plugins = importlib.metadata.entry_points(group="pytest11")
    if not any(ep.value.startswith("pytest_senior_katas") for ep in plugins):
        raise BenchError(
            "the pytest-senior-katas entry point is not installed; "
            "run: python -m pip install -e '.[test]'"
        )
    if not (REPO / "katas" / "catalog.toml").is_file():
        raise BenchError(f"no catalog at {REPO / 'katas'}")
    proc = subprocess.run(
        [sys.executable, "-c", "import pytest_senior_katas.plugin as p; print(p.__file__)"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    loaded = Path(proc.stdout.strip() or "?").resolve()
    if SRC not in loaded.parents:
        raise BenchError(f"pytest would load the plugin from {loaded}, not from {SRC}")
    return str(loaded.parent)


# -- main ----------------------------------------------------------------------------------


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per command (default 5)")
    parser.add_argument("--quick", action="store_true", help="3 runs per command")
    parser.add_argument(
        "--skip-check", action="store_true", help="skip figure 5 (the catalog check; slow)"
    )
    parser.add_argument(
        "--check-runs",
        type=int,
        default=1,
        help="runs of each catalog check in figure 5 (default 1: it takes minutes)",
    )
    parser.add_argument(
        "--only", default="", help="comma-separated figures to run, e.g. 1,3 (default: all)"
    )
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="run pytest with PYTHONDONTWRITEBYTECODE=1 (every run recompiles and rewrites)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary workspaces")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every timing")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs = 3
    if args.runs < 1 or args.check_runs < 1:
        parser.error("--runs and --check-runs must be at least 1")
    return args


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    wanted = {f.strip() for f in args.only.split(",") if f.strip()} or set(FIGURES)
    if args.skip_check:
        wanted.discard("5")
    bytecode_cache = not args.no_bytecode_cache
    tmp = Path(tempfile.mkdtemp(prefix="katas-bench-")).resolve()
    env = make_env(tmp, bytecode_cache)
    try:
        plugin = check_installation(env)
    except BenchError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        print(f"error: {e}", file=sys.stderr)
        return 2
    print("pytest-senior-katas benchmarks")
    for line in machine_lines(bytecode_cache, args.runs, plugin):
        print(line)
    print(flush=True)
    report = Report()
    bench = Bench(Env(env, args.verbose), tmp, args.runs, report)
    figures: list[tuple[str, Callable[[], None]]] = [
        ("1", bench.figure_1),
        ("2", bench.figure_2),
        ("3", bench.figure_3),
        ("4", bench.figure_4),
        ("6", bench.figure_6),
        ("5", lambda: bench.figure_5(args.check_runs)),  # the slowest, last
    ]
    started = time.perf_counter()
    try:
        for number, figure in figures:
            if number in wanted:
                figure()
    except BenchError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    finally:
        if args.keep:
            print(f"workspaces kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    report.results.sort(key=lambda r: r.figure)
    print(
        f"\nsummary ({time.perf_counter() - started:.0f} s; "
        f"1-minute load average {load_average()} at the end):"
    )
    for result in report.results:
        print(result.line())
    missed = [r for r in report.results if r.verdict == "FAIL"]
    noisy = [r for r in report.results if r.verdict == "NOISY"]
    if noisy:
        print(
            "NOISY: above target, but the 90% interval reaches it; informational, "
            "not counted as a miss: " + ", ".join(r.figure for r in noisy)
        )
    if missed:
        print("missed targets: " + ", ".join(f"{r.figure} ({r.name})" for r in missed))
        return 1
    print("every target met")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
