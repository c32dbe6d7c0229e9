"""The rate service the tests plug in. Read it, do not edit it: the tests use it."""

from collections.abc import Mapping

from .model import UnknownRate


class RecordedRates:
    """The rate service, answering from `table`, and recording every call in `calls`.

    rate(currency, day) returns table[(currency, day)], or raises a new
    UnknownRate when the table has none. The table may change between two
    statements, as when the provider corrects a rate.
    """

    def __init__(self, table: Mapping[tuple[str, str], float]) -> None:
        self.table = dict(table)
        self.calls: list[tuple[str, str]] = []
        self.raised: list[UnknownRate] = []

    def rate(self, currency: str, day: str) -> float:
        self.calls.append((currency, day))
        if (currency, day) not in self.table:
            error = UnknownRate(f"no {currency} rate for {day}")
            self.raised.append(error)
            raise error
        return self.table[(currency, day)]
