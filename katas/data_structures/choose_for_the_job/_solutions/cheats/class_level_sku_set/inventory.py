"""Blind cheat: the set of known SKUs is a class attribute, so every Inventory lists the SKUs of
all the others.

Differs: a = Inventory(); a.set_level("mug", 1); Inventory().skus() -> ["mug"] (should be []).
"""


class Inventory:
    _known: set[str] = set()

    def __init__(self) -> None:
        self._levels: dict[str, int] = {}

    def set_level(self, sku: str, level: int) -> None:
        self._levels[sku] = level
        self._known.add(sku)

    def receive(self, sku: str, count: int) -> None:
        self._levels[sku] = self._levels.get(sku, 0) + count
        self._known.add(sku)

    def level(self, sku: str) -> int:
        return self._levels.get(sku, 0)

    def skus(self) -> list[str]:
        return sorted(self._known)
