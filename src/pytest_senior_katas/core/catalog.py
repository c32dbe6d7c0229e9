"""The catalog: finding, reading and validating katas.

Pure core: no pytest import. Metadata is TOML read with :mod:`tomllib`, never
executed. Every problem is reported as a :class:`CatalogError` whose message is
one line naming the file and the fix.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

#: Version of the catalog and kata metadata format this code understands.
FORMAT = 1

CATALOG_FILE = "catalog.toml"
KATA_FILE = "kata.toml"
CHECKSUMS_FILE = "checksums.txt"
#: Directory inside a kata holding the reference and the cheats; never copied
#: into a learner's workspace.
SOLUTIONS_DIR = "_solutions"

KINDS = ("fix", "predict", "refactor", "write-tests", "debug")
WRITE_TESTS = "write-tests"
#: Directories under ``_solutions/`` of a write-tests kata: implementations of the
#: module under test that are correct, and those with one planted bug each.
CORRECT_DIR = "correct"
BUGS_DIR = "bugs"


class CatalogError(Exception):
    """A catalog or kata file is unusable; ``str()`` is a one-line message."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = Path(path)
        self.problem = problem


@dataclass(frozen=True)
class Seed:
    """The place in the interview guide that a kata trains."""

    section: int
    heading: str
    bullet: str

    def __str__(self) -> str:
        return f"{self.section} {self.heading}: {self.bullet}"


@dataclass(frozen=True)
class Bug:
    """A planted bug of a write-tests kata: its directory name and what it gets wrong."""

    name: str
    #: One line, read after "your tests pass on code that": the behaviour, never the code.
    does: str


@dataclass(frozen=True)
class Suite:
    """What a write-tests kata judges the learner's tests against: ``[suite]``."""

    #: The module under test, relative to the kata (shipped, or one of the learner's files).
    module: str
    bugs: tuple[Bug, ...]
    #: No two planted bugs may fail the same set of the learner's tests: each test
    #: pins down one promise, so a failure says what broke (``[suite] distinguish``).
    distinguish: bool = False


@dataclass(frozen=True)
class Kata:
    """One kata directory, as described by its ``kata.toml``."""

    id: str
    topic: str
    title: str
    kind: str
    seed: Seed
    directory: Path
    files: tuple[str, ...]
    examples: tuple[str, ...]
    properties: tuple[str, ...]
    prompt: str
    hints: tuple[str, ...]
    interviewers: str
    #: Whether the special-casing check applies (off for predict katas and for katas
    #: whose legitimate branches no generator reaches): ``[checks] special_cases``.
    special_cases: bool = True
    #: Cheats written by someone who read only the prompt, the learner file and the
    #: examples, never the properties: ``[checks] blind_cheats``.
    blind_cheats: tuple[str, ...] = ()
    #: Mutants of the reference that no input within the contract tells apart from it,
    #: each with the reason: ``[checks] equivalent_mutants``, as (mutant id, reason).
    equivalent_mutants: tuple[tuple[str, str], ...] = ()
    #: For a write-tests kata: the module under test and the planted bugs.
    suite: Suite | None = None
    #: Libraries the kata's code and tests import, as requirement strings
    #: (``requires = ["httpx>=0.27"]``): without them the kata ``needs`` them.
    requires: tuple[str, ...] = ()

    @property
    def learner_tests(self) -> tuple[str, ...]:
        """The learner's files that are tests (a write-tests kata's suite)."""
        if self.suite is None:
            return ()
        return tuple(n for n in self.files if Path(n).name.startswith("test_"))

    @property
    def test_files(self) -> tuple[str, ...]:
        return self.examples + self.properties

    @property
    def solutions(self) -> Path:
        return self.directory / SOLUTIONS_DIR

    @property
    def reference(self) -> Path:
        """Directory mirroring :attr:`files` with the reference solution."""
        return self.solutions / "reference"

    def cheats(self) -> list[Path]:
        """Directories mirroring :attr:`files`, one per shipped cheat, sorted."""
        return self._solution_dirs("cheats")

    def alternatives(self) -> list[Path]:
        """Directories mirroring :attr:`files`, one per correct solution in another style
        than the reference's (the check proves each is solved), sorted."""
        return self._solution_dirs("alternatives")

    def _solution_dirs(self, name: str) -> list[Path]:
        parent = self.solutions / name
        if not parent.is_dir():
            return []
        return sorted(p for p in parent.iterdir() if p.is_dir() and not p.name.startswith("."))

    def shipped_files(self) -> list[str]:
        """Files (relative to the kata directory) a learner must not edit."""
        names = []
        for path in sorted(self.directory.rglob("*")):
            rel = path.relative_to(self.directory)
            if not path.is_file() or rel.parts[0] == SOLUTIONS_DIR:
                continue
            if "__pycache__" in rel.parts or path.suffix in (".pyc", ".pyo"):
                continue
            if rel.as_posix() in self.files:
                continue
            names.append(rel.as_posix())
        return names


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    katas: tuple[Kata, ...]


