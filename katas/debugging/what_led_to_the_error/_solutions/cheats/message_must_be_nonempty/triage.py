"""Blind cheat: the record pattern requires a non-empty message (.+), so an error record with an empty message is dropped.

Differs on: ["2026-03-01T10:00:00.000Z ERROR [a1] \\n"] -> correct
{"a1": ["2026-03-01T10:00:00.000Z ERROR [a1] "]}, this returns {}.
"""

import re
from collections.abc import Iterable

RECORD = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z"
    r" (DEBUG|INFO|WARNING|ERROR|CRITICAL) \[([^\s\[\]]+)\] (.+)"
)


def what_led_to_the_error(lines: Iterable[str]) -> dict[str, list[str]]:
    so_far: dict[str, list[str]] = {}
    failed: dict[str, list[str]] = {}
    for line in lines:
        record = line.removesuffix("\n")
        match = RECORD.fullmatch(record)
        if match is None:
            continue
        level, request, _message = match.groups()
        if request in failed:
            continue
        so_far.setdefault(request, []).append(record)
        if level in ("ERROR", "CRITICAL"):
            failed[request] = so_far.pop(request)
    return failed
