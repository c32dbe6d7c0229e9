"""Reference: one small function per action, a dict from event type to function.

Adding an event type is one function and one line in HANDLERS. The lookup is
kept apart from the call, so a KeyError raised by a handler (a missing field)
is never mistaken for an unknown type. Only a string can name a known type: any
other "type" (a number, null, or a list that a dict cannot even hash) is unknown.
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
    handler = HANDLERS.get(kind) if isinstance(kind, str) else None
    if handler is None:
        return f"ignore unknown event {kind!r}"
    return handler(event)
