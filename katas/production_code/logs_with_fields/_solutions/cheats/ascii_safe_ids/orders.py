"""Blind cheat: "sanitizes" str fields to ASCII for the JSON pipeline, so unicode ids are mangled.

Input: charge_order("Ä-17", "cus_é", 1999, gw) logs order_id "?-17" and
customer_id "cus_?" instead of the very values given.
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


def _safe(text: str) -> str:
    # keep the log pipeline's JSON plain ASCII
    return text.encode("ascii", "replace").decode("ascii")


def charge_order(
    order_id: str, customer_id: str, amount_cents: int, gateway: Gateway
) -> str | None:
    order = {
        "order_id": _safe(order_id),
        "customer_id": _safe(customer_id),
        "amount_cents": amount_cents,
    }
    try:
        payment_id = gateway.charge(customer_id, amount_cents)
    except CardDeclined as declined:
        logger.warning(
            "card declined",
            extra={"event": "card_declined", **order, "reason": _safe(declined.reason)},
        )
        return None
    logger.info(
        "order charged",
        extra={"event": "order_charged", **order, "payment_id": _safe(payment_id)},
    )
    return payment_id
