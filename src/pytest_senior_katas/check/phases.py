"""The versions of a kata that its check runs, and how they are run.

Each version (a *variant*) is the kata with some learner files replaced: the
starting files, the reference, each cheat, each mutant of the reference. Each
is judged by a real ``pytest --katas`` run in a throw-away one-kata workspace,
and its verdict is read from the progress file that run writes.

All the variants of one kata run in one worker process (:mod:`.worker`), one
in-process pytest run each, so pytest, Hypothesis and coverage are imported
once per kata rather than once per variant. A variant that kills its worker
(``os._exit``, a hang the time limit cannot break) is recorded as ``crashed``
and a new worker carries on with the next one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.catalog import CATALOG_FILE, Kata
from ..core.mutation import Mutant

#: Per-test time limit for the starting files, the reference and the cheats. The
#: author's machine may be busy (xdist, an editor): a kata is judged on what it does,
#: never on a limit meant to catch a learner's infinite loop.
PHASE_TIMEOUT = 300

#: Per-test time limit for a mutant: a mutant that loops forever is killed, and it
#: must not cost minutes. A correct-but-slow mutant is then counted killed too,
#: which only errs towards a higher score on a machine far slower than a kata needs.
MUTANT_TIMEOUT = 10

#: The statuses a variant's run can end with, besides those of kata mode.
CRASHED = "crashed"
NO_VERDICT = "no verdict"


@dataclass(frozen=True)
class Variant:
    """One version of the kata to run, and the status it must reach."""

    name: str
    #: Learner file name -> text; None keeps the starting files.
    files: Mapping[str, str] | None
    expected: str
    #: Stop at the first failing test (a mutant is killed by one failure).
    stop_first: bool = False
    timeout: float = PHASE_TIMEOUT
    #: A write-tests kata's mutant: the reference suite is run straight against the mutated
    #: module (it is the only test that judges it), not a whole ``pytest --katas`` run.
    suite_module: str | None = None

    def to_json(self, slug: str) -> dict[str, Any]:
        return {
            "name": self.name,
            "slug": slug,
            "files": dict(self.files) if self.files is not None else None,
            "stop_first": self.stop_first,
            "timeout": self.timeout,
            "suite_module": self.suite_module,
        }


@dataclass(frozen=True)
class Result:
    status: str
    output: str


def _read_files(directory: Path, kata: Kata) -> dict[str, str]:
    return {name: (directory / name).read_text(encoding="utf-8") for name in kata.files}


def start_variant() -> Variant:
    return Variant("start", None, "unsolved")


def reference_files(kata: Kata) -> dict[str, str]:
    """The reference's version of each learner file, by name."""
    return _read_files(kata.reference, kata)


def reference_variant(kata: Kata) -> Variant:
    return Variant("reference", reference_files(kata), "solved")


def cheat_variants(kata: Kata) -> list[Variant]:
    # A write-tests kata's cheats are weak test suites: green, yet not solved. A cheat
    # stops at its first failing test: the examples run first, so a cheat that fails
    # one is unsolved, and one that passes them and fails a property is fitted.
    expected = "unsolved" if kata.suite is not None else "fitted"
    return [
        Variant(f"cheat {c.name}", _read_files(c, kata), expected, stop_first=True)
        for c in kata.cheats()
    ]


def alternative_variants(kata: Kata) -> list[Variant]:
    """Correct solutions in other styles: each must be solved, as the reference is."""
    return [
        Variant(f"alternative {a.name}", _read_files(a, kata), "solved")
        for a in kata.alternatives()
    ]


def mutation_targets(kata: Kata) -> dict[str, str]:
    """The files whose mutants the kata's tests must reject, by name, as the reference has them.

    For a write-tests kata that is the module under test, and the tests are the
    reference suite: a mutant it lets through is a behaviour it does not pin down.
    """
    reference = reference_files(kata)
    if kata.suite is None:
        # Mutants are made of Python; a learner file in another language (a Dockerfile,
        # an SQL script) is judged by its tests alone.
        return {name: text for name, text in reference.items() if name.endswith(".py")}
    module = kata.suite.module
    if module in reference:
        return {module: reference[module]}
    return {module: (kata.directory / module).read_text(encoding="utf-8")}


