"""Blind cheat: fills the optional field from a module-level DEFAULTS dict that it updates in place, so a discontinued=true from one response leaks into later ones.

Differs on: a response with "discontinued": true, then a response for MUG without the key ->
the second Item has discontinued=True instead of False.
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


DEFAULTS = {"discontinued": False}


def _field(data: dict, key: str):
    if key not in data:
        raise ContractError(key, "missing")
    return data[key]


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
    id_ = _field(data, "id")
    if type(id_) is not int or id_ != item_id:
        raise ContractError("id", f"expected {item_id}, got {id_!r}")
    name = _field(data, "name")
    if not isinstance(name, str):
        raise ContractError("name", f"not a str: {name!r}")
    price = _field(data, "price_cents")
    if type(price) is not int or price < 0:
        raise ContractError("price_cents", f"not an int >= 0: {price!r}")
    tags = _field(data, "tags")
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise ContractError("tags", f"not a list of str: {tags!r}")
    fields = DEFAULTS  # the optional fields start from their defaults
    fields.update(data)
    discontinued = fields["discontinued"]
    if not isinstance(discontinued, bool):
        raise ContractError("discontinued", f"not a bool: {discontinued!r}")
    return Item(id=id_, name=name, price_cents=price, tags=tuple(tags), discontinued=discontinued)
