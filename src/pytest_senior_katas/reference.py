"""The ``reference`` fixture: a kata's reference solution, for its property tests.

Also where a kata's reference lives (:func:`reference_dir`, used by
``--katas-solution`` too) and the catalog cache the fixture reads from, which
kata mode fills with the catalog it has already read (:func:`remember_catalog`).
Kata mode offers the fixture to kata tests only (:class:`KataModule`): a
project's own test asking for a fixture named ``reference`` gets pytest's
"fixture not found", or its own fixture of that name.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .core.catalog import Catalog, Kata

_references: dict[Path, ModuleType] = {}
_catalogs: dict[Path, Catalog] = {}


def remember_catalog(catalog: Catalog) -> None:
    """Share a catalog already read (kata mode), so the fixture does not read it again."""
    _catalogs[catalog.root] = catalog


def _find_catalog(start: Path) -> Catalog:
    from .core.catalog import CATALOG_FILE, load_catalog

    for directory in start.parents:
        if (directory / CATALOG_FILE).is_file():
            if directory not in _catalogs:
                _catalogs[directory] = load_catalog(directory)
            return _catalogs[directory]
    raise LookupError(f"{start} is not inside a kata catalog (no catalog.toml above it)")


def solutions_dir(kata: Kata) -> Path:
    """Where the kata's hidden files live: beside it in the source catalog, else in the
    catalog bundled with the package (a learner's workspace has no solutions)."""
    from .core.catalog import SOLUTIONS_DIR, bundled_root

    if kata.solutions.is_dir():
        return kata.solutions
    bundled = bundled_root()
    if bundled is not None:
        candidate = bundled / kata.topic / kata.id / SOLUTIONS_DIR
        if candidate.is_dir():
            return candidate
    raise LookupError(f"no solutions found for kata {kata.id!r}")


def reference_dir(kata: Kata) -> Path:
    """Where the kata's reference lives (see :func:`solutions_dir`)."""
    candidate = solutions_dir(kata) / "reference"
    if candidate.is_dir():
        return candidate
    raise LookupError(f"no reference solution found for kata {kata.id!r}")


class ReferenceModule(ModuleType):
    """A reference solution's module, whose repr (printed by Hypothesis and pytest for a
    failing test's arguments) never says where the solution lives."""

    def __repr__(self) -> str:
        return "<the kata's reference solution>"


def load_reference(kata: Kata) -> ModuleType:
    """Import the reference version of the kata's first file, once per process."""
    path = reference_dir(kata) / kata.files[0]
    if path not in _references:
        name = f"_senior_katas_reference_{kata.id}"
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise LookupError(f"cannot import the reference {path}")
        module = importlib.util.module_from_spec(spec)
        # In sys.modules while it runs, as an import would be: a dataclass (or pickle, or
        # typing.get_type_hints) looks its module up there to resolve string annotations.
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[name]
            raise
        module.__class__ = ReferenceModule
        _references[path] = module
    return _references[path]


@pytest.fixture(scope="module", name="reference")
def reference(request: pytest.FixtureRequest) -> Any:
    """The kata's reference solution, as a module: property tests compare against it."""
    try:
        catalog = _find_catalog(request.path)
        kata = catalog.kata_for_path(request.path)
        if kata is None:
            raise LookupError(f"{request.path} does not belong to a kata of {catalog.root}")
        return load_reference(kata)
    except LookupError as e:
        problem = str(e)
    # Outside the except block, so that the error is not printed again as its context.
    pytest.fail(problem, pytrace=False)


class KataModule(pytest.Module):
    """A kata's test module, whose tests (and no others) are offered :func:`reference`.

    pytest finds a module's fixtures in its namespace and offers them to that module's
    tests only, as it does a fixture the module imports; a fixture named ``reference``
    that the module defines itself is read after this one and wins.
    """

    def collect(self) -> Iterable[pytest.Item | pytest.Collector]:
        vars(self.obj).setdefault("_senior_katas_reference", reference)
        return super().collect()

    def __repr__(self) -> str:
        # ``--collect-only`` shows a kata's test module as it shows any other.
        return f"<Module {self.name}>"
