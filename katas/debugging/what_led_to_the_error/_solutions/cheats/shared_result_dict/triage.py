"""Blind cheat: reuses one module-level result dict (cleared at each call), so a later call wipes and rewrites the dict an earlier call returned.

Differs on: first = f([... "ERROR [a1] x"]); f([... "ERROR [b2] y"]) -> first is now
{"b2": [...]} instead of staying {"a1": [...]}.
"""

import re
from collections.abc import Iterable

RECORD = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z"
    r" (DEBUG|INFO|WARNING|ERROR|CRITICAL) \[([^\s\[\]]+)\] (.*)"
)

_failed: dict[str, list[str]] = {}


def what_led_to_the_error(lines: Iterable[str]) -> dict[str, list[str]]:
    so_far: dict[str, list[str]] = {}
    _failed.clear()  # each call starts afresh
    for line in lines:
        record = line.removesuffix("\n")
        match = RECORD.fullmatch(record)
        if match is None:
            continue
        level, request, _message = match.groups()
        if request in _failed:
            continue
        so_far.setdefault(request, []).append(record)
        if level in ("ERROR", "CRITICAL"):
            _failed[request] = so_far.pop(request)
    return _failed
