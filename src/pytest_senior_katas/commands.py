"""Learner commands that run no tests: ``--katas-status``, ``--katas-hint``, ``--katas-init``.

Each answers from ``pytest_cmdline_main``, before a test session starts, and
reports bad input as a one-line ``pytest.UsageError``.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from . import progress as progress_store
from .catalog import (
    CATALOG_FILE,
    CHECKSUMS_FILE,
    SOLUTIONS_DIR,
    Catalog,
    CatalogError,
    Kata,
    bundled_root,
    file_digest,
    load_catalog,
    pristine_dir,
)
from .plugin import katas_root
from .render import days
from .streaks import now, today


def main(config: pytest.Config) -> int:
    opt = config.option
    if opt.katas_init:
        return init(config, opt.katas_init)
    if opt.katas_hint:
        return hint(config, opt.katas_hint)
    if opt.katas_reset:
        return reset(config, opt.katas_reset)
    if opt.katas_solution:
        return solution(config, opt.katas_solution)
    if opt.katas_review is not None:
        return review(config, opt.katas_review)
    if opt.katas_watch:
        from .watch import watch

        return watch(config)
    return status(config, opt.katas_status)


def _writer(config: pytest.Config) -> Any:
    # The same writer pytest uses: honours --color, NO_COLOR and FORCE_COLOR.
    from _pytest.config import create_terminal_writer

    return create_terminal_writer(config)


def _catalog(config: pytest.Config) -> Catalog:
    try:
        return load_catalog(katas_root(config))
    except CatalogError as e:
        raise pytest.UsageError(str(e)) from None


def _today() -> Any:
    try:
        return today()
    except ValueError as e:
        raise pytest.UsageError(str(e)) from None


def state_path(config: pytest.Config) -> Path:
    return config.rootpath / str(config.getini("katas_state"))


def find_kata(catalog: Catalog, kata_id: str) -> Kata:
    """The kata with this id, or the only one it is a prefix of.

    Anything else is a one-line error naming the closest ids.
    """
    kata = catalog.get(kata_id)
    if kata is not None:
        return kata
    ids = [k.id for k in catalog.katas]
    starting = [i for i in ids if kata_id and i.startswith(kata_id)]
    if len(starting) == 1:
        found = catalog.get(starting[0])
        assert found is not None
        return found
    if starting:
        raise pytest.UsageError(f"kata id {kata_id!r} is ambiguous: {', '.join(starting)}")
    close = difflib.get_close_matches(kata_id, ids, n=3, cutoff=0.4)
    close += [i for i in ids if kata_id and kata_id in i and i not in close][: 3 - len(close)]
    suggestion = f"; did you mean {', '.join(close)}?" if close else "; see pytest --katas-status"
    raise pytest.UsageError(f"no kata with id {kata_id!r}{suggestion}")


# -- status ---------------------------------------------------------------------


def status_json(
    catalog: Catalog, progress: progress_store.Progress, root: Path, on: Any
) -> dict[str, Any]:
    streak = progress.streak(on)
    katas = []
    for kata in catalog.katas:
        entry = progress.katas.get(kata.id, progress_store.KataProgress())
        katas.append(
            {
                "id": kata.id,
                "topic": kata.topic,
                "title": kata.title,
                "kind": kata.kind,
                "status": entry.status,
                "path": kata.directory.relative_to(root).as_posix(),
                "seed": str(kata.seed),
                "attempts": entry.attempts,
                "hints_used": entry.hints_used,
                "hints_total": len(kata.hints),
                "first_solved": entry.first_solved,
                "last_solved": entry.last_solved,
                "review_due": entry.review_due,
            }
        )
    due = set(progress_store.reviews_due(progress, on))
    return {
        "total": len(catalog.katas),
        "solved": sum(k["status"] == "solved" for k in katas),
        "streak": {"current": streak.current, "best": streak.best},
        "reviews_due": [k.id for k in catalog.katas if k.id in due],
        "katas": katas,
    }


def status(config: pytest.Config, style: str) -> int:
    catalog = _catalog(config)
    on = _today()
    loaded = progress_store.load(state_path(config), move_aside=False)
    data = status_json(catalog, loaded.progress, config.rootpath, on)
    if style == "json":
        if loaded.warning:
            import sys

            print(f"warning: {loaded.warning}", file=sys.stderr)
        print(json.dumps(data, indent=2))
        return 0
    tw = _writer(config)
    if loaded.warning:
        tw.line(f"warning: {loaded.warning}", yellow=True)
    colours = {"solved": {"green": True}, "fitted": {"yellow": True}, "unsolved": {"red": True}}
    width = max((len(k["id"]) for k in data["katas"]), default=2)
    topic = None
    current_shown = False
    for number, row in enumerate(data["katas"], start=1):
        if row["topic"] != topic:
            topic = row["topic"]
            title = next(t.title for t in catalog.topics if t.id == topic)
            tw.line(title, bold=True)
        marker = "  "
        if row["status"] != "solved" and not current_shown:
            marker, current_shown = "> ", True
        hints = f"  hints {row['hints_used']}/{row['hints_total']}" if row["hints_used"] else ""
        tw.line(
            f"{marker}{number:>3}  {row['id']:<{width}}  {row['kind']:<11} {row['status']:<9} "
            f"{row['title']}{hints}",
            **colours.get(row["status"], {}),
        )
    if data["reviews_due"]:
        due = data["reviews_due"]
        noun = "review is" if len(due) == 1 else "reviews are"
        tw.line(f"{len(due)} {noun} due ({', '.join(due)}): pytest --katas-review", cyan=True)
    streak = data["streak"]
    tw.line(
        f"solved {data['solved']}/{data['total']}, streak {days(streak['current'])} "
        f"(best {days(streak['best'])}); run `pytest --katas` to work on the current kata",
        bold=True,
    )
    return 0


def _open_progress(config: pytest.Config) -> tuple[Path, progress_store.Loaded, Any]:
    """The progress file, its content and a terminal writer; a set-aside file is said first."""
    path = state_path(config)
    loaded = progress_store.load(path)
    tw = _writer(config)
    if loaded.warning:
        tw.line(f"warning: {loaded.warning}", yellow=True)
    return path, loaded, tw


# -- hint -------------------------------------------------------------------------


def hint(config: pytest.Config, kata_id: str) -> int:
    catalog = _catalog(config)
    kata = find_kata(catalog, kata_id)
    path, loaded, tw = _open_progress(config)
    entry = loaded.progress.kata(kata.id)
    total = len(kata.hints)
    level = min(entry.hints_used + 1, total)
    repeated = entry.hints_used >= total
    entry.hints_used = level
    suffix = " (the last one; it repeats from here)" if repeated or level == total else ""
    tw.line(f"Hint {level}/{total} for {kata.id}{suffix}:", bold=True)
    tw.line(f"  {kata.hints[level - 1]}")
    if not loaded.may_save:
        return 0
    try:
        progress_store.save(path, loaded.progress)
    except OSError as e:
        tw.line(f"warning: could not record the hint in {path}: {e.strerror or e}", yellow=True)
    return 0


# -- init -------------------------------------------------------------------------

WORKSPACE_INI = """\
[pytest]
# A practice workspace for pytest-senior-katas. Run: pytest --katas
katas_dir = katas
"""

WORKSPACE_README = """\
# Senior Python katas

