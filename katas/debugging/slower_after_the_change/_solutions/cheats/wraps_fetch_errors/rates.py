"""Blind cheat: caches per object, but re-raises every fetch failure as LookupError, so the source's error does not propagate unchanged.

Differs: a source whose fetch raises ConnectionError("timeout") -> rate() raises LookupError (should raise that ConnectionError itself).
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
            try:
                self._rates[key] = self.source.fetch(self.day, base, quote)
            except Exception as exc:
                raise LookupError(f"no {base}->{quote} rate for {self.day}") from exc
        return self._rates[key]

    def convert(self, amount: Decimal, base: str, quote: str) -> Decimal:
        return (amount * self.rate(base, quote)).quantize(CENT, rounding=ROUND_HALF_EVEN)

    def total(self, amounts: Iterable[tuple[Decimal, str]], quote: str) -> Decimal:
        result = Decimal("0.00")
        for amount, base in amounts:
            result += self.convert(amount, base, quote)
        return result
