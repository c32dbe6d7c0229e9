"""Cheat: a per-object lru_cache with a small maxsize, so a day with many currency pairs fetches again.

Differs: five pairs asked twice each fetch ten times (should be five).
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
        self._fetch = lru_cache(maxsize=4)(self._fetch_uncached)

    def _fetch_uncached(self, base: str, quote: str) -> Decimal:
        return self.source.fetch(self.day, base, quote)

    def rate(self, base: str, quote: str) -> Decimal:
        if base == quote:
            return Decimal(1)
        return self._fetch(base, quote)

    def convert(self, amount: Decimal, base: str, quote: str) -> Decimal:
        return (amount * self.rate(base, quote)).quantize(CENT, rounding=ROUND_HALF_EVEN)

    def total(self, amounts: Iterable[tuple[Decimal, str]], quote: str) -> Decimal:
        result = Decimal("0.00")
        for amount, base in amounts:
            result += self.convert(amount, base, quote)
        return result
