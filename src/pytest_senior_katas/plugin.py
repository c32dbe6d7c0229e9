"""pytest glue: options, kata-mode collection and judging, the summary.

This module is the ``pytest11`` entry point, so it is imported by every pytest
run wherever the plugin is installed. It imports nothing heavy: Hypothesis
and coverage are imported only by kata tests, and the kata machinery only
when a kata option is given.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .catalog import Catalog, Kata

KATAS = "--katas"
KATAS_ALL = "--katas-all"
KATAS_STATUS = "--katas-status"
KATAS_INIT = "--katas-init"
KATAS_HINT = "--katas-hint"
KATAS_CHECK = "--katas-check"
KATAS_RESET = "--katas-reset"
KATAS_SOLUTION = "--katas-solution"
KATAS_REVIEW = "--katas-review"
KATAS_WATCH = "--katas-watch"

DIR_HELP = "directory of the kata catalog, relative to the rootdir (default: katas)"
STATE_HELP = "progress file, relative to the rootdir (default: .katas/progress.json)"
TIMEOUT_HELP = "seconds a kata test may run before its kata is marked timeout (default: 10)"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("senior-katas", "senior katas (pytest-senior-katas)")
    group.addoption(
        KATAS,
        action="store_true",
        dest="katas",
        help="kata mode: re-check solved katas, run the current kata, show progress.",
    )
    group.addoption(
        KATAS_ALL,
        action="store_true",
        dest="katas_all",
        help="with --katas: run every kata, solved or not.",
    )
    group.addoption(
        KATAS_STATUS,
        nargs="?",
        const="table",
        choices=("table", "json"),
        dest="katas_status",
        metavar="table|json",
        help="show every kata's status (as a table, or =json); runs no tests.",
    )
    group.addoption(
        KATAS_HINT,
        dest="katas_hint",
        metavar="ID",
        help="show the next hint level of a kata; hint use is recorded.",
    )
    group.addoption(
        KATAS_RESET,
        dest="katas_reset",
        metavar="ID",
        help="restore a kata's starting files; yours are backed up under .katas/backups first.",
    )
    group.addoption(
        KATAS_SOLUTION,
        dest="katas_solution",
        metavar="ID",
        help="show the reference of a solved kata, and how yours differs from it.",
    )
    group.addoption(
        KATAS_REVIEW,
        nargs="?",
        const=3,
        type=int,
        dest="katas_review",
        metavar="N",
        help="spaced repetition: reset up to N (default 3) solved katas that are due for review.",
    )
    group.addoption(
        KATAS_WATCH,
        action="store_true",
        dest="katas_watch",
        help="stay open and re-run the current kata (or the selected ones) on every save.",
    )
    group.addoption(
        KATAS_INIT,
        nargs="?",
        const="senior-katas",
        dest="katas_init",
        metavar="DIR",
        help="create a practice workspace in DIR (default: senior-katas); never overwrites.",
    )
    group.addoption(
        KATAS_CHECK,
        action="store_true",
        dest="katas_check",
        help="for kata authors: prove each kata (under PATH...) fails at start, "
        "its reference passes and every cheat is rejected.",
    )
    parser.addini("katas_dir", DIR_HELP, default="katas")
    parser.addini("katas_state", STATE_HELP, default=".katas/progress.json")
    parser.addini("katas_timeout", TIMEOUT_HELP, default="10")
    parser.addini(
        "katas_special_cases",
        "check that no line of a learner's file runs only for the example inputs "
        "(special-casing); default true",
        type="bool",
        default=True,
    )


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> int | None:
    """Learner commands that run no tests answer here, before any session starts."""
    opt = config.option
    if (
        opt.katas_status
        or opt.katas_init
        or opt.katas_hint
        or opt.katas_reset
        or opt.katas_solution
        or opt.katas_review is not None
        or opt.katas_watch
    ):
        from . import commands

        return commands.main(config)
    return None


def pytest_configure(config: pytest.Config) -> None:
    if config.option.katas_check:
        from .checking import CatalogCheck

        config.pluginmanager.register(CatalogCheck(config), "senior-katas-check")
    elif config.option.katas:
        from .session import KataSession

        config.pluginmanager.register(KataSession.start(config), "senior-katas-session")
    else:
        config.pluginmanager.register(StayOut(config), "senior-katas-stay-out")


def katas_root(config: pytest.Config) -> Path:
    return config.rootpath / str(config.getini("katas_dir"))


class StayOut:
    """Without a kata option, the catalog is not collected at all.

    A learner's or a project's ordinary ``pytest`` run stays exactly as it was.
    """

    def __init__(self, config: pytest.Config) -> None:
        self.root = katas_root(config)

    def pytest_ignore_collect(self, collection_path: Path) -> bool | None:
        if collection_path == self.root:
            return True
        return None


# -- the reference fixture ------------------------------------------------------

_references: dict[Path, ModuleType] = {}
_catalogs: dict[Path, Catalog] = {}


def remember_catalog(catalog: Catalog) -> None:
    """Share a catalog already read (kata mode), so the fixture does not read it again."""
    _catalogs[catalog.root] = catalog


def _find_catalog(start: Path) -> Catalog:
    from .catalog import CATALOG_FILE, load_catalog

    for directory in start.parents:
        if (directory / CATALOG_FILE).is_file():
            if directory not in _catalogs:
                _catalogs[directory] = load_catalog(directory)
            return _catalogs[directory]
    raise LookupError(f"{start} is not inside a kata catalog (no catalog.toml above it)")


def reference_dir(kata: Kata) -> Path:
    """Where the kata's reference lives: beside it in the source catalog, else in the
    catalog bundled with the package (a learner's workspace has no solutions)."""
    from .catalog import bundled_root

    if kata.reference.is_dir():
        return kata.reference
    bundled = bundled_root()
    if bundled is not None:
        candidate = bundled / kata.topic / kata.id / "_solutions" / "reference"
        if candidate.is_dir():
            return candidate
    raise LookupError(f"no reference solution found for kata {kata.id!r}")


def load_reference(kata: Kata) -> ModuleType:
    """Import the reference version of the kata's first file, once per process."""
    path = reference_dir(kata) / kata.files[0]
    if path not in _references:
        name = f"_senior_katas_reference_.{kata.id}"
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise LookupError(f"cannot import the reference {path}")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        _references[path] = module
    return _references[path]


@pytest.fixture(scope="module")
def reference(request: pytest.FixtureRequest) -> Any:
    """The kata's reference solution, as a module: property tests compare against it."""
    try:
        catalog = _find_catalog(request.path)
        kata = catalog.kata_for_path(request.path)
        if kata is None:
            raise LookupError(f"{request.path} does not belong to a kata of {catalog.root}")
        return load_reference(kata)
    except LookupError as e:
        pytest.fail(str(e), pytrace=False)