def mutant_variant(kata: Kata, reference: Mapping[str, str], mutant: Mutant) -> Variant:
    """The reference with one file replaced by ``mutant``: the tests must reject it."""
    if kata.suite is not None and not kata.test_files:
        # Only the reference suite judges the module: run it, swapped, in one workspace.
        files = {**reference, mutant.file: mutant.source}
        return Variant(
            f"mutant {mutant.id}", files, "killed", True, MUTANT_TIMEOUT, suite_module=mutant.file
        )
    files = dict(reference)
    files[mutant.file] = mutant.source
    return Variant(f"mutant {mutant.id}", files, "killed", True, MUTANT_TIMEOUT)


def make_workspace(kata: Kata, files: Mapping[str, str] | None, into: Path) -> Path:
    """A workspace holding only ``kata``: its shipped files and reference, never its cheats."""
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
    for name, text in (files or {}).items():
        (kata_dir / name).write_text(text, encoding="utf-8")
    return into


def read_status(workspace: Path, kata_id: str) -> str:
    """The status a run in ``workspace`` recorded for the kata."""
    state = workspace / ".katas" / "progress.json"
    try:
        data = json.loads(state.read_text(encoding="utf-8"))
        return str(data["katas"][kata_id]["status"])
    except (OSError, ValueError, KeyError, TypeError):
        return NO_VERDICT


def _clean_env(hash_seed: int) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTEST_", "KATAS_", "COV_CORE_"))
        or k == "PYTEST_DISABLE_PLUGIN_AUTOLOAD"
    }
    # A fixed seed per pass: a verdict that differs between two seeds depends on the
    # iteration order of sets and dicts of strings, and the check says so.
    env["PYTHONHASHSEED"] = str(hash_seed)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # Libraries are compiled once into a cache of our own (the worker itself writes no
    # bytecode for kata files: variants share names and sizes).
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "pytest-senior-katas-pycache")
    return env


def _read_results(path: Path) -> dict[str, Result]:
    results: dict[str, Result] = {}
    if not path.exists():
        return results
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            data = json.loads(line)
            results[str(data["name"])] = Result(str(data["status"]), str(data["output"]))
        except (ValueError, KeyError, TypeError):
            continue  # a line cut short by a worker that died while writing it
    return results


def run_variants(
    kata: Kata, variants: list[Variant], scratch: Path, hash_seed: int = 0
) -> dict[str, Result]:
    """Run every variant of ``kata`` (in worker processes); return each one's result."""
    scratch.mkdir(parents=True, exist_ok=True)
    tag = f"seed{hash_seed}"
    job = scratch / f"job-{tag}.json"
    results_path = scratch / f"results-{tag}.jsonl"
    job.write_text(
        json.dumps(
            {
                "kata_dir": str(kata.directory),
                "topic": kata.topic,
                "scratch": str(scratch / tag),
                "variants": [v.to_json(f"v{i}") for i, v in enumerate(variants)],
            }
        ),
        encoding="utf-8",
    )
    # Generous: the worker's own per-test limits stop ordinary hangs long before this.
    budget = 120 + sum(min(v.timeout, 60) for v in variants)
    command = [sys.executable, "-m", "pytest_senior_katas.check.worker", str(job)]
    command.append(str(results_path))
    while True:
        output = ""
        try:
            proc = subprocess.run(
                command,
                env=_clean_env(hash_seed),
                capture_output=True,
                text=True,
                timeout=budget,
                check=False,
            )
            output = (proc.stdout + proc.stderr)[-3000:]
            ended = CRASHED
        except subprocess.TimeoutExpired:
            ended = "timeout"
        results = _read_results(results_path)
        missing = [v for v in variants if v.name not in results]
        if not missing:
            return results
        # The first variant without a result ended the worker: record it, go on.
        with results_path.open("a", encoding="utf-8") as f:
            line = {"name": missing[0].name, "status": ended, "output": output}
            f.write(json.dumps(line) + "\n")
