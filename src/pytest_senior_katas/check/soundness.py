"""What makes a kata sound: its files are complete, its checksums current, its phases
reach the statuses they must (see :mod:`.phases`)."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..core.catalog import CHECKSUMS_FILE, SOLUTIONS_DIR, Catalog, CatalogError, Kata
from ..core.checksums import compute_checksums, read_checksums
from .phases import phases, run_phase


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
    try:
        shipped = read_checksums(catalog.root)
    except CatalogError as e:
        shipped = None
        result.problems.append(str(e))
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
