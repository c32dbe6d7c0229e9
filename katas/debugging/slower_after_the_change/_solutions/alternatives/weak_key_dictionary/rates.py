"""Alternative: a module-level WeakKeyDictionary from each object to its rates, so an entry goes
away with its object; ExchangeRates itself stays a plain class.
"""

import weakref
from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Protocol

CENT = Decimal("0.01")
_RATES: weakref.WeakKeyDictionary["ExchangeRates", dict[tuple[str, str], Decimal]] = (
    weakref.WeakKeyDictionary()
)


class RateSource(Protocol):
    def fetch(self, day: date, base: str, quote: str) -> Decimal: ...


class ExchangeRates:
    def __init__(self, day: date, source: RateSource) -> None:
        self.day = day
        self.source = source

    def rate(self, base: str, quote: str) -> Decimal:
        if base == quote:
            return Decimal(1)
        known = _RATES.setdefault(self, {})
        if (base, quote) not in known:
            known[base, quote] = self.source.fetch(self.day, base, quote)
        return known[base, quote]

    def convert(self, amount: Decimal, base: str, quote: str) -> Decimal:
        return (amount * self.rate(base, quote)).quantize(CENT, rounding=ROUND_HALF_EVEN)

    def total(self, amounts: Iterable[tuple[Decimal, str]], quote: str) -> Decimal:
        result = Decimal("0.00")
        for amount, base in amounts:
            result += self.convert(amount, base, quote)
        return result
