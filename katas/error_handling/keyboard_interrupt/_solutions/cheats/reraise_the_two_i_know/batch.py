"""Cheat: re-raises KeyboardInterrupt and SystemExit, then still catches BaseException.

Ctrl-C and sys.exit() stop the batch now, but every other exception that is
not an error is still swallowed: a cancelled asyncio task
(asyncio.CancelledError) is recorded as a failed item, and the batch runs on.
"""

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
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as error:
            report.failed.append((item, error))  # type: ignore[arg-type]
        else:
            report.done.append(item)
    return report
