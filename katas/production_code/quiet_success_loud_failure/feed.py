"""Importing a supplier's product feed: quiet when it works, loud when it does not.

import_products(products, save) calls save(product) for each product, in
order, and returns how many were saved. Any Exception from save() fails that
product only: the batch goes on with the next one. A BaseException that is
not an Exception (KeyboardInterrupt, SystemExit) stops the batch: it
propagates at once and no further product is tried. `products` is a list of
Product, may be empty and may repeat a sku; it is never changed.

    >>> import_products([Product("SKU-1", "Kettle", 2999)], save)
    1

The logs go to the logger named "catalog.import", and say only what someone
needs to know:

    ERROR  each failed product, once: the message includes its sku, and the
           record's exc_info carries the very exception save() raised
    INFO   at the end of the batch, one summary record whose message is
           exactly "imported {saved} of {total} products, {failed} failed"
    DEBUG  whatever helps a developer (a line per saved product is fine here)

and nothing else at INFO or above: a feed of 50,000 products must not bury
its one failure under 50,000 "saved" lines. When a BaseException stops the
batch, the failures before it are logged all the same, and whether a summary
is logged is up to you. The module configures no logging.

Right now every saved product gets an INFO line, a failed product vanishes
without a word (the returned count is the only trace), and there is no
summary, so nobody can tell a quiet night from a broken feed.
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
    # TODO: who reads these lines? Log what failed (with why), and one summary.
    saved = 0
    for product in products:
        try:
            save(product)
        except Exception:
            continue  # a bad row must not stop the feed
        saved += 1
        logger.info(f"saved product {product.sku} ({product.name})")
    return saved
