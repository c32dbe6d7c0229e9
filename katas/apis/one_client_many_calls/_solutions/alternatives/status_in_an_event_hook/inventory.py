"""Alternative: the status is checked once, by a response event hook, and the client is a field."""

from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import httpx


def _raise_for_status(response: httpx.Response) -> None:
    response.raise_for_status()


@dataclass
class InventoryClient(AbstractContextManager["InventoryClient"]):
    base_url: str
    transport: httpx.BaseTransport | None = field(default=None, kw_only=True)
    http: httpx.Client = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.http = httpx.Client(
            base_url=self.base_url,
            transport=self.transport,
            timeout=httpx.Timeout(connect=2.0, read=5.0, write=5.0, pool=5.0),
            event_hooks={"response": [_raise_for_status]},
        )

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        return self.http.request(method, path, **kwargs).json()

    def stock(self, sku: str) -> int:
        return self._json("GET", f"/stock/{sku}")["available"]

    def reserve(self, sku: str, quantity: int) -> str:
        return self._json("POST", "/reservations", json={"sku": sku, "quantity": quantity})["id"]

    def close(self) -> None:
        self.http.close()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
