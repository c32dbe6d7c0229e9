"""Blind cheat: adds a "large_charge" field for charges over 100 euros, a field the table does not list.

Input: charge_order("C-1", "cus_1", 25000, gw) -> the record has an extra
large_charge=True field besides the five the contract allows.
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


LARGE_CHARGE_CENTS = 10000


def charge_order(
    order_id: str, customer_id: str, amount_cents: int, gateway: Gateway
) -> str | None:
    order: dict[str, object] = {
        "order_id": order_id,
        "customer_id": customer_id,
        "amount_cents": amount_cents,
    }
    if amount_cents > LARGE_CHARGE_CENTS:
        # so the pipeline can find big charges without a range query
        order["large_charge"] = True
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
