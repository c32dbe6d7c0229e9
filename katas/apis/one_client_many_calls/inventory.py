"""A small client for the inventory service, on httpx.

InventoryClient(base_url, *, transport=None)
    Makes ONE httpx.Client, in __init__, and sends every request through it,
    so connections are pooled and reused (a new client per call pays a new
    TCP and TLS handshake every time, and leaks when it is not closed). It is
    made with base_url=base_url, transport=transport (None means the real
    network; the tests pass an httpx.MockTransport) and explicit timeouts:
    2 s to connect, 5 s to read, to write and to wait for a pooled connection
    (httpx.Timeout(5.0, connect=2.0)). Never timeout=None, which waits forever.
    Several InventoryClient objects each have their own httpx.Client.

stock(sku) -> int
    GET {base_url}/stock/{sku}; the body is {"sku": sku, "available": n}: n.
reserve(sku, quantity) -> str
    POST {base_url}/reservations with the JSON body {"sku": sku, "quantity":
    quantity}; the body is {"id": "r-1"}: "r-1".

    A sku is letters, digits and "-"; a quantity is an int. A response whose
    status is not 2xx (a 3xx too: redirects are not followed) raises
    httpx.HTTPStatusError, from response.raise_for_status(), before the body is
    read (an error page is often not JSON at all). Errors of the transport
    (httpx.ConnectTimeout, httpx.ConnectError...) propagate unchanged.

close() closes the httpx.Client (and so its transport). An InventoryClient is
also a context manager: `with InventoryClient(url) as inventory:` closes it on
leaving the block, with or without an exception, and returns inventory.

    >>> with InventoryClient("https://inventory.internal/api", transport=mock) as inventory:
    ...     inventory.stock("A-1"), inventory.reserve("A-1", 2)
    (7, 'r-1')

Right now every call makes, and throws away, its own client with no timeout,
and an error response is read as if it were data: a 503 becomes a KeyError,
a 404 whose body happens to have "available" becomes stock.
"""

from types import TracebackType
from typing import Self

import httpx


class InventoryClient:
    def __init__(self, base_url: str, *, transport: httpx.BaseTransport | None = None) -> None:
        # TODO: one client for every call, explicit timeouts, and errors that raise.
        self.base_url = base_url
        self.transport = transport

    def stock(self, sku: str) -> int:
        with httpx.Client(transport=self.transport, timeout=None) as client:
            response = client.get(f"{self.base_url}/stock/{sku}")
        return response.json()["available"]

    def reserve(self, sku: str, quantity: int) -> str:
        with httpx.Client(transport=self.transport, timeout=None) as client:
            response = client.post(
                f"{self.base_url}/reservations", json={"sku": sku, "quantity": quantity}
            )
        return response.json()["id"]

    def close(self) -> None:
        pass

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
