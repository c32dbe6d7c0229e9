"""Alternative: the lru_cache is built in __init__ around a bound method, one per object: a
reference cycle that the garbage collector frees with the object.
"""

from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from functools import lru_cache
from typing import Protocol

CENT = Decimal("0.01")


class RateSource(Protocol):
    def fetch(self, day: date, base: str, quote: str) -> Decimal: ...


class ExchangeRates:
    def __init__(self, day: date, source: RateSource) -> None:
        self.day = day
        self.source = source
        self._fetch = lru_cache(maxsize=None)(self._fetch_uncached)

    def _fetch_uncached(self, base: str, quote: str) -> Decimal:
        return self.source.fetch(self.day, base, quote)

    def rate(self, base: str, quote: str) -> Decimal:
        return Decimal(1) if base == quote else self._fetch(base, quote)

    def convert(self, amount: Decimal, base: str, quote: str) -> Decimal:
        return (amount * self.rate(base, quote)).quantize(CENT, rounding=ROUND_HALF_EVEN)

    def total(self, amounts: Iterable[tuple[Decimal, str]], quote: str) -> Decimal:
        result = Decimal("0.00")
        for amount, base in amounts:
            result += self.convert(amount, base, quote)
        return result
