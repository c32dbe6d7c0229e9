"""Blind cheat: failures are collected and logged after the loop, so a Ctrl-C loses them.

save raising ValueError for SKU-1 and KeyboardInterrupt for SKU-2: no ERROR record for SKU-1
is logged before KeyboardInterrupt propagates; correct logs it.
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


def import_products(products: list[Product], save: Callable[[Product], None]) -> int:
    saved = failed = 0
    failures: list[tuple[str, Exception]] = []
    for product in products:
        try:
            save(product)
        except Exception as error:
            failed += 1
            failures.append((product.sku, error))
            continue
        saved += 1
        logger.debug("saved product %s (%s)", product.sku, product.name)
    for sku, error in failures:  # the errors together, just above the summary
        logger.error("could not import product %s", sku, exc_info=error)
    logger.info("imported %d of %d products, %d failed", saved, len(products), failed)
    return saved
