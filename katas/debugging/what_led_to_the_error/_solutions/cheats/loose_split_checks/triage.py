"""Blind cheat: parses with split(" ", 3) and only spot-checks the fields (timestamp length/T/Z, brackets), so "[]" or a garbled timestamp counts as a record.

Differs on: ["2026-03-01Tab:cd:ef.ghiZ ERROR [a1] boom\\n"] -> correct {}, this {"a1": [...]};
also "2026-03-01T10:00:00.000Z ERROR [] boom" gives {"": [...]} instead of {}.
"""

from collections.abc import Iterable

LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}


def what_led_to_the_error(lines: Iterable[str]) -> dict[str, list[str]]:
    so_far: dict[str, list[str]] = {}
    failed: dict[str, list[str]] = {}
    for line in lines:
        record = line.removesuffix("\n")
        if not record or record[0].isspace():
            continue  # continuation line
        parts = record.split(" ", 3)
        if len(parts) != 4:
            continue
        timestamp, level, request, _message = parts
        if len(timestamp) != 24 or timestamp[10] != "T" or not timestamp.endswith("Z"):
            continue
        if level not in LEVELS:
            continue
        if not (request.startswith("[") and request.endswith("]")):
            continue
        request = request[1:-1]
        if request in failed:
            continue
        so_far.setdefault(request, []).append(record)
        if level in ("ERROR", "CRITICAL"):
            failed[request] = so_far.pop(request)
    return failed
