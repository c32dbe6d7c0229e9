"""Blind cheat: the per-object cache is keyed on the base currency only (the report always converts into one currency), so another quote gets the wrong rate.

Differs: rates.rate("EUR", "USD") then rates.rate("EUR", "GBP") returns the EUR->USD rate without fetching EUR->GBP.
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
        self._rates: dict[str, Decimal] = {}

    def rate(self, base: str, quote: str) -> Decimal:
        if base == quote:
            return Decimal(1)
        if base not in self._rates:
            self._rates[base] = self.source.fetch(self.day, base, quote)
        return self._rates[base]

    def convert(self, amount: Decimal, base: str, quote: str) -> Decimal:
        return (amount * self.rate(base, quote)).quantize(CENT, rounding=ROUND_HALF_EVEN)

    def total(self, amounts: Iterable[tuple[Decimal, str]], quote: str) -> Decimal:
        result = Decimal("0.00")
        for amount, base in amounts:
            result += self.convert(amount, base, quote)
        return result
