"""Cheat: sorts each request's records by timestamp, assuming the log is out of order.

Differs: [a1 at 10:00:05 INFO, a1 at 10:00:01 ERROR] -> the ERROR is the first error and comes
after the INFO in the log: both, in log order; this puts the ERROR first and drops the INFO.
"""

import re
from collections.abc import Iterable

RECORD = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z)"
    r" (DEBUG|INFO|WARNING|ERROR|CRITICAL) \[([^\s\[\]]+)\] .*"
)


def what_led_to_the_error(lines: Iterable[str]) -> dict[str, list[str]]:
    by_request: dict[str, list[tuple[str, str, str]]] = {}
    for line in lines:
        record = line.removesuffix("\n")
        match = RECORD.fullmatch(record)
        if match is not None:
            timestamp, level, request = match.groups()
            by_request.setdefault(request, []).append((timestamp, level, record))
    failed: dict[str, list[str]] = {}
    for request, entries in by_request.items():
        trail = []
        for _timestamp, level, record in sorted(entries, key=lambda entry: entry[0]):
            trail.append(record)
            if level in ("ERROR", "CRITICAL"):
                failed[request] = trail
                break
    return failed
