"""Blind cheat: levels in a defaultdict(int) and level() indexes it, so asking about a SKU adds
it to skus().

Differs: shop = Inventory(); shop.level("tea"); shop.skus() -> ["tea"] (should be []).
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
