"""Blind cheat: remembers (handler, item) pairs done in earlier calls in a module-level set and
skips calling handle() for them, so state leaks across batches.

Differs on: calls = []; h = calls.append; run_batch(["x"], h); run_batch(["x"], h):
a correct solution calls h twice (calls == ["x", "x"]); this calls it once.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass
class Report:
    done: list[str] = field(default_factory=list)
    failed: list[tuple[str, Exception]] = field(default_factory=list)


_done_before: set[tuple[Callable[[str], object], str]] = set()


def run_batch(items: Iterable[str], handle: Callable[[str], object]) -> Report:
    report = Report()
    for item in items:
        if (handle, item) in _done_before:  # already done last night, don't redo it
            report.done.append(item)
            continue
        try:
            handle(item)
        except Exception as error:
            report.failed.append((item, error))
        else:
            report.done.append(item)
            _done_before.add((handle, item))
    return report
