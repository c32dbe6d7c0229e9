"""Blind cheat: the refund handler treats only amount 0 as "nothing to refund" (the examples show 0
and 15), so a negative amount is refunded.

Differs on: handle({"type": "order.refunded", "order_id": 7, "amount": -5}) -> legacy
'nothing to refund on order 7'; this returns 'refund -5 on order 7'.
"""

from typing import Any

Event = dict[str, Any]


def signup(event: Event) -> str:
    return f"send welcome email to {event['email']}"


def user_deleted(event: Event) -> str:
    return f"erase the data of user {event['user_id']}"


def ship(event: Event) -> str:
    return f"ship order {event['order_id']}"


def refund(event: Event) -> str:
    if not event["amount"]:
        return f"nothing to refund on order {event['order_id']}"
    return f"refund {event['amount']} on order {event['order_id']}"


def payment_failed(event: Event) -> str:
    if event.get("attempt", 1) >= 3:
        return f"cancel order {event['order_id']}"
    return f"retry payment for order {event['order_id']}"


def ping(event: Event) -> str:
    return "pong"


HANDLERS = {
    "user.signup": signup,
    "user.deleted": user_deleted,
    "order.paid": ship,
    "order.completed": ship,  # the v1 API's name
    "order.refunded": refund,
    "payment.failed": payment_failed,
    "ping": ping,
}


def handle(event: Event) -> str:
    kind = event.get("type")
    handler = HANDLERS.get(kind)
    if handler is None:
        return f"ignore unknown event {kind!r}"
    return handler(event)
