"""Cheat: backs off 1, 2, 3, ... seconds, which the example (1 then 2) cannot tell from 1, 2, 4.

Differs: three failed attempts of four -> sleeps [1, 2, 3] (should be [1, 2, 4]).
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
                logger.exception("giving up on the invoice after %d attempts", attempts)
                raise
            delay = attempt
            logger.warning(
                "attempt %d of %d failed (%s), retrying in %ds", attempt, attempts, error, delay
            )
            sleep(delay)
        else:
            logger.info("invoice pushed as %s after %d attempt(s)", invoice_id, attempt)
            return invoice_id
    raise ValueError(f"attempts must be 1 or more, not {attempts}")
