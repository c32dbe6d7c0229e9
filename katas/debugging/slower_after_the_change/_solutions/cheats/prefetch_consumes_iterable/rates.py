"""Blind cheat: total() walks `amounts` twice (a prefetch pass, then the sum), so a generator or other one-shot iterable is summed as empty.

Differs: rates.total(iter([(Decimal("1.00"), "EUR")]), "USD") -> Decimal("0.00") (should be the converted 1.00 EUR).
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
        self._rates: dict[tuple[str, str], Decimal] = {}

    def rate(self, base: str, quote: str) -> Decimal:
        if base == quote:
            return Decimal(1)
        key = (base, quote)
        if key not in self._rates:
            self._rates[key] = self.source.fetch(self.day, base, quote)
        return self._rates[key]

    def convert(self, amount: Decimal, base: str, quote: str) -> Decimal:
        return (amount * self.rate(base, quote)).quantize(CENT, rounding=ROUND_HALF_EVEN)

    def total(self, amounts: Iterable[tuple[Decimal, str]], quote: str) -> Decimal:
        # warm the cache first: one fetch per currency in the report
        for base in {base for _, base in amounts}:
            self.rate(base, quote)
        result = Decimal("0.00")
        for amount, base in amounts:
            result += self.convert(amount, base, quote)
        return result
