"""The request body of our "create order" endpoint, as pydantic v2 models.

Clients send JSON with camelCase names; our code uses snake_case. The models
are the contract: parse_order(payload) turns a decoded JSON object (a dict, as
json.loads gives it) into an Order or raises ``pydantic.ValidationError``
(never another exception), and order_to_wire(order) gives the JSON-ready dict
we send back, exactly ``order.model_dump(mode="json", by_alias=True)``.

Order (wire name in brackets; every field is required unless a default is given):

- ``order_id`` ("orderId"): an int > 0. Strict: "17", 17.0 and true are refused,
  not coerced: a client that sends the id as text has a bug we want to see.
- ``customer_email`` ("customerEmail"): a str; surrounding whitespace is
  stripped and it is lower-cased (str.strip(), str.lower()); then it must have
  exactly one "@", with at least one character on each side, and no whitespace
  (str.isspace()) anywhere.
- ``items`` ("items"): a list of at least one LineItem.
- ``gift_note`` ("giftNote"): a str of at most 200 characters, or None; default None.
- ``placed_at`` ("placedAt"): a timezone-aware moment: an aware datetime, or an
  ISO 8601 string with "Z" or an offset ("2024-05-01T10:00:00+02:00"). A naive
  one ("2024-05-01T10:00:00") is refused. It keeps its offset.

LineItem:

- ``sku`` ("sku"): a str of 1 to 32 characters, each an upper-case ASCII
  letter, a digit or "-" ("MUG-01").
- ``quantity`` ("quantity"): an int >= 1, strict as order_id.
- ``unit_price_cents`` ("unitPriceCents"): an int >= 0, strict as order_id.

Both models refuse fields they do not define (extra="forbid"): a client that
misspells "giftNote" must hear about it, not lose the note in silence. Both
accept the camelCase wire names and the snake_case field names alike, in a
payload and as keyword arguments (``Order(order_id=17, ...)`` works in our
code). parse_order() does not modify the payload.

    >>> order = parse_order({"orderId": 17, "customerEmail": " Ada@Example.com",
    ...     "items": [{"sku": "MUG-01", "quantity": 2, "unitPriceCents": 1250}],
    ...     "placedAt": "2024-05-01T10:00:00Z"})
    >>> order.customer_email, order.items[0].unit_price_cents
    ('ada@example.com', 1250)
    >>> order_to_wire(order)["placedAt"], order_to_wire(order)["giftNote"]
    ('2024-05-01T10:00:00Z', None)

What is wrong: the models below coerce "17" to 17 and true to 1, accept a
quantity of 0 and any email, drop a misspelt field in silence, cannot be built
with field names in our code, and order_to_wire() sends snake_case keys with a
datetime object that json.dumps cannot write.
"""

from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

WIRE = ConfigDict(extra="forbid", populate_by_name=True)


class LineItem(BaseModel):
    model_config = WIRE

    sku: str = Field(pattern=r"^[A-Z0-9-]{1,32}$")
    quantity: int = Field(strict=True, ge=1)
    unit_price_cents: int = Field(alias="unitPriceCents", strict=True, ge=0)


class Order(BaseModel):
    model_config = WIRE

    order_id: int = Field(alias="orderId", strict=True, gt=0)
    customer_email: str = Field(alias="customerEmail")
    items: list[LineItem] = Field(min_length=1)
    gift_note: str | None = Field(default=None, alias="giftNote", max_length=200)
    placed_at: AwareDatetime = Field(alias="placedAt")

    @field_validator("customer_email")
    @classmethod
    def normalised_email(cls, email: str) -> str:
        email = email.strip().lower()
        local, _, domain = email.partition("@")
        if not local or not domain or "@" in domain or any(c.isspace() for c in email):
            raise ValueError("expected one @ between a name and a domain, and no spaces")
        return email


def parse_order(payload: dict[str, Any]) -> Order:
    return Order.model_validate(payload)


def order_to_wire(order: Order) -> dict[str, Any]:
    return order.model_dump(mode="json", by_alias=True)
