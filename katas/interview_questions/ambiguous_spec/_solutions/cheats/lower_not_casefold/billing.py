"""Blind cheat: IGNORE_CASE folds emails with .lower() instead of .casefold().

Differs on: [Customer("A", "straße@x.de"), Customer("B", "STRASSE@x.de")] -> both kept,
though email.strip().casefold() makes them the same email.
"""

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from enum import Enum


@dataclass(frozen=True)
class Customer:
    name: str
    email: str


class Rounding(Enum):
    HALF_UP = "half up"
    HALF_EVEN = "half even"


class RoundAt(Enum):
    TOTAL = "total"
    EACH_LINE = "each line"


class EmailMatch(Enum):
    EXACT = "exact"
    IGNORE_CASE = "ignore case"


class Keep(Enum):
    FIRST = "first"
    LAST = "last"


CENT = Decimal("0.01")


def round_total(
    amounts: Iterable[Decimal],
    *,
    rounding: Rounding = Rounding.HALF_UP,
    at: RoundAt = RoundAt.TOTAL,
) -> Decimal:
    mode = ROUND_HALF_UP if rounding is Rounding.HALF_UP else ROUND_HALF_EVEN
    if at is RoundAt.EACH_LINE:
        amounts = [amount.quantize(CENT, rounding=mode) for amount in amounts]
    return sum(amounts, Decimal("0.00")).quantize(CENT, rounding=mode)


def unique_customers(
    customers: Iterable[Customer],
    *,
    match: EmailMatch = EmailMatch.IGNORE_CASE,
    keep: Keep = Keep.FIRST,
) -> list[Customer]:
    kept: dict[str, Customer] = {}
    for customer in customers:
        key = customer.email.strip().lower() if match is EmailMatch.IGNORE_CASE else customer.email
        if keep is Keep.LAST or key not in kept:
            kept[key] = customer
    return list(kept.values())


def last_business_day(year: int, month: int, *, holidays=(), weekend=frozenset({5, 6})) -> date:
    day = date(year, month, calendar.monthrange(year, month)[1])
    while day.weekday() in weekend or day in holidays:
        if day.day == 1:
            raise ValueError(f"{year}-{month:02} has no business day")
        day -= timedelta(days=1)
    return day
