"""Blind cheat: the DEBUG record carries the invoice but not the attempt number.

Differs: push_invoice(INV, send) with one failure logs two DEBUG records "sending {...}"
neither of which includes the attempt number (1, 2) the contract requires.
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
        logger.debug("sending %r", invoice)
        try:
            invoice_id = send(invoice)
        except Exception as error:
            if attempt == attempts:
                logger.exception("giving up after %d attempts", attempts)
                raise
            logger.warning("attempt %d failed (%s), retrying", attempt, error)
            sleep(2 ** (attempt - 1))
        else:
            logger.info("invoice pushed as %s", invoice_id)
            return invoice_id
    raise ValueError(f"attempts must be 1 or more, not {attempts}")
