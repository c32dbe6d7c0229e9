"""Blind cheat: still re-reads the rule lines for every slow request, only stopping at the first
match,
so it fits the budget when paths match early rules but is slow requests x rules for unowned paths.

Differs: 100 slow requests to "/static/x.js" with 100 rule lines ("/r0 t" ... "/r99 t") read
10,000 rule lines, far over the budget of 2 * (100 + 100).
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
    # parse lazily: stop reading rules at the first one that matches
    for line in rule_lines:
        line = line.split("#", 1)[0].strip()
        if line:
            prefix, team = line.split()
            if path.startswith(prefix):
                return team
    return "unowned"


def ranking(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def slow_requests_by_team(
    log_lines: Iterable[str], rule_lines: Sequence[str]
) -> list[tuple[str, int]]:
    # TODO: 40 minutes instead of one. Profile it before you change anything.
    counts: Counter[str] = Counter()
    for line in log_lines:
        request = parse_line(line)
        if is_slow(request):
            counts[owner(request.path, rule_lines)] += 1
    return ranking(counts)
