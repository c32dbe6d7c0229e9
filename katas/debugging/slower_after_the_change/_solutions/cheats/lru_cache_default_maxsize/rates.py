"""Blind cheat: builds a per-object lru_cache in __init__ but with the default maxsize=128, so past 128 pairs rates are evicted and fetched again.

Differs: asking 129 distinct (base, quote) pairs, then the first pair again, fetches that pair twice (should be once).
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
        # a cache per object, freed with it (ruff B019 is about the class-level one)
        self.rate = lru_cache()(self._fetch_rate)

    def _fetch_rate(self, base: str, quote: str) -> Decimal:
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
