"""A client for the inventory service: fetch one item by its id.

fetch_item(client, item_id) sends ``GET /items/{item_id}`` (item_id: any int)
through ``client`` (an ``httpx.Client`` whose base_url points at the service;
tests drive it with an ``httpx.MockTransport``) and returns an ``Item``. Before it
builds the Item it checks the response it relies on, in this order, and raises
``ContractError`` for the FIRST thing that breaks the contract, with
``error.what`` naming it:

1. ``"status"``: the status code is exactly 200 (a 201, 204, 404 or 503 is not).
2. ``"content-type"``: the Content-Type header's media type, compared without
   its parameters, surrounding spaces and case, is ``application/json``
   (``Application/JSON; charset=utf-8`` is fine; no header, or ``text/html``, is not).
3. ``"body"``: the body parses as JSON (valid UTF-8) and is a JSON object.
4. then each field of the object, in this order, named by its key:

   - ``id``: an int equal to ``item_id``; required.
   - ``name``: a str (it may be empty); required.
   - ``price_cents``: an int >= 0; required.
   - ``tags``: a list whose items are all str (it may be empty); required.
   - ``discontinued``: true or false; when the key is missing, False.

   "int" means a JSON integer: true/false are not ints here, and 12.0 is a float.
   null is not a value of any field (not even of ``discontinued``); a field that
   is present with the wrong type or value breaks the contract under its key.

The Item holds the values as sent, with the tags as a tuple in the order sent.
Fields the item does not know are ignored: the service may add fields at any
time without telling us, and that must not break this client. Apart from
ContractError, fetch_item raises only what httpx itself raises for the request
(a transport error); never a KeyError, TypeError or ValueError from the body.
It keeps no state: each call is independent of the ones before.

    >>> item = fetch_item(client, 7)  # the service answered {"id": 7, "name": "Mug", ...}
    >>> item
    Item(id=7, name='Mug', price_cents=1250, tags=('kitchen',), discontinued=False)

What is wrong: fetch_item() trusts whatever comes back. An error page from a
proxy dies in the JSON parser, a missing field is a TypeError deep inside, a
price sent as "12.50" goes straight into the Item, and the day the service adds
a field every call breaks. Check the contract, and only the contract.
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


def fetch_item(client: httpx.Client, item_id: int) -> Item:
    response = client.get(f"/items/{item_id}")
    data = response.json()  # TODO: check the response against the contract first
    data["tags"] = tuple(data["tags"])
    return Item(**data)
