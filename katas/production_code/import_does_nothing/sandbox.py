"""What the tests use to watch a module being imported and main() being run. Do not edit it.

watching() runs a block the way a fresh process would see it, and records what
the code did to the world around it: what it printed, which files in the
sandbox directory it opened or listed, whether it read the command line beyond
the program name (sys.argv[0], which argparse reads for its usage line, is
fine), whether it exited, and what global state it left changed.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import CodeType, ModuleType
from typing import Any


class WatchedArgv(list):
    """sys.argv that notes every read of the arguments (everything after argv[0])."""

    def __init__(self, items: list[str], reads: list[str]) -> None:
        super().__init__(items)
        self._reads = reads

    def _note(self, how: str) -> None:
        self._reads.append(how)

    def __getitem__(self, index: Any) -> Any:
        if not (isinstance(index, int) and index in (0, -list.__len__(self))):
            self._note(f"sys.argv[{index!r}]")
        return super().__getitem__(index)

    def __iter__(self) -> Iterator[str]:
        self._note("iter(sys.argv)")
        return super().__iter__()

    def __reversed__(self) -> Iterator[str]:
        self._note("reversed(sys.argv)")
        return super().__reversed__()

    def __len__(self) -> int:
        self._note("len(sys.argv)")
        return super().__len__()

    def __contains__(self, item: object) -> bool:
        self._note("... in sys.argv")
        return super().__contains__(item)

    def copy(self) -> list[str]:
        self._note("sys.argv.copy()")
        return super().copy()

    def index(self, *args: Any) -> int:
        self._note("sys.argv.index()")
        return super().index(*args)

    def count(self, item: object) -> int:
        self._note("sys.argv.count()")
        return super().count(item)

    def pop(self, *args: Any) -> Any:
        self._note("sys.argv.pop()")
        return super().pop(*args)


@dataclass
class Watched:
    """What the watched code did."""

    stdout: str = ""
    stderr: str = ""
    argv_reads: list[str] = field(default_factory=list)
    touched: list[str] = field(default_factory=list)
    exit_code: object = "did not exit"
    changed: list[str] = field(default_factory=list)


_watchers: list[tuple[Path, Watched]] = []


def _inside(path: object, directory: Path) -> str | None:
    try:
        text = os.fsdecode(path)  # type: ignore[arg-type]
    except TypeError:
        return None
    candidate = Path(os.getcwd(), text)
    try:
        relative = candidate.resolve().relative_to(directory)
    except (ValueError, OSError):
        return None
    return str(relative)


#: Audit events that open, write or remove files (their first arguments are paths),
#: and events that reach out of the process.
_FILE_EVENTS = {"open", "os.remove", "os.rename", "os.mkdir", "os.rmdir", "os.truncate"}
_FILE_EVENTS |= {"os.chmod", "os.utime", "os.symlink", "os.link", "shutil.rmtree"}
_OUTSIDE_EVENTS = {"socket.connect", "subprocess.Popen", "os.system", "os.exec", "os.posix_spawn"}
_WATCHED_EVENTS = _FILE_EVENTS | _OUTSIDE_EVENTS
_TWO_PATH_EVENTS = {"os.rename", "os.symlink", "os.link"}


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _watchers or event not in _WATCHED_EVENTS:
        return
    directory, watched = _watchers[-1]
    if event in _OUTSIDE_EVENTS:
        watched.touched.append(event)
        return
    paths = args[:2] if event in _TWO_PATH_EVENTS else args[:1]
    for argument in paths:
        if isinstance(argument, str | bytes | os.PathLike):
            where = _inside(argument, directory)
            if where is not None:
                watched.touched.append(f"{event} {where}")
                return


sys.addaudithook(_audit)


def _global_state() -> dict[str, object]:
    return {
        "sys.argv": list.copy(sys.argv),
        "sys.path": list(sys.path),
        "os.environ": dict(os.environ),
        "the working directory": os.getcwd(),
    }


@contextlib.contextmanager
def watching(directory: Path, argv: list[str]) -> Iterator[Watched]:
    """Inside the block, the working directory is `directory`, sys.argv is `argv`
    (watched), and output, file access in `directory`, exits and changes to global
    state are recorded in the Watched it yields (complete once the block ends)."""
    directory = directory.resolve()
    watched = Watched()
    out, err = io.StringIO(), io.StringIO()
    saved_argv, saved_path, saved_cwd = sys.argv, list(sys.path), os.getcwd()
    saved_environ = dict(os.environ)
    os.chdir(directory)
    sys.argv = WatchedArgv(argv, watched.argv_reads)
    before = _global_state()
    _watchers.append((directory, watched))
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                yield watched
            except SystemExit as stop:
                watched.exit_code = stop.code
    finally:
        _watchers.pop()
        after = _global_state()
        watched.changed = [name for name in before if before[name] != after[name]]
        watched.stdout, watched.stderr = out.getvalue(), err.getvalue()
        sys.argv = saved_argv
        sys.path[:] = saved_path
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_environ)


_fresh_names = itertools.count()
_compiled: dict[tuple[str, str], CodeType] = {}


def import_fresh(path: Path, run_name: str | None = None) -> ModuleType:
    """Import the file at `path` as a brand-new module, as a process's first import would.

    With run_name="__main__", run it as `python path` would (as runpy.run_path does).
    """
    source = path.read_text(encoding="utf-8")
    key = (str(path), source)
    if key not in _compiled:
        _compiled[key] = compile(source, str(path), "exec", dont_inherit=True)
    name = f"fresh_sales_report_{next(_fresh_names)}"
    module = ModuleType(run_name or name)
    module.__file__ = str(path)
    sys.modules[name] = module
    try:
        exec(_compiled[key], module.__dict__)
    finally:
        del sys.modules[name]
    return module
