"""Cheat: a Counter, with deliveries added as `levels += Counter({sku: count})`.

Counter is made for tallies, but `+` and `+=` between Counters keep only
positive counts: every delivery silently drops each SKU whose shelf is empty,
so a SKU counted at 0 vanishes from skus().
"""

from collections import Counter


class Inventory:
    def __init__(self) -> None:
        self._levels: Counter[str] = Counter()

    def set_level(self, sku: str, level: int) -> None:
        self._levels[sku] = level

    def receive(self, sku: str, count: int) -> None:
        self._levels += Counter({sku: count})

    def level(self, sku: str) -> int:
        return self._levels[sku]

    def skus(self) -> list[str]:
        return sorted(self._levels)
