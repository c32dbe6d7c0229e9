"""What makes a kata sound.

- its files are complete and its checksums current;
- it ships at least :data:`MIN_CHEATS` cheats, at least :data:`MIN_BLIND` of them blind;
- the starting files fail the examples (``unsolved``), the reference passes every
  test (``solved``) with no line only the examples reach, and every cheat passes the
  examples but not the properties (``fitted``);
- those verdicts are the same in a second run under another ``PYTHONHASHSEED``;
- the kata's tests reject at least :data:`MIN_MUTATION_SCORE` of the reference's
  mutants, not counting those declared equivalent in ``kata.toml`` (each with a reason);
  a declaration that names no mutant, or a mutant the tests reject, is stale.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .. import requirements
from ..core.catalog import (
    BUGS_DIR,
    CHECKSUMS_FILE,
    CORRECT_DIR,
    KATA_FILE,
    SOLUTIONS_DIR,
    Catalog,
    CatalogError,
    Kata,
)
from ..core.checksums import kata_checksums, read_checksums
from ..core.mutation import mutants
from .phases import (
    Result,
    Variant,
    alternative_variants,
    cheat_variants,
    mutant_variant,
    mutation_targets,
    reference_files,
    reference_variant,
    run_variants,
    start_variant,
)

MIN_CHEATS = 5
MIN_BLIND = 3
MIN_MUTATION_SCORE = 0.90
#: A write-tests kata: correct implementations (the shipped or reference one included)
#: and planted bugs, at least.
MIN_CORRECT = 3
MIN_BUGS = 4

#: How many surviving mutants a failing kata lists (the rest are counted).
SHOWN_SURVIVORS = 12


@dataclass
class MutationScore:
    killed: int = 0
    survived: list[str] = field(default_factory=list)
    equivalent: int = 0
    #: Mutants declared equivalent that the tests reject all the same: stale declarations.
    rejected_equivalents: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.killed + len(self.survived)

    @property
    def score(self) -> float:
        return self.killed / self.total if self.total else 1.0

    def __str__(self) -> str:
        text = f"mutation score {self.score:.0%} ({self.killed}/{self.total}"
        if self.equivalent:
            text += f", {self.equivalent} equivalent"
        return text + ")"


@dataclass
class KataCheck:
    kata: Kata
    problems: list[str]
    passed_phases: int = 0
    mutation: MutationScore | None = None
    #: Wall-clock seconds the check of this kata took (shown, so a slow kata stands out).
    seconds: float = 0.0

    def line(self) -> str:
        if self.problems:
            return f"{self.kata.id}: {self.problems[0]}"
        cheats = len(self.kata.cheats())
        blind = len(self.kata.blind_cheats)
        if self.kata.suite is not None:
            bugs = len(self.kata.suite.bugs)
            text = (
                f"{self.kata.id}: fails at start, the reference suite passes "
                f"{correct_count(self.kata)} correct implementations and catches {bugs} "
                f"planted bugs, {cheats}/{cheats} weak suites rejected ({blind} blind)"
            )
        else:
            text = (
                f"{self.kata.id}: fails at start, reference solves it, "
                f"{cheats}/{cheats} cheat{'s' if cheats != 1 else ''} rejected ({blind} blind)"
            )
        alternatives = len(self.kata.alternatives())
        if alternatives:
            plural = "s" if alternatives != 1 else ""
            text += f", {alternatives} alternative solution{plural} solved"
        if self.mutation is not None:
            text += f", {self.mutation}"
        return text + f" in {self.seconds:.0f} s"


def correct_count(kata: Kata) -> int:
    """How many correct implementations a write-tests kata has, the shipped one included."""
    assert kata.suite is not None
    correct = kata.solutions / CORRECT_DIR
    others = len([d for d in correct.iterdir() if d.is_dir()]) if correct.is_dir() else 0
    return others + 1


def _suite_problems(kata: Kata) -> list[str]:
    """A write-tests kata: enough correct implementations and planted bugs, all present."""
    assert kata.suite is not None
    module = kata.suite.module
    problems = []
    if correct_count(kata) < MIN_CORRECT:
        problems.append(
            f"{correct_count(kata)} correct implementations: add at least {MIN_CORRECT - 1} that "
            f"differ inside under {SOLUTIONS_DIR}/{CORRECT_DIR}/<name>/{module}"
        )
    correct = kata.solutions / CORRECT_DIR
    for directory in sorted(correct.iterdir()) if correct.is_dir() else []:
        if directory.is_dir() and not (directory / module).is_file():
            problems.append(f"{directory.relative_to(kata.directory)} lacks {module}")
    if len(kata.suite.bugs) < MIN_BUGS:
        problems.append(
            f"{len(kata.suite.bugs)} planted bugs: list at least {MIN_BUGS} in [[suite.bugs]], "
            f"each under {SOLUTIONS_DIR}/{BUGS_DIR}/<name>/{module}"
        )
    # A bug that cannot even be imported is "caught" by every suite: it proves nothing.
    sources = [d / module for d in sorted(correct.iterdir())] if correct.is_dir() else []
    sources += [kata.solutions / BUGS_DIR / bug.name / module for bug in kata.suite.bugs]
    for source in sources:
        try:
            compile(source.read_text(encoding="utf-8"), str(source), "exec")
        except (OSError, UnicodeDecodeError):
            continue  # reported as missing
        except SyntaxError as e:
            rel = source.relative_to(kata.directory)
            problems.append(f"{rel} does not compile ({e.msg}, line {e.lineno})")
    listed = {bug.name for bug in kata.suite.bugs}
    for bug in kata.suite.bugs:
        if not (kata.solutions / BUGS_DIR / bug.name / module).is_file():
            problems.append(
                f"planted bug {bug.name!r} lacks {SOLUTIONS_DIR}/{BUGS_DIR}/{bug.name}/{module}"
            )
    bugs = kata.solutions / BUGS_DIR
    for directory in sorted(bugs.iterdir()) if bugs.is_dir() else []:
        if directory.is_dir() and directory.name not in listed:
            problems.append(
                f"{directory.relative_to(kata.directory)} is not listed in [[suite.bugs]]"
            )
    return problems


def _static_problems(kata: Kata, catalog: Catalog) -> list[str]:
    problems = []
    unmet = requirements.missing(kata)
    if unmet:
        # Every verdict would be "needs": install what the kata requires, then check it.
        command = requirements.install_command(unmet)
        problems.append(f"needs {', '.join(unmet)} to be checked: {command}")
    shipped_tests = kata.examples + kata.properties
    for name in shipped_tests + ((kata.suite.module,) if kata.suite is not None else ()):
        if not (kata.directory / name).is_file():
            problems.append(f"{KATA_FILE} lists {name!r}, which does not exist")
    if kata.suite is not None:
        problems += _suite_problems(kata)
    if not kata.reference.is_dir():
        problems.append(f"no reference: add {SOLUTIONS_DIR}/reference/")
    cheats = kata.cheats()
    if len(cheats) < MIN_CHEATS:
        problems.append(
            f"{len(cheats)} cheat{'s' if len(cheats) != 1 else ''}: ship at least {MIN_CHEATS} "
            f"under {SOLUTIONS_DIR}/cheats/<name>/, at least {MIN_BLIND} of them blind"
        )
    names = {c.name for c in cheats}
    unknown = [name for name in kata.blind_cheats if name not in names]
    if unknown:
        problems.append(
            f"{KATA_FILE} lists blind cheat {unknown[0]!r}, which is not under "
            f"{SOLUTIONS_DIR}/cheats/"
        )
    elif len(kata.blind_cheats) < MIN_BLIND:
        problems.append(
            f"{len(kata.blind_cheats)} blind cheats: at least {MIN_BLIND} must be written by "
            "someone who never read the properties, and listed in [checks] blind_cheats"
        )
    sources = [kata.reference] if kata.reference.is_dir() else []
    for source in sources + kata.alternatives() + cheats:
        missing = [n for n in kata.files if not (source / n).is_file()]
        if missing:
            problems.append(f"{source.relative_to(kata.directory)} lacks {', '.join(missing)}")
    try:
        shipped = read_checksums(catalog.root)
    except CatalogError as e:
        shipped = None
        problems.append(str(e))
    if shipped is not None:
        prefix = kata.directory.relative_to(catalog.root).as_posix() + "/"
        # This kata's files only: hashing the whole catalog for each kata would make the
        # check quadratic in the catalog's size.
        mine = kata_checksums(kata, catalog.root)
        theirs = {k: v for k, v in shipped.items() if k.startswith(prefix)}
        if mine != theirs:
            problems.append(
                f"{CHECKSUMS_FILE} is stale for this kata; run "
                f"`python -m pytest_senior_katas.checksums {catalog.root}`"
            )
    return problems


def _unreached(kata: Kata, output: str) -> list[str]:
    return [
        line.split(": ", 2)[-1].split(" only runs")[0]
        for line in output.splitlines()
        if line.startswith(f"warning: {kata.id}: ") and "only runs for the example" in line
    ]


def _tail(output: str, lines: int = 25) -> str:
    return "\n".join(output.rstrip().splitlines()[-lines:])


def _judge_phases(
    kata: Kata, judged: list[Variant], first: dict[str, Result], second: dict[str, Result]
) -> tuple[int, list[str]]:
    passed, problems = 0, []
    for variant in judged:
        result = first[variant.name]
        solves = variant.name == "reference" or variant.name.startswith("alternative ")
        if solves and _unreached(kata, result.output):
            # A learner who writes the reference would be warned: the properties miss
            # a branch of it. Make a generator reach it, or opt the kata out.
            problems.append(
                f"{variant.name}: no property reaches {_unreached(kata, result.output)[0]}; "
                "generate inputs that reach it (or set [checks] special_cases = false)"
            )
            continue
        if result.status != variant.expected:
            problems.append(
                f"{variant.name}: expected status {variant.expected!r}, got "
                f"{result.status!r}\n{_tail(result.output)}"
            )
            continue
        again = second.get(variant.name)
        if again is not None and again.status != result.status:
            problems.append(
                f"{variant.name}: the verdict flips: {result.status!r}, then {again.status!r} "
                "under another PYTHONHASHSEED; make the properties independent of set and "
                f"dict order, object ids and timing\n{_tail(again.output)}"
            )
            continue
        passed += 1
    return passed, problems


def _score(kata: Kata, variants: list[Variant], results: dict[str, Result]) -> MutationScore:
    score = MutationScore()
    equivalent = dict(kata.equivalent_mutants)
    for variant in variants:
        mutant_id = variant.name.removeprefix("mutant ")
        killed = results[variant.name].status != "solved"
        if mutant_id in equivalent:
            score.equivalent += 1
            if killed:
                score.rejected_equivalents.append(mutant_id)
        elif killed:
            score.killed += 1
        else:
            score.survived.append(mutant_id)
    return score


def _mutation_problems(kata: Kata, ids: set[str], score: MutationScore) -> list[str]:
    problems = []
    for mutant_id, _reason in kata.equivalent_mutants:
        if mutant_id not in ids:
            problems.append(
                f"{KATA_FILE} declares an equivalent mutant that is not generated (stale?): "
                f"{mutant_id}"
            )
        elif mutant_id in score.rejected_equivalents:
            problems.append(
                f"{KATA_FILE} declares {mutant_id!r} equivalent, but the tests reject it: "
                "remove the declaration"
            )
    if score.score < MIN_MUTATION_SCORE:
        shown = "\n  ".join(score.survived[:SHOWN_SURVIVORS])
        more = len(score.survived) - SHOWN_SURVIVORS
        tests = "the reference suite" if kata.suite is not None else "the properties"
        problems.append(
            f"{score}, below {MIN_MUTATION_SCORE:.0%}: strengthen {tests} so that it "
            "rejects these mutants of the reference (or declare one equivalent in "
            f"{KATA_FILE}, with a reason):\n  {shown}"
            + (f"\n  ... and {more} more" if more > 0 else "")
        )
    return problems


def check_kata(kata: Kata, catalog: Catalog) -> KataCheck:
    started = time.monotonic()
    result = KataCheck(kata, _static_problems(kata, catalog))
    if result.problems:
        return result
    judged = [
        start_variant(),
        reference_variant(kata),
        *alternative_variants(kata),
        *cheat_variants(kata),
    ]
    reference = reference_files(kata)
    targets = mutation_targets(kata)
    generated = [mutant for name, text in targets.items() for mutant in mutants(name, text)]
    mutated = [mutant_variant(kata, reference, mutant) for mutant in generated]
    with tempfile.TemporaryDirectory(prefix=f"katas-check-{kata.id}-") as tmp:
        first = run_variants(kata, judged + mutated, Path(tmp), hash_seed=0)
        # The reference and the cheats once more, under another hash seed. A write-tests
        # kata's weak suites are judged by the same hidden runs as its reference suite:
        # the reference's second run shows whether those depend on the seed.
        solving = judged[1 : 2 + len(kata.alternatives())]
        again = solving if kata.suite is not None else judged[1:]
        second = run_variants(kata, again, Path(tmp), hash_seed=1)
    result.passed_phases, problems = _judge_phases(kata, judged, first, second)
    result.problems += problems
    score = _score(kata, mutated, first)
    result.mutation = score
    result.problems += _mutation_problems(kata, {m.id for m in generated}, score)
    result.seconds = time.monotonic() - started
    return result
