"""Cheat: retries only "transient" network errors; any other error gives up at once.

Differs: send() raising ValueError once, then succeeding -> logs ERROR and raises the
ValueError on attempt 1 (should retry: every Exception is a failed attempt).
"""

import logging
import time
from collections.abc import Callable
from typing import Any

logger = logging.getLogger("billing.invoices")

TRANSIENT = (ConnectionError, TimeoutError)


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
            if attempt == attempts or not isinstance(error, TRANSIENT):
                logger.exception("giving up on the invoice after %d attempts", attempts)
                raise
            delay = 2 ** (attempt - 1)
            logger.warning(
                "attempt %d of %d failed (%s), retrying in %ds", attempt, attempts, error, delay
            )
            sleep(delay)
        else:
            logger.info("invoice pushed as %s after %d attempt(s)", invoice_id, attempt)
            return invoice_id
    raise ValueError(f"attempts must be 1 or more, not {attempts}")
