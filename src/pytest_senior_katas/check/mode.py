"""``pytest --katas-check``: the plugin object, and one test item per kata.

Each kata becomes one test item, so the check runs under pytest-xdist and
reports like any test; the item runs :func:`.soundness.check_kata`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ..core.catalog import SOLUTIONS_DIR, Catalog, CatalogError, Kata, load_catalog
from ..options import katas_root
from .soundness import check_kata


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
