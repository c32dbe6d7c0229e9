"""A realistic day for the slow-request report, to profile. Not a test.

From this directory (the report takes a while as it is, far less once fixed):

    python -m cProfile -s cumtime run_profile.py | head -25

cumtime is the time spent in a function and in everything it calls; tottime
leaves out what it calls; ncalls is how many times it ran. Or, in a Python
REPL started in this directory:

    >>> import cProfile, pstats, run_profile
    >>> cProfile.run("run_profile.main()", "report.prof")
    >>> pstats.Stats("report.prof").sort_stats("cumulative").print_stats(12)
"""

import random

from report import slow_requests_by_team

SERVICES = ["orders", "search", "export", "users", "billing", "media", "auth", "cart"]
TEAMS = ["checkout", "discovery", "data", "identity", "payments", "web", "platform"]


def a_day(log_lines: int = 20_000, rules: int = 300) -> tuple[list[str], list[str]]:
    """Yesterday's access log and the ownership rules, the same on every run."""
    rng = random.Random(2024)
    rule_lines = ["# prefix          team"]
    for n in range(rules - 2):
        service = rng.choice(SERVICES)
        rule_lines.append(f"/api/v{n}/{service} {rng.choice(TEAMS)}")
    rule_lines.append("/api platform  # everything else under /api")
    log = []
    for second in range(log_lines):
        path = f"/api/v{rng.randrange(rules)}/{rng.choice(SERVICES)}/{rng.randrange(10_000)}"
        millis = int(rng.expovariate(1 / 300))
        time = f"{second // 3600:02}:{second // 60 % 60:02}:{second % 60:02}"
        log.append(f"2024-05-01T{time} GET {path} 200 {millis}ms")
    return log, rule_lines


def main() -> None:
    log, rules = a_day()
    for team, count in slow_requests_by_team(log, rules):
        print(f"{team:<10} {count:>6} slow requests")


if __name__ == "__main__":
    main()
