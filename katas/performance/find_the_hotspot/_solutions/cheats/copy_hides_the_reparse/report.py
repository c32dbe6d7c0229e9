"""Blind cheat: copies rule_lines into a plain list once, so the counted reads stay small, but
owner()
still parses every rule line again for every slow request: the n x m work is still there, hidden.

Differs: 10,000 slow requests and 1,000 rules still run parse_rules() 10,000 times (10 million rule
lines split), exactly the 40-minute report; only the counting sequence no longer sees it.
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


def owner(path: str, rule_lines: Sequence[str]) -> str:
    for prefix, team in parse_rules(rule_lines):
        if path.startswith(prefix):
            return team
    return "unowned"


def ranking(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def slow_requests_by_team(
    log_lines: Iterable[str], rule_lines: Sequence[str]
) -> list[tuple[str, int]]:
    rule_lines = list(rule_lines)  # read the rules once
    counts: Counter[str] = Counter()
    for line in log_lines:
        request = parse_line(line)
        if is_slow(request):
            counts[owner(request.path, rule_lines)] += 1
    return ranking(counts)
