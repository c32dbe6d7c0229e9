"""Cheat: `HANDLERS.get(kind)` on whatever "type" holds.

A decoded JSON event can carry a list or an object as its "type". legacy.py compares
it with each known name and ignores it; a dict lookup hashes it first, so
handle({"type": ["ping"]}) raises TypeError: unhashable type: 'list'.
"""

from collections.abc import Callable
from typing import Any

Event = dict[str, Any]
Handler = Callable[[Event], str]


def welcome(event: Event) -> str:
    return f"send welcome email to {event['email']}"


def erase(event: Event) -> str:
    return f"erase the data of user {event['user_id']}"


def ship(event: Event) -> str:
    return f"ship order {event['order_id']}"


def refund(event: Event) -> str:
    if event["amount"] <= 0:
        return f"nothing to refund on order {event['order_id']}"
    return f"refund {event['amount']} on order {event['order_id']}"


def retry_or_cancel(event: Event) -> str:
    if event.get("attempt", 1) >= 3:
        return f"cancel order {event['order_id']}"
    return f"retry payment for order {event['order_id']}"


def pong(event: Event) -> str:
    return "pong"


HANDLERS: dict[str, Handler] = {
    "user.signup": welcome,
    "user.deleted": erase,
    "order.paid": ship,
    "order.completed": ship,  # the v1 API's name for order.paid
    "order.refunded": refund,
    "payment.failed": retry_or_cancel,
    "ping": pong,
}


def handle(event: Event) -> str:
    kind = event.get("type")
    handler = HANDLERS.get(kind)
    if handler is None:
        return f"ignore unknown event {kind!r}"
    return handler(event)
