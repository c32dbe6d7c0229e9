"""Blind cheat: handle() pops "type" off the caller's event (the handlers don't need it), mutating
its input.

Differs on: e = {"type": "ping"}; handle(e); handle(e) -> legacy 'pong' both times;
the second call here returns 'ignore unknown event None' (and e has lost its "type").
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
    kind = event.pop("type", None)  # the handlers only need the payload
    handler = HANDLERS.get(kind)
    if handler is None:
        return f"ignore unknown event {kind!r}"
    return handler(event)
