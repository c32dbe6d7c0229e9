r"""Cheat: skips lines indented with a space or a tab, then takes the fields with str.split(), which
splits on any run of whitespace and drops it at both ends.

Differs: ["2026-03-01T10:00:00.000Z  ERROR [a1] boom\n"] (two spaces) -> not a record, {}; and a
continuation indented with another whitespace ("\u3000...") is read as a record.
"""

import re
from collections.abc import Iterable

TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z")
LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}
ID = re.compile(r"\[([^\s\[\]]+)\]")


def what_led_to_the_error(lines: Iterable[str]) -> dict[str, list[str]]:
    so_far: dict[str, list[str]] = {}
    failed: dict[str, list[str]] = {}
    for line in lines:
        if line.startswith((" ", "\t")):
            continue  # a traceback under the record above
        record = line.removesuffix("\n")
        fields = record.split(maxsplit=3)
        if len(fields) < 3:
            continue
        timestamp, level, bracketed = fields[:3]
        request = ID.fullmatch(bracketed)
        if not TIMESTAMP.fullmatch(timestamp) or level not in LEVELS or request is None:
            continue
        if request[1] in failed:
            continue
        so_far.setdefault(request[1], []).append(record)
        if level in ("ERROR", "CRITICAL"):
            failed[request[1]] = so_far.pop(request[1])
    return failed
