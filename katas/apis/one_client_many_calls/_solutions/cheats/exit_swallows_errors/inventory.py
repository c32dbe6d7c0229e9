"""Cheat: returns True from __exit__.

The client is closed, but an exception raised inside the with block (a
timeout, a KeyboardInterrupt) is silently swallowed.
"""

from types import TracebackType
from typing import Self

import httpx

TIMEOUT = httpx.Timeout(5.0, connect=2.0)


class InventoryClient:
    def __init__(self, base_url: str, *, transport: httpx.BaseTransport | None = None) -> None:
        self._client = httpx.Client(base_url=base_url, transport=transport, timeout=TIMEOUT)

    def stock(self, sku: str) -> int:
        response = self._client.get(f"/stock/{sku}")
        response.raise_for_status()
        return response.json()["available"]

    def reserve(self, sku: str, quantity: int) -> str:
        response = self._client.post("/reservations", json={"sku": sku, "quantity": quantity})
        response.raise_for_status()
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
    ) -> bool:
        self.close()
        return True
