"""Cheat: keeps the SKUs in a sorted list beside the dict, and skus() hands that list out.

The levels are right, but the caller gets the inventory's own list: a caller
that appends to or sorts its copy of skus() changes what the next skus()
answers. skus() promises a new list each time.
"""

import bisect


class Inventory:
    def __init__(self) -> None:
        self._levels: dict[str, int] = {}
        self._skus: list[str] = []

    def _remember(self, sku: str) -> None:
        if sku not in self._levels:
            bisect.insort(self._skus, sku)

    def set_level(self, sku: str, level: int) -> None:
        self._remember(sku)
        self._levels[sku] = level

    def receive(self, sku: str, count: int) -> None:
        self._remember(sku)
        self._levels[sku] = self._levels.get(sku, 0) + count

    def level(self, sku: str) -> int:
        return self._levels.get(sku, 0)

    def skus(self) -> list[str]:
        return self._skus
