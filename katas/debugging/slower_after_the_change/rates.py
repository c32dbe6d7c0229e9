"""Currency conversion for the monthly revenue report.

The report converts every invoice of a day into the reporting currency, with
that day's rates. Fetching a rate is slow (a call to the rates service), so
each ExchangeRates object remembers the rates it has fetched. Contract:

ExchangeRates(day, source)
    The rates of one day, read from `source`: anything with a method
    fetch(day, base, quote) -> Decimal, which may raise any Exception.

rate(base, quote) -> Decimal
    Decimal(1) when base == quote, without asking the source. Otherwise
    source.fetch(day, base, quote), asked at most ONCE per (base, quote) pair
    for each ExchangeRates object: asked again, the object answers from
    memory. A fetch that raises is not remembered: the error propagates
    unchanged, and the next call asks the source again.
convert(amount, base, quote) -> Decimal
    amount * rate(base, quote), rounded to cents (ROUND_HALF_EVEN).
total(amounts, quote) -> Decimal
    The sum of convert(amount, base, quote) over `amounts`, any iterable of
    (amount, base) pairs; Decimal("0.00") for none.

Two objects never share what they remember (another day, another source),
and an object the report no longer uses is freed, with its rates: the report
makes one per day, for years of days. The results are those of before.py.

    >>> rates = ExchangeRates(date(2024, 5, 1), source)
    >>> rates.total([(Decimal("10.00"), "EUR"), (Decimal("5.00"), "EUR")], "USD")
    Decimal('15.34')     # one fetch of EUR -> USD, not two

Right now the monthly report takes an hour instead of two minutes. The only
change since last month is below: the linter (ruff B019) said that
@lru_cache on a method keeps every instance alive, so someone removed it.
"""

from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Protocol

CENT = Decimal("0.01")


class RateSource(Protocol):
    def fetch(self, day: date, base: str, quote: str) -> Decimal: ...


class ExchangeRates:
    def __init__(self, day: date, source: RateSource) -> None:
        self.day = day
        self.source = source

    # TODO: this used to be @lru_cache(maxsize=None). Now every call is a fetch.
    def rate(self, base: str, quote: str) -> Decimal:
        if base == quote:
            return Decimal(1)
        return self.source.fetch(self.day, base, quote)

    def convert(self, amount: Decimal, base: str, quote: str) -> Decimal:
        return (amount * self.rate(base, quote)).quantize(CENT, rounding=ROUND_HALF_EVEN)

    def total(self, amounts: Iterable[tuple[Decimal, str]], quote: str) -> Decimal:
        result = Decimal("0.00")
        for amount, base in amounts:
            result += self.convert(amount, base, quote)
        return result
