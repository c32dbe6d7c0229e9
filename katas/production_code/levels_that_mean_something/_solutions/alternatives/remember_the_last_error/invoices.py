"""Alternative: the loop only remembers the last error; giving up happens after it,
with the exception passed to exc_info explicitly."""

import logging
import time
from collections.abc import Callable
from typing import Any

logger = logging.getLogger("billing.invoices")


def backoff(attempt: int) -> int:
    """Seconds to wait after failed attempt `attempt` (1, 2, 4, ...)."""
    return 2 ** (attempt - 1)


def push_invoice(
    invoice: dict[str, Any],
    send: Callable[[dict[str, Any]], str],
    attempts: int = 4,
    sleep: Callable[[float], None] = time.sleep,
) -> str:
    if attempts < 1:
        raise ValueError(f"attempts must be 1 or more, not {attempts}")
    last_error: Exception | None = None
    for attempt in range(1, attempts + 1):
        if last_error is not None:
            logger.warning("attempt %d failed: %r; retrying", attempt - 1, last_error)
            sleep(backoff(attempt - 1))
        logger.debug(f"attempt {attempt}/{attempts}, payload {invoice!r}")
        try:
            invoice_id = send(invoice)
        except Exception as error:
            last_error = error
            continue
        logger.info("invoice pushed: %s", invoice_id)
        return invoice_id
    assert last_error is not None
    logger.error("invoice not pushed after %d attempts", attempts, exc_info=last_error)
    raise last_error
