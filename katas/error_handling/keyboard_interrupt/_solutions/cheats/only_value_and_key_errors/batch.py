"""Blind cheat: catches only ValueError and KeyError, so any other error (OSError, TypeError, a
custom Exception) stops the batch.

Differs on: run_batch(["a", "b"], h) where h raises OSError("disk") on "a":
a correct solution records ("a", OSError) and handles "b"; this lets OSError escape.
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
