"""Cheat: one module-level cache keyed on (source, day, base, quote): right answers, but it keeps
every source and every rate alive for as long as the process runs.

Differs: a fetched rate is still alive after its ExchangeRates is gone.
"""

from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Protocol

CENT = Decimal("0.01")
_RATES: dict[tuple[object, date, str, str], Decimal] = {}


class RateSource(Protocol):
    def fetch(self, day: date, base: str, quote: str) -> Decimal: ...


class ExchangeRates:
    def __init__(self, day: date, source: RateSource) -> None:
        self.day = day
        self.source = source

    def rate(self, base: str, quote: str) -> Decimal:
        if base == quote:
            return Decimal(1)
        key = (self.source, self.day, base, quote)
        if key not in _RATES:
            _RATES[key] = self.source.fetch(self.day, base, quote)
        return _RATES[key]

    def convert(self, amount: Decimal, base: str, quote: str) -> Decimal:
        return (amount * self.rate(base, quote)).quantize(CENT, rounding=ROUND_HALF_EVEN)

    def total(self, amounts: Iterable[tuple[Decimal, str]], quote: str) -> Decimal:
        result = Decimal("0.00")
        for amount, base in amounts:
            result += self.convert(amount, base, quote)
        return result
