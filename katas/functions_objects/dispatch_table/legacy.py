"""The event router as it was before the refactor. Do not edit: the tests compare with it."""

from typing import Any

Event = dict[str, Any]


def handle(event: Event) -> str:
    kind = event.get("type")
    if kind == "user.signup":
        return f"send welcome email to {event['email']}"
    elif kind == "user.deleted":
        return f"erase the data of user {event['user_id']}"
    elif kind == "order.paid" or kind == "order.completed":  # order.completed: the v1 API's name
        return f"ship order {event['order_id']}"
    elif kind == "order.refunded":
        if event["amount"] <= 0:
            return f"nothing to refund on order {event['order_id']}"
        return f"refund {event['amount']} on order {event['order_id']}"
    elif kind == "payment.failed":
        if event.get("attempt", 1) >= 3:
            return f"cancel order {event['order_id']}"
        return f"retry payment for order {event['order_id']}"
    elif kind == "ping":
        return "pong"
    else:
        return f"ignore unknown event {kind!r}"
