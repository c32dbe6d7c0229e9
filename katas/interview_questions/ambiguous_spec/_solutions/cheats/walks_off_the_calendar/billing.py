"""Cheat: walks back a day at a time and checks the month afterwards, so January of year 1 walks off the calendar.

Differs: last_business_day(1, 1, holidays=every day of January 1) -> OverflowError (should be ValueError).
"""

import calendar
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
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
            key = key.strip().casefold()
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
    day = date(year, month, calendar.monthrange(year, month)[1])
    while day.weekday() in weekend or day in holidays:
        day -= timedelta(days=1)
        if day.month != month:
            raise ValueError(f"{year}-{month:02d} has no business day")
    return day
