"""Blind cheat: __exit__ closes the client only when the block ends without an exception, so an error inside the with block leaks the client.

Differs on: with InventoryClient(url, transport=t) as inv: inv.stock("A-1"); raise ValueError
-> t is never closed (t.close() not called), though the contract closes it either way.
"""

from types import TracebackType
from typing import Self

import httpx

TIMEOUT = httpx.Timeout(5.0, connect=2.0)


class InventoryClient:
    def __init__(self, base_url: str, *, transport: httpx.BaseTransport | None = None) -> None:
        self._client = httpx.Client(base_url=base_url, transport=transport, timeout=TIMEOUT)

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
        if kind is None:  # on an error, leave the client for the caller to inspect
            self.close()
