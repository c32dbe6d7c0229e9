"""Blind cheat: stamps the accounting id onto the caller's invoice dict after success.

Differs: inv = {"number": "INV-7"}; push_invoice(inv, send) leaves inv == {"number": "INV-7",
"accounting_id": "acc-901"} instead of unchanged.
"""

import logging
import time
from collections.abc import Callable
from typing import Any

logger = logging.getLogger("billing.invoices")


def push_invoice(
    invoice: dict[str, Any],
    send: Callable[[dict[str, Any]], str],
    attempts: int = 4,
    sleep: Callable[[float], None] = time.sleep,
) -> str:
    for attempt in range(1, attempts + 1):
        logger.debug("attempt %d of %d: sending %s", attempt, attempts, repr(invoice))
        try:
            invoice_id = send(invoice)
        except Exception as error:
            if attempt == attempts:
                logger.exception("giving up after %d attempts", attempts)
                raise
            logger.warning("attempt %d failed (%s), retrying", attempt, error)
            sleep(2 ** (attempt - 1))
        else:
            invoice["accounting_id"] = invoice_id
            logger.info("invoice pushed as %s", invoice_id)
            return invoice_id
    raise ValueError(f"attempts must be 1 or more, not {attempts}")
