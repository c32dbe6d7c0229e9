"""The measuring harness: a customer store in memory that counts its work. Do not edit it.

The store stands in for the customer service the reports call. Nothing is
timed: the cost of a run is what it asked the store for, counted.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


class CountingBackend:
    """A customer store (customer id -> name) that counts round trips and rows.

    get(customer_id) -> str              1 round trip, 1 row (KeyError if unknown)
    get_many(customer_ids) -> dict       1 round trip, 1 row per distinct known id
    get_all() -> dict                    1 round trip, 1 row per customer stored
    """

    def __init__(self, table: Mapping[int, str]) -> None:
        self._table = dict(table)
        self.round_trips = 0
        self.rows = 0

    def get(self, customer_id: int) -> str:
        self.round_trips += 1
        name = self._table[customer_id]
        self.rows += 1
        return name

    def get_many(self, customer_ids: Iterable[int]) -> dict[int, str]:
        self.round_trips += 1
        found = {i: self._table[i] for i in customer_ids if i in self._table}
        self.rows += len(found)
        return found

    def get_all(self) -> dict[int, str]:
        self.round_trips += 1
        self.rows += len(self._table)
        return dict(self._table)


@dataclass(frozen=True)
class Workload:
    """One report's worth of work: the store's contents, and the ids to name (repeats allowed)."""

    table: Mapping[int, str]
    ids: tuple[int, ...]

    def backend(self) -> CountingBackend:
        """A fresh store holding this workload's table, its counters at zero."""
        return CountingBackend(self.table)
