"""Reference: `except Exception` around each item; BaseException-only exceptions propagate."""

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
        except Exception as error:
            report.failed.append((item, error))
        else:
            report.done.append(item)
    return report
