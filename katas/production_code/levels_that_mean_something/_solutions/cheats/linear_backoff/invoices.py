"""Blind cheat: backs off linearly (sleep(attempt)), which matches 1, 2 but not 4, 8, ...

Differs: three failures then success with attempts=4 sleeps [1, 2, 3] instead of [1, 2, 4].
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
        logger.debug("attempt %d of %d: sending %r", attempt, attempts, invoice)
        try:
            invoice_id = send(invoice)
        except Exception as error:
            if attempt == attempts:
                logger.exception("giving up after %d attempts", attempts)
                raise
            logger.warning("attempt %d failed (%s), retrying", attempt, error)
            sleep(attempt)
        else:
            logger.info("invoice pushed as %s", invoice_id)
            return invoice_id
    raise ValueError(f"attempts must be 1 or more, not {attempts}")
