"""Blind cheat: the email check only asks for an "@" (what the example refuses); several "@", an empty side or inner whitespace pass.

Differs on: customerEmail "a@b@c", "@example.com", "ada@" or "ada lovelace@example.com" -> accepted instead of
a ValidationError.
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
        email = email.strip().lower()
        if "@" not in email:
            raise ValueError("an email needs an @")
        return email


def parse_order(payload: dict[str, Any]) -> Order:
    return Order.model_validate(payload)


def order_to_wire(order: Order) -> dict[str, Any]:
    return order.model_dump(mode="json", by_alias=True)
