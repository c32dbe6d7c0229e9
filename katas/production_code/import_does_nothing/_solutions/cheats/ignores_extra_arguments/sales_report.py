"""Cheat: only no argument is a usage error; extra arguments are ignored.

Differs: main(["o.csv", "o.csv"]) prints the report and returns 0 (should be a usage error, 2).
"""

import csv
import sys
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

USAGE = "usage: sales_report.py ORDERS.csv"


def region_totals(path: Path) -> dict[str, Decimal]:
    totals: defaultdict[str, Decimal] = defaultdict(Decimal)
    with path.open(newline="", encoding="utf-8") as orders:
        for row in csv.DictReader(orders):
            totals[row["region"]] += Decimal(row["amount"])
    return totals


def main(argv: Sequence[str]) -> int:
    if not argv:
        print(USAGE, file=sys.stderr)
        return 2
    path = Path(argv[0])
    try:
        totals = region_totals(path)
    except OSError as error:
        print(f"error: cannot read {path}: {error.strerror}", file=sys.stderr)
        return 1
    for region in sorted(totals):
        print(f"{region}: {totals[region]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
