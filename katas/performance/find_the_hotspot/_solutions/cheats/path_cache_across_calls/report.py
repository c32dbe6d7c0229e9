"""Blind cheat: memoizes owner() per path in a module-level dict that outlives the report, so a
second
report with other rules gets the first report's teams (and unique paths still cost paths x rules).

Differs: slow_requests_by_team(["2024-05-01T09:00:00 GET /x 200 900ms"], ["/x a"]) == [("a",
1)], then
the same log with rules ["/x b"] still returns [("a", 1)] instead of [("b", 1)].
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


_OWNERS: dict[str, str] = {}  # path -> team, so repeated paths skip the rules


def owner(path: str, rule_lines: Sequence[str]) -> str:
    if path in _OWNERS:
        return _OWNERS[path]
    team = "unowned"
    for prefix, rule_team in parse_rules(rule_lines):
        if path.startswith(prefix):
            team = rule_team
            break
    _OWNERS[path] = team
    return team


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
