"""What the bank feed delivers, and what the rate service raises. Do not edit."""

from typing import NamedTuple, Protocol


class Transaction(NamedTuple):
    id: str  # the bank's id: a transaction the feed delivers twice has the same id
    account: str
    day: str  # "2024-05-31"
    currency: str  # "EUR", "USD", "CHF", ...
    cents: int  # negative for a refund


class UnknownRate(LookupError):
    """The rate service has no rate for this currency on this day."""


class Rates(Protocol):
    def rate(self, currency: str, day: str) -> float:
        """Euros per unit of `currency` on `day` (a network call: about 40 ms)."""
        ...
