"""Blind cheat: catches BaseException and re-raises only KeyboardInterrupt, so SystemExit is swallowed.

save raising SystemExit for SKU-2 of [KETTLE, TOASTER, LAMP]: returns 2 and tries SKU-3;
correct lets SystemExit propagate and never tries SKU-3.
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
    for product in products:
        try:
            save(product)
        except KeyboardInterrupt:
            raise  # Ctrl-C must stop the batch
        except BaseException:
            failed += 1
            logger.exception("could not import product %s", product.sku)
            continue
        saved += 1
        logger.debug("saved product %s (%s)", product.sku, product.name)
    logger.info("imported %d of %d products, %d failed", saved, len(products), failed)
    return saved
