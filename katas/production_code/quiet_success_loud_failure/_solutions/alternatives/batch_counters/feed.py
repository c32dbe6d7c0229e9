"""Alternative: a small class keeps the counts; a saved product is not logged at all, and
a failure is logged where it is caught, with exc_info=True and the sku shown with repr()."""

import logging
from collections.abc import Callable
from dataclasses import dataclass

logger = logging.getLogger("catalog.import")


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price_cents: int


class FeedImport:
    def __init__(self, save: Callable[[Product], None]) -> None:
        self.save = save
        self.saved = 0
        self.failed = 0

    def run(self, products: list[Product]) -> int:
        for product in products:
            self.import_one(product)
        total = self.saved + self.failed
        logger.info(f"imported {self.saved} of {total} products, {self.failed} failed")
        return self.saved

    def import_one(self, product: Product) -> None:
        try:
            self.save(product)
        except Exception as error:
            self.failed += 1
            logger.error("product %r not imported: %r", product.sku, error, exc_info=True)
        else:
            self.saved += 1


def import_products(products: list[Product], save: Callable[[Product], None]) -> int:
    return FeedImport(save).run(products)
