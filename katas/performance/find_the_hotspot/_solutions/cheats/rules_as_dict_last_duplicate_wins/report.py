"""Blind cheat: parses the rules once but into a dict, so when two rules have the same prefix
the later
team overwrites the first one (the first matching rule should win).

Differs: rules ["/api a", "/api b"] and one slow request to /api/x: returns [("b", 1)], not
[("a", 1)].
"""

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

SLOW_MS = 500
LOG_LINE = re.compile(
    r"(?P<time>\S+) (?P<method>[A-Z]+) (?P<path>\S+) (?P<status>\d{3}) (?P<millis>\d+)ms"
)


@dataclass(frozen=True)
class Request:
    when: datetime
    method: str
    path: str
    status: int
    millis: int


def parse_line(line: str) -> Request:
    match = LOG_LINE.fullmatch(line)
    if match is None:
        raise ValueError(f"not an access log line: {line!r}")
    return Request(
        when=datetime.fromisoformat(match["time"]),
        method=match["method"],
        path=match["path"],
        status=int(match["status"]),
        millis=int(match["millis"]),
    )


def is_slow(request: Request) -> bool:
    return request.millis >= SLOW_MS


def parse_rules(rule_lines: Iterable[str]) -> list[tuple[str, str]]:
    """The ownership rules as (prefix, team) pairs, in file order."""
    rules = []
    for line in rule_lines:
        line = line.split("#", 1)[0].strip()
        if line:
            prefix, team = line.split()
            rules.append((prefix, team))
    return rules


def owner(path: str, rules: Mapping[str, str]) -> str:
    for prefix, team in rules.items():
        if path.startswith(prefix):
            return team
    return "unowned"


def ranking(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def slow_requests_by_team(
    log_lines: Iterable[str], rule_lines: Sequence[str]
) -> list[tuple[str, int]]:
    rules = dict(parse_rules(rule_lines))  # prefix -> team, parsed once
    counts: Counter[str] = Counter()
    for line in log_lines:
        request = parse_line(line)
        if is_slow(request):
            counts[owner(request.path, rules)] += 1
    return ranking(counts)
