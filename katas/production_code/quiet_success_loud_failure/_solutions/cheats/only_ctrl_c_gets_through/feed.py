"""Cheat: lets only KeyboardInterrupt through and logs every other BaseException as a failure.

Differs: save() raising SystemExit -> logged as a failed product and the batch goes on
(should propagate at once, with no further product tried).
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
            raise
        except BaseException:
            failed += 1
            logger.exception("could not import product %s (%s)", product.sku, product.name)
            continue
        saved += 1
        logger.debug("saved product %s", product.sku)
    logger.info("imported %d of %d products, %d failed", saved, len(products), failed)
    return saved
