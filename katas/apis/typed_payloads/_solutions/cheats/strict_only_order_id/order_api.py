"""Blind cheat: makes only order_id strict (the field the examples probe); quantity and unit_price_cents still coerce "2", 2.0 and true.

Differs on: items [{"sku": "MUG-01", "quantity": "2", "unitPriceCents": true}] -> parsed as quantity 2,
unit_price_cents 1 instead of a ValidationError.
"""

from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

SKU = r"^[A-Z0-9-]{1,32}$"


class LineItem(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    sku: str = Field(pattern=SKU)
    quantity: int = Field(ge=1)
    unit_price_cents: int = Field(alias="unitPriceCents", ge=0)


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
        email = email.strip().lower()
        local, _, domain = email.partition("@")
        if not local or not domain or "@" in domain or any(c.isspace() for c in email):
            raise ValueError("an email is local@domain, without whitespace")
        return email


def parse_order(payload: dict[str, Any]) -> Order:
    return Order.model_validate(payload)


def order_to_wire(order: Order) -> dict[str, Any]:
    return order.model_dump(mode="json", by_alias=True)
