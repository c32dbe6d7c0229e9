"""Blind cheat: shares one httpx.Client between all InventoryClient objects with the same base_url and transport (a module-level pool), so closing one closes the others'.

Differs on: a = InventoryClient(url); b = InventoryClient(url); a.close(); b.stock("A-1")
-> RuntimeError (the client has been closed) instead of the stock; a._client is b._client.
"""

from types import TracebackType
from typing import Self

import httpx

TIMEOUT = httpx.Timeout(5.0, connect=2.0)
_CLIENTS: dict[tuple[str, object], httpx.Client] = {}  # one pool per service, not per object


class InventoryClient:
    def __init__(self, base_url: str, *, transport: httpx.BaseTransport | None = None) -> None:
        key = (base_url, transport)
        if key not in _CLIENTS:
            _CLIENTS[key] = httpx.Client(base_url=base_url, transport=transport, timeout=TIMEOUT)
        self._client = _CLIENTS[key]

    def _checked(self, response: httpx.Response) -> httpx.Response:
        response.raise_for_status()
        return response

    def stock(self, sku: str) -> int:
        response = self._checked(self._client.get(f"/stock/{sku}"))
        return response.json()["available"]

    def reserve(self, sku: str, quantity: int) -> str:
        response = self._checked(
            self._client.post("/reservations", json={"sku": sku, "quantity": quantity})
        )
        return response.json()["id"]

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
