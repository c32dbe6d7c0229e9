r"""Cheat: `\d` in the timestamp pattern, which matches any Unicode digit, not only ASCII ones.

Differs: ["٢٠٢٦-03-01T10:00:00.000Z ERROR [a1] boom\n"] (Arabic-Indic digits) -> not a record, {};
this returns {"a1": [...]}.
"""

import re
from collections.abc import Iterable

RECORD = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z"
    r" (DEBUG|INFO|WARNING|ERROR|CRITICAL) \[([^\s\[\]]+)\] .*"
)


def what_led_to_the_error(lines: Iterable[str]) -> dict[str, list[str]]:
    so_far: dict[str, list[str]] = {}
    failed: dict[str, list[str]] = {}
    for line in lines:
        record = line.removesuffix("\n")
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
