"""Reference: a failure is an ERROR with its traceback, success is DEBUG, one INFO summary."""

import logging
from collections.abc import Callable
from dataclasses import dataclass

logger = logging.getLogger("catalog.import")


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price_cents: int


def import_products(products: list[Product], save: Callable[[Product], None]) -> int:
    saved = failed = 0
    for product in products:
        try:
            save(product)
        except Exception:
            failed += 1
            logger.exception("could not import product %s (%s)", product.sku, product.name)
            continue
        saved += 1
        logger.debug("saved product %s", product.sku)
    logger.info("imported %d of %d products, %d failed", saved, len(products), failed)
    return saved