@dataclass(frozen=True)
class Catalog:
    """An ordered set of topics, each an ordered set of katas."""

    root: Path
    topics: tuple[Topic, ...]

    @cached_property
    def katas(self) -> tuple[Kata, ...]:
        return tuple(k for t in self.topics for k in t.katas)

    @cached_property
    def _by_id(self) -> dict[str, Kata]:
        return {kata.id: kata for kata in self.katas}

    @cached_property
    def _by_directory(self) -> dict[Path, Kata]:
        return {kata.directory: kata for kata in self.katas}

    def get(self, kata_id: str) -> Kata | None:
        return self._by_id.get(kata_id)

    def kata_for_path(self, path: Path) -> Kata | None:
        """The kata whose directory is or contains ``path`` (absolute), if any.

        Looks up ``path`` and its parents up to the catalog root, so it costs the
        depth of the path, not the size of the catalog.
        """
        for directory in (path, *path.parents):
            kata = self._by_directory.get(directory)
            if kata is not None or directory == self.root:
                return kata
        return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise CatalogError(path, "file is missing") from None
    except tomllib.TOMLDecodeError as e:
        raise CatalogError(path, f"invalid TOML ({e}); fix the syntax") from None
    except UnicodeDecodeError:
        raise CatalogError(path, "not UTF-8 text; save it as UTF-8") from None
    except IsADirectoryError:
        raise CatalogError(path, "is a directory; it must be a TOML file") from None
    except OSError as e:
        raise CatalogError(
            path, f"cannot be read ({e.strerror or e}); make it a file you can read"
        ) from None


def _inside(directory: Path, name: str, path: Path) -> None:
    """A file a kata lists must be inside the kata: nothing else is the learner's to edit."""
    parts = name.replace("\\", "/").split("/")
    target = directory / name
    escapes = Path(name).is_absolute() or ".." in parts or ":" in parts[0]
    if not escapes:
        try:
            target.resolve().relative_to(directory.resolve())
        except ValueError:
            escapes = True  # a symbolic link out of the kata
    if escapes:
        raise CatalogError(
            path, f"lists {name!r}, which is outside the kata; name a file inside {directory}"
        )


def _check_format(data: Mapping[str, Any], path: Path) -> None:
    version = data.get("format")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CatalogError(path, f"missing 'format' (add 'format = {FORMAT}' at the top)")
    if version > FORMAT:
        raise CatalogError(
            path,
            f"format {version} is newer than this plugin understands ({FORMAT}); "
            "upgrade pytest-senior-katas",
        )


def _field(data: Mapping[str, Any], key: str, kind: type, path: Path, fix: str) -> Any:
    value = data.get(key)
    if value is None:
        raise CatalogError(path, f"missing field '{key}' ({fix})")
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = {int: "an integer", str: "a string", dict: "a table", list: "a list"}
        raise CatalogError(path, f"field '{key}' must be {names.get(kind, kind.__name__)} ({fix})")
    if isinstance(value, str) and not value.strip():
        raise CatalogError(path, f"field '{key}' is empty ({fix})")
    return value


def _names(
    data: Mapping[str, Any], key: str, path: Path, fix: str, default: list[str] | None = None
) -> tuple[str, ...]:
    value = data.get(key, default)
    if value is None:
        raise CatalogError(path, f"missing field '{key}' ({fix})")
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise CatalogError(path, f"field '{key}' must be a non-empty list of strings ({fix})")
    return tuple(value)


def _identifier(name: str, path: Path, what: str) -> None:
    if not name.isidentifier() or not name.islower():
        raise CatalogError(
            path, f"{what} {name!r} must be a lower-case Python identifier (rename it)"
        )


def _checks(data: Mapping[str, Any]) -> Mapping[str, Any]:
    checks = data.get("checks", {})
    return checks if isinstance(checks, dict) else {}


