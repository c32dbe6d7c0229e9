r"""Cheat: removes the line ending with rstrip("\r\n"), so a message that ends in "\r" loses it.

Differs: ["2026-03-01T10:00:01.000Z ERROR [a1] y \r\n"] -> the record ends with " \r" (only the
final "\n" goes); this returns it without the "\r".
"""

import re
from collections.abc import Iterable

RECORD = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z"
    r" (DEBUG|INFO|WARNING|ERROR|CRITICAL) \[([^\s\[\]]+)\] .*"
)


def what_led_to_the_error(lines: Iterable[str]) -> dict[str, list[str]]:
    so_far: dict[str, list[str]] = {}
    failed: dict[str, list[str]] = {}
    for line in lines:
        record = line.rstrip("\r\n")
        match = RECORD.fullmatch(record)
        if match is None:
            continue
        level, request = match.groups()
        if request in failed:
            continue
        so_far.setdefault(request, []).append(record)
        if level in ("ERROR", "CRITICAL"):
            failed[request] = so_far.pop(request)
    return failed
