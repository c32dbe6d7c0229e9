"""Blind cheat: stacks the cache inside the logging, so a cache hit still logs GET/OK.

Differs on: c = build_client(FakeServer(), retry=True, log=log, cache=True); c.get("/a");
c.get("/a"):
legacy log ['GET /a', 'OK /a'], here ['GET /a', 'OK /a', 'GET /a', 'OK /a'].
"""

from collections.abc import Callable
from typing import Protocol

Transport = Callable[[str], str]


class Client(Protocol):
    def get(self, url: str) -> str: ...


class HttpClient:
    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    def get(self, url: str) -> str:
        return self.transport(url)


class Retrying:
    attempts = 3

    def __init__(self, inner: Client) -> None:
        self.inner = inner

    def get(self, url: str) -> str:
        for attempt in range(1, self.attempts + 1):
            try:
                return self.inner.get(url)
            except ConnectionError:
                if attempt == self.attempts:
                    raise
        raise AssertionError("unreachable")


class Logged:
    def __init__(self, inner: Client, log: list[str]) -> None:
        self.inner = inner
        self.log = log

    def get(self, url: str) -> str:
        self.log.append(f"GET {url}")
        try:
            body = self.inner.get(url)
        except ConnectionError:
            self.log.append(f"FAILED {url}")
            raise
        self.log.append(f"OK {url}")
        return body


class Cached:
    def __init__(self, inner: Client) -> None:
        self.inner = inner
        self.cache: dict[str, str] = {}

    def get(self, url: str) -> str:
        if url not in self.cache:
            self.cache[url] = self.inner.get(url)
        return self.cache[url]


def build_client(
    transport: Transport, *, retry: bool = False, log: list[str] | None = None, cache: bool = False
) -> Client:
    client: Client = HttpClient(transport)
    if retry:
        client = Retrying(client)
    if cache:
        client = Cached(client)
    if log is not None:
        client = Logged(client, log)
    return client
