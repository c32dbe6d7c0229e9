"""Blind cheat: the dict has one key per branch, so the v1 alias "order.completed" is lost.

Differs on: handle({"type": "order.completed", "order_id": 5}) -> legacy 'ship order 5';
this returns "ignore unknown event 'order.completed'".
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
    if event["amount"] <= 0:
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
