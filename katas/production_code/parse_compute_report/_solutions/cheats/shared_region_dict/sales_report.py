"""Blind cheat: summarize() reuses one module-level dict for the region totals, so every Summary shares it.

Differs: a = summarize([Sale(date(2024,1,1), "North", 100)]); summarize([Sale(date(2024,1,1), "South", 5)])
leaves a.by_region == {"South": 5} instead of {"North": 100}.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

_by_region: dict[str, int] = {}


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


DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
AMOUNT = re.compile(r"([+-]?)([0-9]+)(?:\.([0-9]{1,2}))?")


def parse_day(text: str) -> date:
    if not DATE.fullmatch(text):
        raise ValueError(f"date {text!r} is not YYYY-MM-DD")
    return date.fromisoformat(text)


def parse_cents(text: str) -> int:
    match = AMOUNT.fullmatch(text)
    if not match:
        raise ValueError(f"amount {text!r} is not euros with at most two decimals")
    sign, whole, decimals = match.groups()
    cents = int(whole) * 100 + int((decimals or "").ljust(2, "0"))
    return -cents if sign == "-" else cents


def parse_line(line: str) -> Sale:
    fields = line.split(",")
    if len(fields) != 3:
        raise ValueError(f"expected 3 fields, got {len(fields)}")
    day_text, region, amount = (field.strip() for field in fields)
    if not region:
        raise ValueError("the region is empty")
    return Sale(parse_day(day_text), region, parse_cents(amount))


def parse_sales(text: str) -> list[Sale]:
    sales = []
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if number == 1 or not line.strip():
            continue
        try:
            sales.append(parse_line(line))
        except ValueError as error:
            raise SalesFileError(number, str(error)) from error
    return sales


def summarize(sales: Iterable[Sale]) -> Summary:
    count = 0
    total = 0
    by_region = _by_region
    by_region.clear()
    first_day = last_day = None
    for sale in sales:
        count += 1
        total += sale.cents
        by_region[sale.region] = by_region.get(sale.region, 0) + sale.cents
        if first_day is None or sale.day < first_day:
            first_day = sale.day
        if last_day is None or sale.day > last_day:
            last_day = sale.day
    return Summary(count, total, by_region, first_day, last_day)


def euros(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}{whole}.{rest:02d}"


def render(summary: Summary) -> str:
    if summary.sales:
        lines = [f"{summary.sales} sales from {summary.first_day} to {summary.last_day}"]
    else:
        lines = ["0 sales"]
    for region, cents in sorted(summary.by_region.items(), key=lambda pair: (-pair[1], pair[0])):
        lines.append(f"{region}: {euros(cents)}")
    lines.append(f"Total: {euros(summary.total_cents)}")
    return "".join(line + "\n" for line in lines)


def print_sales_report(path: str) -> None:
    with open(path, encoding="utf-8") as file:
        text = file.read()
    print(render(summarize(parse_sales(text))), end="")
