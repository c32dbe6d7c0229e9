"""Blind cheat: catches every BaseException, and for stops raises a fresh SystemExit(code) /
re-raises only KeyboardInterrupt: the SystemExit reaching the caller is not the one handle() raised,
and CancelledError is swallowed.

Differs on: handle raising `stop = SystemExit(3)`: a correct solution lets `stop`
itself propagate; this raises a new SystemExit(3) (`caught is not stop`), with no
cause.  Also handle raising asyncio.CancelledError() is recorded as failed.
"""

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass
class Report:
    done: list[str] = field(default_factory=list)
    failed: list[tuple[str, Exception]] = field(default_factory=list)


def run_batch(items: Iterable[str], handle: Callable[[str], object]) -> Report:
    report = Report()
    for item in items:
        try:
            handle(item)
        except BaseException as error:
            if isinstance(error, KeyboardInterrupt):
                raise
            if isinstance(error, SystemExit):
                sys.exit(error.code)
            report.failed.append((item, error))
        else:
            report.done.append(item)
    return report
