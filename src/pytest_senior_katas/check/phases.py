"""The phases of a kata's check, each a ``pytest --katas`` run in a throw-away workspace.

- the starting files must fail the examples (status ``unsolved``);
- the reference must pass every test (``solved``);
- each cheat must pass the examples and be rejected by a property (``fitted``).

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
from dataclasses import dataclass
from pathlib import Path

from ..core.catalog import CATALOG_FILE, Kata

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
