"""A rate source for the tests: it logs every fetch and needs no network. Do not edit it."""

from datetime import date
from decimal import Decimal


class CountingSource:
    """Answers fetch(day, base, quote) with a made-up rate, and logs each call in `fetches`.

    Currencies in `failing` raise `error` (a LookupError unless told) instead.
    Two sources with another `salt` give other rates for the same day.
    """

    def __init__(
        self,
        salt: int = 0,
        failing: frozenset[str] = frozenset(),
        error: type[Exception] = LookupError,
    ) -> None:
        self.salt = salt
        self.failing = failing
        self.error = error
        self.fetches: list[tuple[date, str, str]] = []

    def fetch(self, day: date, base: str, quote: str) -> Decimal:
        self.fetches.append((day, base, quote))
        for currency in (base, quote):
            if currency in self.failing:
                raise self.error(f"no rate for {currency} on {day}")
        digits = sum(ord(c) * (i + 1) ** 2 for i, c in enumerate(base + "/" + quote))
        return Decimal(500 + (7 * digits + 13 * day.toordinal() + 31 * self.salt) % 1000) / 977
