"""Blind cheat: memoizes each order's context by order_id, so a retried order logs stale fields.

Input: charge_order("A-1", "cus_1", 100, gw) then charge_order("A-1", "cus_2", 250, gw);
the second record says customer_id "cus_1", amount_cents 100 instead of "cus_2", 250.
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


_order_context: dict[str, dict[str, object]] = {}


def _context(order_id: str, customer_id: str, amount_cents: int) -> dict[str, object]:
    # bind the order's context once, reuse it for every record of that order
    if order_id not in _order_context:
        _order_context[order_id] = {
            "order_id": order_id,
            "customer_id": customer_id,
            "amount_cents": amount_cents,
        }
    return _order_context[order_id]


def charge_order(
    order_id: str, customer_id: str, amount_cents: int, gateway: Gateway
) -> str | None:
    order = _context(order_id, customer_id, amount_cents)
    try:
        payment_id = gateway.charge(customer_id, amount_cents)
    except CardDeclined as declined:
        logger.warning(
            "card declined", extra={"event": "card_declined", **order, "reason": declined.reason}
        )
        return None
    logger.info(
        "order charged", extra={"event": "order_charged", **order, "payment_id": payment_id}
    )
    return payment_id
