"""The package's import graph: no circle, a pure core, one entry point nobody imports.

Every module of ``src/pytest_senior_katas`` is parsed, never imported, and every
import statement counts: at the top, inside functions, under ``if TYPE_CHECKING:``.
``from X import y`` is an import of the module ``X.y`` when there is one, else of ``X``.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Mapping, Set
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "src" / "pytest_senior_katas"
PACKAGE = PACKAGE_DIR.name
CORE = f"{PACKAGE}.core"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE_DIR.rglob("*.py"))}


def imports_of(name: str) -> set[str]:
    """Every module ``name`` imports, by its full name (the package's and any other)."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                found.add(submodule if submodule in MODULES else target)
    found.discard(name)
    return found


GRAPH = {name: imports_of(name) for name in MODULES}


def internal(graph: Mapping[str, Set[str]]) -> dict[str, set[str]]:
    return {name: {t for t in targets if t in graph} for name, targets in graph.items()}


def find_cycle(graph: Mapping[str, Set[str]]) -> list[str] | None:
    """One import circle of the graph, as ``[a, b, ..., a]``, or None."""
    done: set[str] = set()
    path: list[str] = []

    def visit(name: str) -> list[str] | None:
        if name in path:
            return [*path[path.index(name) :], name]
        if name in done:
            return None
        path.append(name)
        for target in sorted(graph.get(name, ())):
            cycle = visit(target)
            if cycle is not None:
                return cycle
        path.pop()
        done.add(name)
        return None

    for name in sorted(graph):
        cycle = visit(name)
        if cycle is not None:
            return cycle
    return None


def test_the_package_modules_import_one_another_without_a_circle() -> None:
    cycle = find_cycle(internal(GRAPH))
    assert cycle is None, "import circle: " + " -> ".join(cycle or [])


@pytest.mark.parametrize("name", sorted(n for n in MODULES if n == CORE or n.startswith(CORE)))
def test_a_core_module_imports_only_the_standard_library_and_the_core(name: str) -> None:
    outside = sorted(
        target
        for target in GRAPH[name]
        if not (target == CORE or target.startswith(f"{CORE}."))
        and (
            target.startswith(f"{PACKAGE}.") or target.split(".")[0] not in sys.stdlib_module_names
        )
    )
    assert outside == [], f"{name} is pure core, yet imports {', '.join(outside)}"


def test_the_options_module_imports_nothing_of_the_package() -> None:
    assert {t for t in GRAPH[f"{PACKAGE}.options"] if t.startswith(PACKAGE)} == set()


def test_no_module_imports_the_entry_point() -> None:
    importers = sorted(name for name, targets in GRAPH.items() if f"{PACKAGE}.plugin" in targets)
    assert importers == [], "only pytest imports the entry point (pytest11)"


def test_the_graph_sees_imports_inside_functions_and_type_checking_blocks() -> None:
    # plugin.py imports each mode inside a hook; reference.py imports the catalog in
    # functions and under TYPE_CHECKING only. Without them, no circle would be found.
    assert {f"{PACKAGE}.session.mode", f"{PACKAGE}.check.mode", f"{PACKAGE}.commands"} <= GRAPH[
        f"{PACKAGE}.plugin"
    ]
    assert f"{CORE}.catalog" in GRAPH[f"{PACKAGE}.reference"]


def test_find_cycle_finds_a_circle_and_only_a_circle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None
