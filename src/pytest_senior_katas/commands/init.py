"""``pytest --katas-init [DIR]``: a practice workspace; never overwrites a file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from ..core.catalog import (
    CATALOG_FILE,
    CHECKSUMS_FILE,
    SOLUTIONS_DIR,
    Catalog,
    CatalogError,
    bundled_root,
    load_catalog,
)
from ..core.checksums import file_digest
from .common import terminal_writer

WORKSPACE_INI = """\
[pytest]
# A practice workspace for pytest-senior-katas. Run: pytest --katas
katas_dir = katas
"""

WORKSPACE_README = """\
# Senior Python katas

Run `pytest --katas`: it runs the current kata (the first unsolved one) and
re-checks the ones you solved. Open the file it points at, fix it in your
editor, run again. Each kata has example tests that fail until your fix works,
and property tests that decide whether it is really correct (`solved`) or only
fits the examples (`fitted`: you are shown the smallest input that breaks it).

| command | does |
|---|---|
| `pytest --katas` | re-check the solved katas, run the current one, summarise |
| `pytest --katas PATH` | run just the kata at PATH (a directory under `katas/`) |
| `pytest --katas-watch` | stay open and re-run on every save |
| `pytest --katas-hint [ID]` | the next hint (the current kata's without an ID) |
| `pytest --katas-status` | every kata's status, and your solve days as a calendar |
| `pytest --katas-solution ID` | the reference of a kata you solved, and a diff with yours |
| `pytest --katas-reset ID` | start a kata again (your files are backed up first) |
| `pytest --katas-review` | bring back solved katas that are due, to solve them again from memory |

Kinds of kata:
- **fix**: the code has a bug or a design flaw; change it until the tests pass.
- **predict**: say what a piece of code does (a value, an exception) before you run it;
  the answers are checked against really running it, never by matching words.
- **refactor**: the behaviour must stay exactly as it is; the structure must change.
- **write-tests**: write the tests: they must pass on correct code and catch each
  hidden bug.
- **debug**: reproduce a failure that depends on something (a hash seed, the clock,
  the order of tests), then fix it.

A few katas use httpx or pydantic. Without them they wait, marked `needs`, and you
carry on with the next one; `pip install 'pytest-senior-katas[apis]'` brings them in.

Your progress is kept in `.katas/progress.json`; two runs at once, or a Ctrl-C, never
lose it.
"""

WORKSPACE_GITIGNORE = "__pycache__/\n.pytest_cache/\n.hypothesis/\n"


def catalog_files(catalog: Catalog) -> list[Path]:
    """The files a workspace gets: the catalog's own files and each listed kata's,
    without solutions or caches."""
    root = catalog.root
    files = [root / name for name in (CATALOG_FILE, CHECKSUMS_FILE) if (root / name).is_file()]
    for topic in catalog.topics:
        if (root / topic.id / "__init__.py").is_file():
            files.append(root / topic.id / "__init__.py")
        for kata in topic.katas:
            for path in sorted(kata.directory.rglob("*")):
                parts = path.relative_to(kata.directory).parts
                if path.is_file() and not {SOLUTIONS_DIR, "__pycache__"} & set(parts):
                    files.append(path)
    return files


def init(config: pytest.Config, target: str) -> int:
    source = bundled_root()
    if source is None:
        raise pytest.UsageError(
            "the kata catalog is not installed with this package; reinstall pytest-senior-katas"
        )
    try:
        catalog = load_catalog(source)
    except CatalogError as e:
        raise pytest.UsageError(f"the installed catalog is broken: {e}") from None
    given = config.invocation_params.dir / target
    if given.is_symlink() and not given.exists():
        raise pytest.UsageError(
            f"{given} is a symbolic link to {os.readlink(given)}, which does not exist; "
            "remove the link or choose another DIR"
        )
    dest = given.resolve()
    if dest.exists() and not dest.is_dir():
        raise pytest.UsageError(f"{dest} exists and is not a directory; choose another DIR")
    created: list[str] = []
    skipped: list[str] = []

    changed: list[str] = []

    def put(rel: str, write: Any, source: Path | None = None) -> None:
        path = dest / rel
        if path.exists():
            skipped.append(rel)
            if source is not None and path.is_file() and file_digest(path) != file_digest(source):
                changed.append(rel)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        write(path)
        created.append(rel)

    try:
        for path in catalog_files(catalog):
            rel = path.relative_to(catalog.root).as_posix()
            put(f"katas/{rel}", lambda p, src=path: shutil.copyfile(src, p), path)
        put("pytest.ini", lambda p: p.write_text(WORKSPACE_INI, encoding="utf-8"))
        put("README.md", lambda p: p.write_text(WORKSPACE_README, encoding="utf-8"))
        put(".gitignore", lambda p: p.write_text(WORKSPACE_GITIGNORE, encoding="utf-8"))
    except OSError as e:
        raise pytest.UsageError(f"cannot create the workspace in {dest}: {e}") from None
    tw = terminal_writer(config)
    shown = target if not Path(target).is_absolute() else str(dest)
    if created:
        tw.line(f"Created a kata workspace in {shown} ({len(created)} files).", green=True)
    if skipped:
        tw.line(
            f"Kept {len(skipped)} existing file(s) untouched: nothing is overwritten.", yellow=True
        )
        if changed:
            more = f" and {len(changed) - 5} more" if len(changed) > 5 else ""
            tw.line(f"  yours differ from the catalog: {', '.join(changed[:5])}{more}")
    tw.line(f"Next: cd {shown} && pytest --katas", bold=True)
    return 0
