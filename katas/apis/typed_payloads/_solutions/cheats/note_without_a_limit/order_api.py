"""Cheat: forgets the 200-character limit of the gift note, so a note of 201 characters is accepted."""

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
    gift_note: str | None = Field(default=None, alias="giftNote")
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
