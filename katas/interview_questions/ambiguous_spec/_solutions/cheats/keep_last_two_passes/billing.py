"""Blind cheat: Keep.LAST walks `customers` twice (order, then last record), so a generator loses its records.

Differs on: unique_customers(iter([ANN, BO, ANN_AGAIN]), keep=Keep.LAST) -> [] instead of [ANN_AGAIN, BO].
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


def _key(customer: Customer, match: EmailMatch) -> str:
    return customer.email.strip().casefold() if match is EmailMatch.IGNORE_CASE else customer.email


def unique_customers(
    customers: Iterable[Customer],
    *,
    match: EmailMatch = EmailMatch.IGNORE_CASE,
    keep: Keep = Keep.FIRST,
) -> list[Customer]:
    if keep is Keep.FIRST:
        kept: dict[str, Customer] = {}
        for customer in customers:
            kept.setdefault(_key(customer, match), customer)
        return list(kept.values())
    # Keep.LAST: the order of first appearance, then the latest record of each
    order = list(dict.fromkeys(_key(customer, match) for customer in customers))
    latest = {_key(customer, match): customer for customer in customers}
    return [latest[key] for key in order if key in latest]


def last_business_day(year: int, month: int, *, holidays=(), weekend=frozenset({5, 6})) -> date:
    day = date(year, month, calendar.monthrange(year, month)[1])
    while day.weekday() in weekend or day in holidays:
        if day.day == 1:
            raise ValueError(f"{year}-{month:02} has no business day")
        day -= timedelta(days=1)
    return day
