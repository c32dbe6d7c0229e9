"""Alternative: no regular expression; a small class is fed one line at a time and checks each
field of a record with str methods, character by character for the timestamp.
"""

from collections.abc import Iterable

LEVELS = frozenset({"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"})
ERRORS = frozenset({"ERROR", "CRITICAL"})
TIMESTAMP = "0000-00-00T00:00:00.000Z"  # "0" stands for one ASCII digit


def is_timestamp(text: str) -> bool:
    return len(text) == len(TIMESTAMP) and all(
        char in "0123456789" if shape == "0" else char == shape
        for char, shape in zip(text, TIMESTAMP, strict=True)
    )


def request_id(field: str) -> str | None:
    inside = field[1:-1]
    if len(field) < 3 or field[0] != "[" or field[-1] != "]":
        return None
    if any(char.isspace() or char in "[]" for char in inside):
        return None
    return inside


class Triage:
    def __init__(self) -> None:
        self.open: dict[str, list[str]] = {}
        self.failed: dict[str, list[str]] = {}

    def feed(self, line: str) -> None:
        record = line[:-1] if line.endswith("\n") else line
        fields = record.split(" ", 3)
        if len(fields) != 4:
            return
        timestamp, level, bracketed, _message = fields
        request = request_id(bracketed)
        if not is_timestamp(timestamp) or level not in LEVELS or request is None:
            return
        if request in self.failed:
            return
        self.open.setdefault(request, []).append(record)
        if level in ERRORS:
            self.failed[request] = self.open.pop(request)


def what_led_to_the_error(lines: Iterable[str]) -> dict[str, list[str]]:
    triage = Triage()
    for line in lines:
        triage.feed(line)
    return triage.failed
