"""Alternative: StrEnum decisions looked up in tables, and the business day found with max()."""

import calendar
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from enum import StrEnum


@dataclass(frozen=True)
class Customer:
    name: str
    email: str


class Rounding(StrEnum):
    HALF_UP = "half-up"
    HALF_EVEN = "half-even"


class RoundAt(StrEnum):
    TOTAL = "total"
    EACH_LINE = "line"


class EmailMatch(StrEnum):
    EXACT = "exact"
    IGNORE_CASE = "case-insensitive"


class Keep(StrEnum):
    FIRST = "first"
    LAST = "last"


DECIMAL_MODES = {Rounding.HALF_UP: ROUND_HALF_UP, Rounding.HALF_EVEN: ROUND_HALF_EVEN}
EMAIL_KEYS: dict[EmailMatch, Callable[[str], str]] = {
    EmailMatch.EXACT: lambda email: email,
    EmailMatch.IGNORE_CASE: lambda email: email.strip().casefold(),
}


def to_cents(amount: Decimal, rounding: Rounding) -> Decimal:
    return amount.quantize(Decimal("0.01"), rounding=DECIMAL_MODES[rounding])


def round_total(
    amounts: Iterable[Decimal],
    *,
    rounding: Rounding = Rounding.HALF_UP,
    at: RoundAt = RoundAt.TOTAL,
) -> Decimal:
    match at:
        case RoundAt.EACH_LINE:
            return to_cents(sum((to_cents(a, rounding) for a in amounts), Decimal(0)), rounding)
        case RoundAt.TOTAL:
            return to_cents(sum(amounts, Decimal(0)), rounding)


def unique_customers(
    customers: Iterable[Customer],
    *,
    match: EmailMatch = EmailMatch.IGNORE_CASE,
    keep: Keep = Keep.FIRST,
) -> list[Customer]:
    key_of = EMAIL_KEYS[match]
    order: list[str] = []
    chosen: dict[str, Customer] = {}
    for customer in customers:
        key = key_of(customer.email)
        if key not in chosen:
            order.append(key)
            chosen[key] = customer
        elif keep == Keep.LAST:
            chosen[key] = customer
    return [chosen[key] for key in order]


def last_business_day(
    year: int,
    month: int,
    *,
    holidays: Collection[date] = (),
    weekend: Collection[int] = frozenset({5, 6}),
) -> date:
    days_off = set(holidays)
    rest_days = set(weekend)
    _, length = calendar.monthrange(year, month)
    open_days = (date(year, month, d) for d in range(1, length + 1))
    last = max(
        (d for d in open_days if d.weekday() not in rest_days and d not in days_off), default=None
    )
    if last is None:
        raise ValueError(f"no business day in {year}-{month}")
    return last
