"""Blind cheat: wraps the handler call in try/except KeyError, so a malformed event of a known type
passes for an unknown one.

Differs on: handle({"type": "order.paid"}) -> legacy raises KeyError('order_id');
this returns "ignore unknown event 'order.paid'".
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
    "order.completed": ship,  # the v1 API's name
    "order.refunded": refund,
    "payment.failed": payment_failed,
    "ping": ping,
}


def handle(event: Event) -> str:
    kind = event.get("type")
    try:
        return HANDLERS[kind](event)
    except KeyError:
        return f"ignore unknown event {kind!r}"
