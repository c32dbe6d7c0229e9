"""Blind cheat: parse_order normalises the email in the caller's payload dict before validating, so the payload is modified.

Differs on: p = {..., "customerEmail": " Ada@Example.com"}; parse_order(p) leaves p["customerEmail"] ==
"ada@example.com" instead of p unchanged.
"""

from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

SKU = r"^[A-Z0-9-]{1,32}$"


class LineItem(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    sku: str = Field(pattern=SKU)
    quantity: int = Field(strict=True, ge=1)
    unit_price_cents: int = Field(alias="unitPriceCents", strict=True, ge=0)


class Order(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    order_id: int = Field(alias="orderId", strict=True, gt=0)
    customer_email: str = Field(alias="customerEmail")
    items: list[LineItem] = Field(min_length=1)
    gift_note: str | None = Field(default=None, alias="giftNote", max_length=200)
    placed_at: AwareDatetime = Field(alias="placedAt")

    @field_validator("customer_email")
    @classmethod
    def _normalise_email(cls, email: str) -> str:
        local, _, domain = email.partition("@")
        if not local or not domain or "@" in domain or any(c.isspace() for c in email):
            raise ValueError("an email is local@domain, without whitespace")
        return email


def parse_order(payload: dict[str, Any]) -> Order:
    for key in ("customerEmail", "customer_email"):
        if isinstance(payload.get(key), str):
            payload[key] = payload[key].strip().lower()  # normalise before validating
    return Order.model_validate(payload)


def order_to_wire(order: Order) -> dict[str, Any]:
    return order.model_dump(mode="json", by_alias=True)