Run `pytest --katas`: it runs the current kata (the first unsolved one) and
re-checks the ones you solved. Open the file it points at, fix it in your
editor, run again. `pytest --katas-status` lists every kata;
`pytest --katas-hint ID` gives the next hint for a kata.

Your progress is kept in `.katas/progress.json`.
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
    dest = (config.invocation_params.dir / target).resolve()
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
    tw = _writer(config)
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


# -- reset, review, solution -------------------------------------------------------


def starting_files(kata: Kata) -> dict[str, bytes]:
    """The kata's learner files as shipped: from the installed catalog, or from git
    when the catalog being practised is the installed one (a clone of the repository)."""
    pristine = pristine_dir(kata)
    if pristine is not None:
        try:
            return {name: (pristine / name).read_bytes() for name in kata.files}
        except OSError as e:
            raise pytest.UsageError(f"cannot read the starting files of {kata.id}: {e}") from None
    files = {}
    for name in kata.files:
        try:
            shown = subprocess.run(
                ["git", "show", f"HEAD:./{name}"],
                cwd=kata.directory,
                capture_output=True,
                check=True,
            )
        except (OSError, subprocess.CalledProcessError):
            raise pytest.UsageError(
                f"cannot find the starting files of {kata.id}: the catalog is not an installed "
                "copy and git has no committed version of them"
            ) from None
        files[name] = shown.stdout
    return files


def _same(path: Path, content: bytes) -> bool:
    try:
        return path.read_bytes().replace(b"\r\n", b"\n") == content.replace(b"\r\n", b"\n")
    except OSError:
        return False


def _now() -> datetime:
    try:
        return now()
    except ValueError as e:
        raise pytest.UsageError(str(e)) from None


def _backup_dir(config: pytest.Config, kata: Kata) -> Path:
    base = state_path(config).parent / "backups" / kata.id
    stamp = _now().strftime("%Y%m%d-%H%M%S")
    candidate, n = base / stamp, 1
    while candidate.exists():
        n += 1
        candidate = base / f"{stamp}-{n}"
    return candidate


