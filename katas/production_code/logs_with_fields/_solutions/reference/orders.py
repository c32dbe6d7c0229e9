"""Reference: one record per call, its data as fields through `extra=`."""

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
        fields = {"event": "card_declined", **order, "reason": declined.reason}
        logger.warning("card declined for order %s: %s", order_id, declined.reason, extra=fields)
        return None
    fields = {"event": "order_charged", **order, "payment_id": payment_id}
    logger.info("order %s charged, payment %s", order_id, payment_id, extra=fields)
    return payment_id