def _special_cases(data: Mapping[str, Any], path: Path, kind: str) -> bool:
    if not isinstance(data.get("checks", {}), dict):
        raise CatalogError(path, "'checks' must be a table ([checks] special_cases = true|false)")
    value = _checks(data).get("special_cases", kind not in ("predict", WRITE_TESTS))
    if not isinstance(value, bool):
        raise CatalogError(path, "[checks] special_cases must be true or false")
    return value


def _blind_cheats(data: Mapping[str, Any], path: Path) -> tuple[str, ...]:
    value = _checks(data).get("blind_cheats", [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise CatalogError(
            path, "[checks] blind_cheats must be a list of cheat names (directories under cheats/)"
        )
    return tuple(value)


def _equivalent_mutants(data: Mapping[str, Any], path: Path) -> tuple[tuple[str, str], ...]:
    value = _checks(data).get("equivalent_mutants", [])
    fix = (
        '[checks] equivalent_mutants must be a list of { mutant = "<id as --katas-check '
        'prints it>", reason = "<why no input tells it apart>" }'
    )
    if not isinstance(value, list):
        raise CatalogError(path, fix)
    result = []
    for entry in value:
        if not isinstance(entry, dict) or set(entry) != {"mutant", "reason"}:
            raise CatalogError(path, fix)
        mutant, reason = entry["mutant"], entry["reason"]
        if not (isinstance(mutant, str) and mutant and isinstance(reason, str) and reason.strip()):
            raise CatalogError(path, fix)
        result.append((mutant, reason))
    return tuple(result)


def _suite(data: Mapping[str, Any], path: Path, files: tuple[str, ...]) -> Suite:
    fix = (
        'a write-tests kata needs [suite] module = "<the module under test>" and at least '
        "4 [[suite.bugs]] tables, each with name and does"
    )
    table = data.get("suite")
    if not isinstance(table, dict):
        raise CatalogError(path, f"missing [suite] ({fix})")
    module = _field(table, "module", str, path, fix)
    bugs_data = table.get("bugs", [])
    if not isinstance(bugs_data, list) or not all(isinstance(b, dict) for b in bugs_data):
        raise CatalogError(path, f"[[suite.bugs]] must be tables ({fix})")
    bugs = []
    for entry in bugs_data:
        name = _field(entry, "name", str, path, fix)
        _identifier(name, path, "bug name")
        does = _field(entry, "does", str, path, "one line: what the bug gets wrong")
        bugs.append(Bug(name, " ".join(does.split())))
    if not any(Path(n).name.startswith("test_") for n in files):
        raise CatalogError(
            path, "a write-tests kata's files must include the learner's test file (test_*.py)"
        )
    distinguish = table.get("distinguish", False)
    if not isinstance(distinguish, bool):
        raise CatalogError(path, "[suite] distinguish must be true or false")
    return Suite(module, tuple(bugs), distinguish)


#: A requirement as ``requires`` accepts it: a distribution name, then optional extras,
#: version specifiers and an environment marker (PEP 508, without URLs).
_REQUIREMENT = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?\s*(?:\[[^\]]*\])?[^@]*")


def _requires(data: Mapping[str, Any], path: Path) -> tuple[str, ...]:
    value = data.get("requires", [])
    fix = 'requires = ["httpx>=0.27"]: the libraries the kata imports, as requirements'
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CatalogError(path, f"field 'requires' must be a list of strings ({fix})")
    for requirement in value:
        if not _REQUIREMENT.fullmatch(requirement.strip()):
            raise CatalogError(path, f"requires: {requirement!r} is not a requirement ({fix})")
    return tuple(v.strip() for v in value)


def load_kata(directory: Path, topic: str) -> Kata:
    """Read and validate ``directory/kata.toml``."""
    path = directory / KATA_FILE
    data = _read_toml(path)
    _check_format(data, path)
    title = _field(data, "title", str, path, "a short title shown in the summary")
    kind = _field(data, "kind", str, path, f"one of {', '.join(KINDS)}")
    if kind not in KINDS:
        raise CatalogError(path, f"unknown kind {kind!r} (use one of {', '.join(KINDS)})")
    seed_data = _field(data, "seed", dict, path, "a [seed] table with section, heading, bullet")
    seed = Seed(
        section=_field(seed_data, "section", int, path, "the guide's section number"),
        heading=_field(seed_data, "heading", str, path, "the guide's sub-heading"),
        bullet=_field(seed_data, "bullet", str, path, "the guide's bullet, as written"),
    )
    files = _names(data, "files", path, "the file(s) the learner edits")
    if kind == WRITE_TESTS:
        # The learner writes the tests; the kata may add its own (for a module they fix).
        suite: Suite | None = _suite(data, path, files)
        examples: tuple[str, ...] = ()
        properties: tuple[str, ...] = ()
        if data.get("examples", []) != []:
            examples = _names(data, "examples", path, "example test files")
        if data.get("properties", []) != []:
            properties = _names(data, "properties", path, "property test files")
    else:
        suite = None
        examples = _names(data, "examples", path, "example test files", ["test_examples.py"])
        properties = _names(data, "properties", path, "property test files", ["test_properties.py"])
    hints = _names(data, "hints", path, "at least two hint levels, nudge first")
    if len(hints) < 2:
        raise CatalogError(path, "field 'hints' needs at least two levels (a nudge, then more)")
    kata = Kata(
        id=directory.name,
        topic=topic,
        title=title,
        kind=kind,
        seed=seed,
        directory=directory,
        files=files,
        examples=examples,
        properties=properties,
        prompt=_field(data, "prompt", str, path, "what the learner must do, and why"),
        hints=hints,
        interviewers=_field(data, "interviewers", str, path, "what interviewers look for"),
        special_cases=_special_cases(data, path, kind),
        blind_cheats=_blind_cheats(data, path),
        equivalent_mutants=_equivalent_mutants(data, path),
        suite=suite,
        requires=_requires(data, path),
    )
    listed = files + examples + properties + ((suite.module,) if suite else ())
    for name in listed:
        _inside(directory, name, path)
    # A shipped file that is missing (a learner deleted a test file) makes its kata
    # tampered, by the checksums, not the whole catalog unusable; the check reports it.
    for name in files:
        if not (directory / name).is_file():
            raise CatalogError(path, f"lists {name!r}, which does not exist in {directory}")
    if not (directory / "__init__.py").is_file():
        raise CatalogError(directory, "missing __init__.py (each kata is a package)")
    return kata


def load_catalog(root: Path) -> Catalog:
    """Read ``root/catalog.toml`` and every kata it lists, in order."""
    root = root.resolve()
    path = root / CATALOG_FILE
    if not path.is_file():
        raise CatalogError(
            path, "no catalog here (run `pytest --katas-init` or set the katas_dir ini option)"
        )
    data = _read_toml(path)
    _check_format(data, path)
    topics_data = data.get("topics")
    if not isinstance(topics_data, list) or not all(isinstance(t, dict) for t in topics_data):
        raise CatalogError(path, "needs [[topics]] tables, each with id, title and katas")
    topics: list[Topic] = []
    seen: dict[str, str] = {}
    for entry in topics_data:
        topic_id = _field(entry, "id", str, path, "the topic's directory name")
        _identifier(topic_id, path, "topic id")
        title = _field(entry, "title", str, path, "the topic's title")
        kata_ids = _names(entry, "katas", path, f"the katas of topic {topic_id!r}, in order")
        katas = []
        for kata_id in kata_ids:
            _identifier(kata_id, path, "kata id")
            if kata_id in seen:
                raise CatalogError(
                    path, f"kata id {kata_id!r} appears twice ({seen[kata_id]}, {topic_id})"
                )
            seen[kata_id] = topic_id
            directory = root / topic_id / kata_id
            if not directory.is_dir():
                raise CatalogError(path, f"lists kata {topic_id}/{kata_id}, which does not exist")
            katas.append(load_kata(directory, topic_id))
        topics.append(Topic(id=topic_id, title=title, katas=tuple(katas)))
    return Catalog(root=root, topics=tuple(topics))


def iter_kata_dirs(root: Path) -> Iterator[Path]:
    """Directories below ``root`` holding a ``kata.toml`` (for path selection)."""
    for path in sorted(root.rglob(KATA_FILE)):
        yield path.parent


def bundled_root() -> Path | None:
    """The catalog shipped with this package (or the repository's, in a dev install)."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "_catalog", package.parent.parent / "katas"):
        if (candidate / CATALOG_FILE).is_file():
            return candidate
    return None


def pristine_dir(kata: Kata) -> Path | None:
    """The kata's directory in the installed catalog, when the kata being practised
    is a copy of it (a workspace); None when it is the installed catalog itself."""
    bundled = bundled_root()
    if bundled is None:
        return None
    pristine = bundled / kata.topic / kata.id
    if not pristine.is_dir() or pristine.resolve() == kata.directory.resolve():
        return None
    return pristine
