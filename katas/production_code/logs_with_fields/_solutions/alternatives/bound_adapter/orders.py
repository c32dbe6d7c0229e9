"""Alternative: an adapter bound to the order's fields; the event name is the message."""

import logging
from collections.abc import MutableMapping
from typing import Any, Protocol

logger = logging.getLogger("shop.orders")


class CardDeclined(Exception):
    """The gateway refused the charge; .reason says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Gateway(Protocol):
    def charge(self, customer_id: str, amount_cents: int) -> str: ...


class EventLog(logging.LoggerAdapter[logging.Logger]):
    """Adds the bound fields to each record, and the message as the `event` field."""

    def process(
        self, msg: Any, kwargs: MutableMapping[str, Any]
    ) -> tuple[Any, MutableMapping[str, Any]]:
        kwargs["extra"] = {**(self.extra or {}), **kwargs.get("extra", {}), "event": msg}
        return msg, kwargs


def charge_order(
    order_id: str, customer_id: str, amount_cents: int, gateway: Gateway
) -> str | None:
    log = EventLog(
        logger, {"order_id": order_id, "customer_id": customer_id, "amount_cents": amount_cents}
    )
    try:
        payment_id = gateway.charge(customer_id, amount_cents)
    except CardDeclined as declined:
        log.warning("card_declined", extra={"reason": declined.reason})
        return None
    log.info("order_charged", extra={"payment_id": payment_id})
    return payment_id
