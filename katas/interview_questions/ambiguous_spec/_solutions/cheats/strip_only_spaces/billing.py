"""Cheat: strips only spaces around an email, so a tab or a no-break space pasted from a spreadsheet stays.

Differs: "ann@x.com" and "\tann@x.com" are one customer under IGNORE_CASE, two here.
"""

import calendar
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from enum import Enum

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Customer:
    name: str
    email: str


class Rounding(Enum):
    HALF_UP = ROUND_HALF_UP
    HALF_EVEN = ROUND_HALF_EVEN


class RoundAt(Enum):
    TOTAL = "total"
    EACH_LINE = "each line"


class EmailMatch(Enum):
    EXACT = "exact"
    IGNORE_CASE = "ignore case"


class Keep(Enum):
    FIRST = "first"
    LAST = "last"


def round_total(
    amounts: Iterable[Decimal],
    *,
    rounding: Rounding = Rounding.HALF_UP,
    at: RoundAt = RoundAt.TOTAL,
) -> Decimal:
    if at is RoundAt.EACH_LINE:
        amounts = [amount.quantize(CENT, rounding=rounding.value) for amount in amounts]
    return sum(amounts, Decimal(0)).quantize(CENT, rounding=rounding.value)


def unique_customers(
    customers: Iterable[Customer],
    *,
    match: EmailMatch = EmailMatch.IGNORE_CASE,
    keep: Keep = Keep.FIRST,
) -> list[Customer]:
    kept: dict[str, Customer] = {}
    for customer in customers:
        key = customer.email
        if match is EmailMatch.IGNORE_CASE:
            key = key.strip(" ").casefold()
        if keep is Keep.LAST or key not in kept:
            kept[key] = customer
    return list(kept.values())


def last_business_day(
    year: int,
    month: int,
    *,
    holidays: Collection[date] = (),
    weekend: Collection[int] = frozenset({5, 6}),
) -> date:
    for day_of_month in range(calendar.monthrange(year, month)[1], 0, -1):
        day = date(year, month, day_of_month)
        if day.weekday() not in weekend and day not in holidays:
            return day
    raise ValueError(f"{year}-{month:02d} has no business day")
