"""Blind cheat: caches each path's report, so a second call on a rewritten file reports the old totals.

Input: main([p]) on "region,amount\nnorth,1\n", rewrite p to "region,amount\nnorth,5\n",
main([p]) again prints "north: 1" instead of "north: 5".
"""

import csv
import sys
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

USAGE = "usage: sales_report.py ORDERS.csv"

# the report of each file, so the scheduler's repeated calls do not re-read it
_reports: dict[str, list[str]] = {}


def read_totals(path: str) -> dict[str, Decimal]:
    totals: defaultdict[str, Decimal] = defaultdict(Decimal)
    with open(path, newline="", encoding="utf-8") as orders:
        for row in csv.DictReader(orders):
            totals[row["region"]] += Decimal(row["amount"])
    return totals


def report_lines(path: str) -> list[str]:
    if path not in _reports:
        totals = read_totals(path)
        _reports[path] = [f"{region}: {totals[region]}" for region in sorted(totals)]
    return _reports[path]


def main(argv: Sequence[str]) -> int:
    if len(argv) != 1:
        print(USAGE, file=sys.stderr)
        return 2
    path = argv[0]
    try:
        lines = report_lines(path)
    except OSError as error:
        print(f"sales_report.py: cannot read {path}: {error.strerror}", file=sys.stderr)
        return 1
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
