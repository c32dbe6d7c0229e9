"""Cheat: the loop only collects the failures and the report is written after the batch.

Right in every batch that ends, but a Ctrl-C (or SystemExit) in the middle loses every
failure before it: save() raising ValueError, then KeyboardInterrupt -> no ERROR at all
(should log the ValueError's product before the interruption propagates).
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass

logger = logging.getLogger("catalog.import")


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price_cents: int


def try_each(
    products: list[Product], save: Callable[[Product], None]
) -> list[tuple[Product, Exception]]:
    failures = []
    for product in products:
        try:
            save(product)
        except Exception as error:
            failures.append((product, error))
        else:
            logger.debug("saved %r", product)
    return failures


def import_products(products: list[Product], save: Callable[[Product], None]) -> int:
    failures = try_each(products, save)
    for product, error in failures:
        logger.error("product %r failed: %s", product.sku, error, exc_info=error)
    saved = len(products) - len(failures)
    logger.info(f"imported {saved} of {len(products)} products, {len(failures)} failed")
    return saved
