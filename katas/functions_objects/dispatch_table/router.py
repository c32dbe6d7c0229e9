"""Webhooks from the shop's payment provider, routed to what the shop does next.

handle(event) reads the event's "type" and returns the action to take, as text.
A type it does not know is ignored, and so is an event without a type:

    >>> handle({"type": "order.paid", "order_id": 42})
    'ship order 42'
    >>> handle({"type": "user.signup", "email": "ada@example.com"})
    'send welcome email to ada@example.com'
    >>> handle({"type": "coupon.created"})
    "ignore unknown event 'coupon.created'"

An event is a decoded JSON object, so its "type" may be any JSON value: a
string, a number, null, a list or an object. Only a string can name a known type
(names are matched exactly, case and spaces included); any other "type" is
ignored like an unknown name, never an error:

    >>> handle({"type": ["order.paid"]})
    "ignore unknown event ['order.paid']"

An event of a known type that lacks a field its action needs raises KeyError:
a malformed payment must fail loudly, never pass for an unknown event. handle()
only reads the event: the caller's dict is left exactly as it was.

The code works, but every new event type means one more `elif` in a chain
that is already hard to read, and that three teams keep editing at once.
Refactor it into a dispatch table: a module-level dict that maps each event
type to a small function handling it, and a handle() that looks the type up
instead of testing it branch by branch. The behaviour must not change at all:
legacy.py, beside this file, is this code as it is today, and the tests
compare your version with it on generated events.
"""

from typing import Any

Event = dict[str, Any]


def handle(event: Event) -> str:
    kind = event.get("type")
    # TODO: one more `elif` for every new event type. Turn the chain into a dict lookup.
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
