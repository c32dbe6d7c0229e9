"""Cheat: sorts skus() ignoring case, "as a person would read the list".

The contract says sorted in plain str order, where "Tea" comes before "mug";
this lists "mug" first. The levels themselves are right.
"""


class Inventory:
    def __init__(self) -> None:
        self._levels: dict[str, int] = {}

    def set_level(self, sku: str, level: int) -> None:
        self._levels[sku] = level

    def receive(self, sku: str, count: int) -> None:
        self._levels[sku] = self._levels.get(sku, 0) + count

    def level(self, sku: str) -> int:
        return self._levels.get(sku, 0)

    def skus(self) -> list[str]:
        return sorted(self._levels, key=str.lower)
