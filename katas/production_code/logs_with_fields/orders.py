"""Charging an order, with logs that a log pipeline can query.

charge_order(order_id, customer_id, amount_cents, gateway) asks the payment
gateway to charge the customer and returns the gateway's payment id, or None
when the card is declined:

    >>> charge_order("A-17", "cus_42", 1999, gateway)  # the gateway says "pay_9"
    'pay_9'

gateway.charge(customer_id, amount_cents) returns the payment id (a str), or
raises CardDeclined, whose .reason (a str) says why. Any other exception it
raises propagates unchanged, and charge_order() logs nothing for it: the
caller that handles it logs it. Ids are any non-empty str (unicode included),
amount_cents any int above 0.

The logs. Every call logs exactly one record, on the logger named
"shop.orders", and the record carries its data as fields: attributes of the
LogRecord, which a JSON formatter at the application's edge turns into JSON
keys, so that the pipeline can ask for order_id == "A-17" or amount_cents >
10000. Each record has an `event` field and exactly these fields, no others,
with these types:

    event            level    fields
    "order_charged"  INFO     order_id: str, customer_id: str,
                              amount_cents: int, payment_id: str
    "card_declined"  WARNING  order_id: str, customer_id: str,
                              amount_cents: int, reason: str

The values are the very values given (or returned by the gateway), not
text made from them: amount_cents stays an int. Put the fields on the record
with `extra=` (or a logging.LoggerAdapter); json.dumps() in the message gives
the pipeline one more string to parse. The message wording is free: it may
still say the same thing to a human. The module configures no logging itself
(no handlers, no levels): that is the application's job.

Right now the data is baked into f-string messages: a human can read them,
but the pipeline sees one opaque string per record and can find an order only
by a regular expression over text.
"""

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
    # TODO: the pipeline cannot query text. Log the event with its data as fields.
    try:
        payment_id = gateway.charge(customer_id, amount_cents)
    except CardDeclined as declined:
        logger.warning(
            f"order {order_id}: card of customer {customer_id} declined "
            f"for {amount_cents} cents: {declined.reason}"
        )
        return None
    logger.info(
        f"order {order_id} charged {amount_cents} cents to customer {customer_id}, "
        f"payment {payment_id}"
    )
    return payment_id
