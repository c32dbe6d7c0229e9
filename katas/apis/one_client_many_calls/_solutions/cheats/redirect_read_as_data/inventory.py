"""Blind cheat: raises only for error statuses (response.is_error, 4xx/5xx), so a 3xx (redirects are not followed) is read as data.

Differs on: the service answers GET /stock/A-1 with 302 and body {"sku": "A-1", "available": 3}:
stock("A-1") returns 3 instead of raising httpx.HTTPStatusError.
"""

from types import TracebackType
from typing import Self

import httpx

TIMEOUT = httpx.Timeout(5.0, connect=2.0)


class InventoryClient:
    def __init__(self, base_url: str, *, transport: httpx.BaseTransport | None = None) -> None:
        self._client = httpx.Client(base_url=base_url, transport=transport, timeout=TIMEOUT)

    def _checked(self, response: httpx.Response) -> httpx.Response:
        if response.is_error:  # 4xx or 5xx
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
