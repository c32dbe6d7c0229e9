"""Alternative: argparse for the command line, a Counter for the totals, a generator for the rows.

A usage error ends with argparse's SystemExit(2), which the contract allows;
main(argv=None) reads sys.argv only when it is called without arguments.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Total sales per region.")
    parser.add_argument("orders", type=Path, help="the orders export (CSV)")
    return parser


def read_orders(path: Path) -> Iterator[tuple[str, Decimal]]:
    with open(path, newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            yield row["region"], Decimal(row["amount"])


def report(path: Path) -> list[str]:
    totals: Counter[str] = Counter()
    for region, amount in read_orders(path):
        totals[region] = totals.get(region, Decimal(0)) + amount
    return [f"{region}: {totals[region]}" for region in sorted(totals)]


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        lines = report(args.orders)
    except OSError as error:
        print(f"sales_report: {args.orders}: {error.strerror or error}", file=sys.stderr)
        return 1
    if lines:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
