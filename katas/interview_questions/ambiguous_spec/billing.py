"""Monthly billing, built from a three-line spec that each reader read differently.

The spec said: "Round the total. Deduplicate customers by email. Bill on the
last business day." Each sentence has more than one honest reading, and the
code below picked one of each silently. You asked; the answers were the
defaults below, and other teams need the other readings. So every decision is
a keyword-only parameter with a documented default, and every reading works.

round_total(amounts, *, rounding=Rounding.HALF_UP, at=RoundAt.TOTAL) -> Decimal
    amounts: any iterable of Decimal (negatives are refunds, any number of
    decimal places, possibly none at all). Returns the total in cents: a
    Decimal with exactly two decimal places, Decimal("0.00") for no amounts.
    Rounding.HALF_UP    a half cent goes away from zero: 0.125 -> 0.13, -0.125 -> -0.13
    Rounding.HALF_EVEN  a half cent goes to the even cent (banker's): 0.125 -> 0.12
    RoundAt.TOTAL       add the exact amounts, then round the sum once
    RoundAt.EACH_LINE   round each amount to cents, then add (the printed invoice)

unique_customers(customers, *, match=EmailMatch.IGNORE_CASE, keep=Keep.FIRST)
    customers: any iterable of Customer (emails are any str). Returns a list
    with one customer per email: the very objects given, never copies, in the
    order in which each email first appears.
    EmailMatch.EXACT        emails match only as written
    EmailMatch.IGNORE_CASE  emails match once stripped and case-folded:
                            email.strip().casefold()
    Keep.FIRST              the first customer with that email stays
    Keep.LAST               the last one stays (at the place the email first appeared)

last_business_day(year, month, *, holidays=(), weekend=frozenset({5, 6})) -> date
    The last day of that month that is neither a weekend day (its
    date.weekday() is in `weekend`: 5 is Saturday, 6 Sunday; {4, 5} for a
    Friday-Saturday weekend) nor one of `holidays` (any collection of dates;
    those of other months do not matter). ValueError if the month has no
    business day. year is 1 to 9999, month 1 to 12.

Rounding, RoundAt, EmailMatch and Keep are enum.Enum classes of this module
with exactly those members (their values are yours to choose). The functions
never modify their arguments, and accept any iterable (a generator too).

    >>> round_total([Decimal("0.005")] * 3, at=RoundAt.EACH_LINE)
    Decimal('0.03')
    >>> last_business_day(2024, 8, weekend={4, 5})   # the 30th is a Friday
    datetime.date(2024, 8, 29)

Right now each function hard-codes one reading, and not even the agreed one.
"""

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal


@dataclass(frozen=True)
class Customer:
    name: str
    email: str


# TODO: the decisions, as enums and keyword-only parameters with the defaults above.


def round_total(amounts: Iterable[Decimal]) -> Decimal:
    return round(sum(amounts, Decimal(0)), 2)  # half-even on the total, said nobody


def unique_customers(customers: Iterable[Customer]) -> list[Customer]:
    return list({customer.email: customer for customer in customers}.values())


def last_business_day(year: int, month: int) -> date:
    day = date(year, month, calendar.monthrange(year, month)[1])
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day
