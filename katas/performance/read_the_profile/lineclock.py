"""cProfile with a clock that counts lines of Python. The tests use it; do not edit it.

cProfile measures time with a clock you can replace: cProfile.Profile(timer).
Seconds change from run to run (and are all 0.000 for programs this small), so
the tests give it a clock that counts the lines of Python run so far. The
profile is then the same on every run and every machine; read pstats's
"seconds" as lines. ncalls does not depend on the clock at all.

From this directory, print the profile of each program in profiles.py:

    python lineclock.py            # sorted by cumtime
    python lineclock.py tottime    # sorted by tottime

Or, in a Python REPL started in this directory:

    >>> import lineclock, profiles
    >>> stats = lineclock.profile(profiles.build_index, profiles.WORDS)
    >>> stats.strip_dirs().sort_stats("tottime").print_stats()
    >>> stats.print_callers("one_letter_apart")    # who called it, how many times
"""

import cProfile
import pstats
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

#: One line of a profile as pstats prints it: (function, ncalls, tottime, cumtime).
Row = tuple[str, str, float, float]


class LineClock:
    """A clock for cProfile: the number of lines of Python run since it started."""

    def __init__(self) -> None:
        self.lines = 0

    def __call__(self) -> int:
        return self.lines

    def trace(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            self.lines += 1
        return self.trace


def profile(program: Callable[..., object], *args: object) -> pstats.Stats:
    """Run program(*args) under cProfile, timed by a LineClock."""
    clock = LineClock()
    profiler = cProfile.Profile(clock, 1.0)
    previous = sys.gettrace()
    sys.settrace(clock.trace)
    try:
        profiler.runcall(program, *args)
    finally:
        sys.settrace(previous)
    return pstats.Stats(profiler)


def name(function: tuple[str, int, str]) -> str:
    """A function as the profile names it: `build_index`, or `{built-in method builtins.len}`."""
    filename, _, function_name = function
    return pstats.func_std_string(function) if filename == "~" else function_name


def ncalls(total: int, primitive: int) -> str:
    """ncalls as pstats prints it: "144", or "8/2" when some calls were recursive."""
    return str(total) if total == primitive else f"{total}/{primitive}"


def rows(stats: pstats.Stats) -> list[Row]:
    """Every line of the profile, as (function, ncalls, tottime, cumtime)."""
    table = stats.stats  # type: ignore[attr-defined]
    return [
        (name(function), ncalls(total, primitive), tottime, cumtime)
        for function, (primitive, total, tottime, cumtime, _) in table.items()
    ]


def callers(stats: pstats.Stats, function_name: str) -> dict[str, int]:
    """Who called the function, and how many times each (what print_callers shows)."""
    table = stats.stats  # type: ignore[attr-defined]
    found: dict[str, int] = {}
    for function, (*_, called_by) in table.items():
        if name(function) == function_name:
            for caller, (total, *_) in called_by.items():
                found[name(caller)] = found.get(name(caller), 0) + total
    return found


def main() -> None:
    import profiles  # run as a script from this directory

    sort = sys.argv[1] if len(sys.argv) > 1 else "cumulative"
    programs: list[tuple[str, Callable[..., object], tuple[object, ...]]] = [
        ("build_index(WORDS)", profiles.build_index, (profiles.WORDS,)),
        ("disk_usage()", profiles.disk_usage, ()),
        ("price_list(PRODUCTS, RATES)", profiles.price_list, (profiles.PRODUCTS, profiles.RATES)),
    ]
    for title, program, args in programs:
        print(f"=== {title}  (times are lines of Python run, not seconds)")
        profile(program, *args).strip_dirs().sort_stats(sort).print_stats()


if __name__ == "__main__":
    main()
