"""Blind cheat: re-raises only KeyboardInterrupt and SystemExit, so asyncio.CancelledError (and
GeneratorExit) is still recorded as a failed item.

Differs on: run_batch(["a", "b"], h) where h raises asyncio.CancelledError() on "a":
a correct solution raises CancelledError at once; this returns a Report with
failed=[("a", CancelledError())] and handles "b".
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
            report.failed.append((item, error))
        else:
            report.done.append(item)
    return report
