"""Blind cheat: catches BaseException and lets only KeyboardInterrupt through, so SystemExit is retried.

Differs: send raising SystemExit(1) once, then succeeding: returns the id after a WARNING and
sleep(1) instead of propagating SystemExit at once with only the DEBUG record.
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
        except BaseException as error:
            if isinstance(error, KeyboardInterrupt):
                raise
            if attempt == attempts:
                logger.exception("giving up after %d attempts", attempts)
                raise
            logger.warning("attempt %d failed (%s), retrying", attempt, error)
            sleep(2 ** (attempt - 1))
        else:
            logger.info("invoice pushed as %s", invoice_id)
            return invoice_id
    raise ValueError(f"attempts must be 1 or more, not {attempts}")
