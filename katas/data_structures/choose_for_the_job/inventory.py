"""Stock levels in a small shop, by SKU.

An Inventory starts empty. set_level(sku, n) records a stocktake: the shelf
holds exactly n now, whatever was known before (n may be 0). receive(sku, n)
adds a delivery of n items (n >= 1). level(sku) is what the shelf holds now:
the last stocktake plus the deliveries since, or 0 for a SKU never seen.
skus() lists every SKU ever set or received, each once, sorted in plain str
order, as a new list each time (the caller may change it). Asking is not
recording: level() never adds a SKU to skus(). A SKU is any str, and case
matters ("Mug" and "mug" are two SKUs). Levels are ints of any size. Every
Inventory is independent of the others.

    >>> shop = Inventory()
    >>> shop.set_level("mug", 5)
    >>> shop.set_level("mug", 3)  # a recount: 3 now, not 5
    >>> shop.receive("mug", 10)
    >>> shop.level("mug"), shop.level("tea")
    (13, 0)
    >>> shop.skus()
    ['mug']

Right now the recount is ignored (level("mug") is 5) and skus() lists "mug"
three times. The levels are kept as a list of (sku, level) pairs, and every
method pays for it. Work out which job this data does, and keep it in the
built-in container made for that job.
"""


class Inventory:
    def __init__(self) -> None:
        # TODO: (sku, level) pairs. Which container is made for "look up by key"?
        self._levels: list[tuple[str, int]] = []

    def set_level(self, sku: str, level: int) -> None:
        self._levels.append((sku, level))

    def receive(self, sku: str, count: int) -> None:
        self._levels.append((sku, self.level(sku) + count))

    def level(self, sku: str) -> int:
        for known, level in self._levels:
            if known == sku:
                return level
        return 0

    def skus(self) -> list[str]:
        return sorted(sku for sku, _ in self._levels)
