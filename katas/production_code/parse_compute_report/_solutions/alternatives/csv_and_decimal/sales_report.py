"""Alternative: the csv module and Decimal to parse, a Counter to add up, a template to render.

Another senior reads the rows with csv.reader, checks an amount with Decimal
(finite, at most two decimals), and keeps the running figures in a small
accumulator class; the pieces are still pure and only print_sales_report()
does I/O.
"""

import csv
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation


@dataclass(frozen=True)
class Sale:
    day: date
    region: str
    cents: int


@dataclass(frozen=True)
class Summary:
    sales: int
    total_cents: int
    by_region: dict[str, int]
    first_day: date | None
    last_day: date | None


class SalesFileError(ValueError):
    """A line of a sales file that is not "date,region,amount"."""

    def __init__(self, line_number: int, problem: str) -> None:
        super().__init__(f"line {line_number}: {problem}")
        self.line_number = line_number


DIGITS = set("0123456789")


def to_cents(text: str, number: int) -> int:
    unsigned = text.removeprefix("+").removeprefix("-")
    whole, _, decimals = unsigned.partition(".")
    if not whole or not set(whole) <= DIGITS or not set(decimals) <= DIGITS:
        raise SalesFileError(number, f"amount {text!r} is not a number of euros")
    if "." in unsigned and not 1 <= len(decimals) <= 2:
        raise SalesFileError(number, f"amount {text!r} must have one or two decimals")
    try:
        return int(Decimal(text) * 100)
    except InvalidOperation:
        raise SalesFileError(number, f"amount {text!r} is not a number") from None


def to_sale(row: list[str], number: int) -> Sale:
    if len(row) != 3:
        raise SalesFileError(number, f"{len(row)} fields, not date,region,amount")
    day_text, region, amount = (field.strip() for field in row)
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        raise SalesFileError(number, f"{day_text!r} is not a date") from None
    if not region:
        raise SalesFileError(number, "no region")
    return Sale(day, region, to_cents(amount, number))


def numbered_rows(text: str) -> Iterator[tuple[int, list[str]]]:
    lines = text.splitlines()
    for number, line in enumerate(lines[1:], start=2):
        if line.strip():
            yield number, next(csv.reader([line]))


def parse_sales(text: str) -> list[Sale]:
    return [to_sale(row, number) for number, row in numbered_rows(text)]


class Figures:
    def __init__(self) -> None:
        self.count = 0
        self.regions: Counter[str] = Counter()
        self.days: list[date] = []

    def add(self, sale: Sale) -> None:
        self.count += 1
        self.regions[sale.region] += sale.cents
        self.days.append(sale.day)

    def summary(self) -> Summary:
        total = sum(self.regions.values())
        first, last = (min(self.days), max(self.days)) if self.days else (None, None)
        return Summary(self.count, total, dict(self.regions), first, last)


def summarize(sales: Iterable[Sale]) -> Summary:
    figures = Figures()
    for sale in sales:
        figures.add(sale)
    return figures.summary()


def money(cents: int) -> str:
    return f"{'-' if cents < 0 else ''}{abs(cents) // 100}.{abs(cents) % 100:02}"


def render(summary: Summary) -> str:
    head = f"{summary.sales} sales"
    if summary.sales:
        head += f" from {summary.first_day} to {summary.last_day}"
    ranked = sorted(summary.by_region, key=lambda region: (-summary.by_region[region], region))
    body = [f"{region}: {money(summary.by_region[region])}" for region in ranked]
    return "\n".join([head, *body, f"Total: {money(summary.total_cents)}"]) + "\n"


def print_sales_report(path: str) -> None:
    with open(path, encoding="utf-8") as file:
        report = render(summarize(parse_sales(file.read())))
    print(report, end="")
