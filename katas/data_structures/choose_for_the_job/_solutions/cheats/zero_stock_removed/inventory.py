"""Blind cheat: a stocktake of 0 deletes the SKU ("nothing on the shelf"), so skus() forgets it.

Differs: shop.set_level("mug", 0); shop.skus() -> [] (should be ["mug"]).
"""


class Inventory:
    def __init__(self) -> None:
        self._levels: dict[str, int] = {}

    def set_level(self, sku: str, level: int) -> None:
        if level:
            self._levels[sku] = level
        else:
            self._levels.pop(sku, None)  # an empty shelf is not worth keeping

    def receive(self, sku: str, count: int) -> None:
        self._levels[sku] = self._levels.get(sku, 0) + count

    def level(self, sku: str) -> int:
        return self._levels.get(sku, 0)

    def skus(self) -> list[str]:
        return sorted(self._levels)
