"""rates.py as it was before the change: fast. Do not edit it: the tests compare rates.py with it.

The cache on the method is why it was fast, and why the linter complained
(ruff B019): the cache holds every ExchangeRates it has seen, with all its
rates, for as long as the process runs.
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

    @lru_cache(maxsize=None)  # noqa: B019, UP033
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