def restore_start(config: pytest.Config, kata: Kata) -> Path | None:
    """Back up the learner's files, then put the starting files back.

    Returns the backup directory, or None when the files were already pristine
    (then nothing is written). Nothing is touched before the backup is complete.
    """
    start = starting_files(kata)
    if all(_same(kata.directory / name, content) for name, content in start.items()):
        return None
    backup = _backup_dir(config, kata)
    try:
        backup.mkdir(parents=True)
        for name in kata.files:
            source = kata.directory / name
            if source.exists():
                (backup / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, backup / name)
    except OSError as e:
        raise pytest.UsageError(
            f"cannot back up {kata.id} to {backup} ({e.strerror or e}); nothing was changed"
        ) from None
    for name, content in start.items():
        target = kata.directory / name
        try:
            tmp = target.with_name(f".{target.name}.katas-reset")
            tmp.write_bytes(content)
            os.replace(tmp, target)
        except OSError as e:
            raise pytest.UsageError(
                f"cannot restore {target} ({e.strerror or e}); your files are backed up in {backup}"
            ) from None
    return backup


def _relative(config: pytest.Config, path: Path) -> str:
    return os.path.relpath(path, config.invocation_params.dir)


def reset(config: pytest.Config, kata_id: str) -> int:
    catalog = _catalog(config)
    kata = find_kata(catalog, kata_id)
    path, loaded, tw = _open_progress(config)
    backup = restore_start(config, kata)
    if backup is None:
        tw.line(f"{kata.id} is already at its starting files: nothing to reset.")
        return 0
    entry = loaded.progress.kata(kata.id)
    progress_store.start_over(entry)
    _save_quietly(tw, path, loaded)
    tw.line(f"Backed up your files to {_relative(config, backup)}", bold=True)
    tw.line(f"{kata.id} is back at its starting files and unsolved (its history is kept).")
    return 0


def _save_quietly(tw: Any, path: Path, loaded: progress_store.Loaded) -> None:
    if not loaded.may_save:
        return
    try:
        progress_store.save(path, loaded.progress)
    except OSError as e:
        tw.line(f"warning: could not save progress to {path}: {e.strerror or e}", yellow=True)


def review(config: pytest.Config, count: int) -> int:
    if count < 1:
        raise pytest.UsageError(f"--katas-review takes a number of katas from 1 up, not {count}")
    catalog = _catalog(config)
    on = _today()
    path, loaded, tw = _open_progress(config)
    due = set(progress_store.reviews_due(loaded.progress, on))
    chosen = [k for k in catalog.katas if k.id in due][:count]
    if not chosen:
        upcoming = sorted(
            (entry.review_due, kata_id)
            for kata_id, entry in loaded.progress.katas.items()
            if entry.status == "solved" and entry.review_due
        )
        if upcoming:
            day, kata_id = upcoming[0]
            tw.line(f"No review is due today; the next is {kata_id}, on {day}.")
        else:
            tw.line("No review is due: solve a kata first, it comes back for review the next day.")
        return 0
    for kata in chosen:
        backup = restore_start(config, kata)
        progress_store.start_over(loaded.progress.kata(kata.id), review=True)
        where = f"; your solution is backed up in {_relative(config, backup)}" if backup else ""
        tw.line(f"{kata.id}: back at its starting files for review{where}")
    _save_quietly(tw, path, loaded)
    tw.line("Solve them again from scratch: pytest --katas", bold=True)
    return 0


def solution(config: pytest.Config, kata_id: str) -> int:
    from .plugin import reference_dir

    catalog = _catalog(config)
    kata = find_kata(catalog, kata_id)
    loaded = progress_store.load(state_path(config), move_aside=False)
    entry = loaded.progress.katas.get(kata.id)
    if entry is None or entry.first_solved is None:
        raise pytest.UsageError(
            f"{kata.id} is not solved yet, so its solution stays hidden; "
            f"try pytest --katas-hint {kata.id}"
        )
    try:
        source = reference_dir(kata)
    except LookupError as e:
        raise pytest.UsageError(str(e)) from None
    tw = _writer(config)
    for name in kata.files:
        reference = (source / name).read_text(encoding="utf-8")
        tw.sep("=", f"reference: {name}", bold=True)
        tw.write(reference if reference.endswith("\n") else reference + "\n")
        learner = kata.directory / name
        mine = learner.read_text(encoding="utf-8") if learner.is_file() else ""
        diff = list(
            difflib.unified_diff(
                mine.splitlines(keepends=True),
                reference.splitlines(keepends=True),
                fromfile=f"yours: {_relative(config, learner)}",
                tofile=f"reference: {name}",
            )
        )
        tw.sep("-", "your solution -> the reference", bold=True)
        if not diff:
            tw.line("(identical)")
        for line in diff:
            text = line.rstrip("\n")
            if line.startswith("+") and not line.startswith("+++"):
                tw.line(text, green=True)
            elif line.startswith("-") and not line.startswith("---"):
                tw.line(text, red=True)
            else:
                tw.line(text)
    return 0
