"""Blind cheat: catches only FileNotFoundError, so a directory (IsADirectoryError) or an unreadable file crashes instead of exit code 1.

Input: main([str(tmp_path)]) raises IsADirectoryError instead of returning 1.
"""

import csv
import sys
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

USAGE = "usage: sales_report.py ORDERS.csv"


def read_totals(path: str) -> dict[str, Decimal]:
    totals: defaultdict[str, Decimal] = defaultdict(Decimal)
    with open(path, newline="", encoding="utf-8") as orders:
        for row in csv.DictReader(orders):
            totals[row["region"]] += Decimal(row["amount"])
    return totals


def report_lines(path: str) -> list[str]:
    totals = read_totals(path)
    return [f"{region}: {totals[region]}" for region in sorted(totals)]


def main(argv: Sequence[str]) -> int:
    if len(argv) != 1:
        print(USAGE, file=sys.stderr)
        return 2
    path = argv[0]
    try:
        lines = report_lines(path)
    except FileNotFoundError as error:
        print(f"sales_report.py: cannot read {path}: {error.strerror}", file=sys.stderr)
        return 1
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
