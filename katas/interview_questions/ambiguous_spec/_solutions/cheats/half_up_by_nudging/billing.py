"""Blind cheat: HALF_UP is faked by nudging the amount 0.0001 away from zero and then round() (half even).

Differs on: round_total([Decimal("0.12495")]) -> Decimal('0.13') instead of Decimal('0.12').
"""

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
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


def _round(value: Decimal, rounding: Rounding) -> Decimal:
    if rounding is Rounding.HALF_UP:
        # round() is banker's; push a half cent over the edge, away from zero
        value += Decimal("0.0001") if value >= 0 else Decimal("-0.0001")
    return round(value, 2)


def round_total(
    amounts: Iterable[Decimal],
    *,
    rounding: Rounding = Rounding.HALF_UP,
    at: RoundAt = RoundAt.TOTAL,
) -> Decimal:
    if at is RoundAt.EACH_LINE:
        amounts = [_round(amount, rounding) for amount in amounts]
    return _round(sum(amounts, Decimal("0.00")), rounding)


def unique_customers(
    customers: Iterable[Customer],
    *,
    match: EmailMatch = EmailMatch.IGNORE_CASE,
    keep: Keep = Keep.FIRST,
) -> list[Customer]:
    kept: dict[str, Customer] = {}
    for customer in customers:
        key = (
            customer.email.strip().casefold() if match is EmailMatch.IGNORE_CASE else customer.email
        )
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
