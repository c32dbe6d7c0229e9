"""Blind cheat: also logs a "charge_failed" ERROR record for any other gateway exception.

Input: a gateway whose charge() raises ConnectionError("timeout"); the
exception propagates, but a correct solution logs nothing, this one logs one
ERROR record.
"""

import logging
from typing import Protocol

logger = logging.getLogger("shop.orders")


class CardDeclined(Exception):
    """The gateway refused the charge; .reason says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Gateway(Protocol):
    def charge(self, customer_id: str, amount_cents: int) -> str: ...


def charge_order(
    order_id: str, customer_id: str, amount_cents: int, gateway: Gateway
) -> str | None:
    order = {"order_id": order_id, "customer_id": customer_id, "amount_cents": amount_cents}
    try:
        payment_id = gateway.charge(customer_id, amount_cents)
    except CardDeclined as declined:
        logger.warning(
            "card declined", extra={"event": "card_declined", **order, "reason": declined.reason}
        )
        return None
    except Exception as error:
        logger.error(
            "charge failed", extra={"event": "charge_failed", **order, "reason": str(error)}
        )
        raise
    logger.info(
        "order charged", extra={"event": "order_charged", **order, "payment_id": payment_id}
    )
    return payment_id
