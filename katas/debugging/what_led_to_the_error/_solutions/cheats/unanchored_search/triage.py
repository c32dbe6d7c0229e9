"""Blind cheat: skips indented lines but then finds the record with RECORD.search, so a line with junk before a record-looking text counts.

Differs on: ["worker 3: 2026-03-01T10:00:00.000Z ERROR [a1] boom\\n"] -> correct {},
this {"a1": ["worker 3: 2026-03-01T10:00:00.000Z ERROR [a1] boom"]}.
"""

import re
from collections.abc import Iterable

RECORD = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z"
    r" (DEBUG|INFO|WARNING|ERROR|CRITICAL) \[([^\s\[\]]+)\] (.*)$"
)


def what_led_to_the_error(lines: Iterable[str]) -> dict[str, list[str]]:
    so_far: dict[str, list[str]] = {}
    failed: dict[str, list[str]] = {}
    for line in lines:
        record = line.removesuffix("\n")
        if record[:1].isspace():
            continue  # traceback / continuation
        match = RECORD.search(record)
        if match is None:
            continue
        level, request, _message = match.groups()
        if request in failed:
            continue
        so_far.setdefault(request, []).append(record)
        if level in ("ERROR", "CRITICAL"):
            failed[request] = so_far.pop(request)
    return failed
