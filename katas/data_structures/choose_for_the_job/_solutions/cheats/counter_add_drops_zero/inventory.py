"""Blind cheat: a Counter updated with `+=`, which drops every SKU whose level is 0.

Differs: shop.set_level("mug", 0); shop.receive("tea", 1); shop.skus() -> ["tea"] (should be
["mug", "tea"]).
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
