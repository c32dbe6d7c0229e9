"""Cheat: a defaultdict(int), so an unknown SKU reads as 0 with no extra code.

Reading a missing key of a defaultdict inserts it: asking for the level of a
SKU the shop never stocked adds it to skus().
"""

from collections import defaultdict


class Inventory:
    def __init__(self) -> None:
        self._levels: defaultdict[str, int] = defaultdict(int)

    def set_level(self, sku: str, level: int) -> None:
        self._levels[sku] = level

    def receive(self, sku: str, count: int) -> None:
        self._levels[sku] += count

    def level(self, sku: str) -> int:
        return self._levels[sku]

    def skus(self) -> list[str]:
        return sorted(self._levels)
