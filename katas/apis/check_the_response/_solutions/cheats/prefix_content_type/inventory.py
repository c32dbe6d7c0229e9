"""Cheat: accepts any content type that starts with application/json, so application/json-seq (or jsonx) passes; a leading space fails."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

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


def fetch_item(client: httpx.Client, item_id: int) -> Item:
    response = client.get(f"/items/{item_id}")
    data = _json_object(response)
    item_id_sent = _required(data, "id", lambda v: type(v) is int and v == item_id)
    name = _required(data, "name", lambda v: isinstance(v, str))
    price = _required(data, "price_cents", lambda v: type(v) is int and v >= 0)
    tags = _required(
        data, "tags", lambda v: isinstance(v, list) and all(isinstance(t, str) for t in v)
    )
    discontinued = data.get("discontinued", False)
    if not isinstance(discontinued, bool):
        raise ContractError("discontinued", f"expected true or false, got {discontinued!r}")
    return Item(item_id_sent, name, price, tuple(tags), discontinued)


def _json_object(response: httpx.Response) -> dict[str, Any]:
    """The response's body as a JSON object, once its status and content type are right."""
    if response.status_code != 200:
        raise ContractError("status", f"expected 200, got {response.status_code}")
    content_type = response.headers.get("content-type", "")
    if not content_type.lower().startswith("application/json"):
        raise ContractError("content-type", f"expected application/json, got {content_type!r}")
    try:
        data = response.json()
    except ValueError as error:
        raise ContractError("body", f"not JSON: {error}") from error
    if not isinstance(data, dict):
        raise ContractError("body", f"expected a JSON object, got {type(data).__name__}")
    return data


def _required(data: dict[str, Any], key: str, valid: Callable[[Any], bool]) -> Any:
    """data[key], which must be present and pass valid()."""
    if key not in data:
        raise ContractError(key, "missing")
    value = data[key]
    if not valid(value):
        raise ContractError(key, f"unexpected value {value!r}")
    return value
