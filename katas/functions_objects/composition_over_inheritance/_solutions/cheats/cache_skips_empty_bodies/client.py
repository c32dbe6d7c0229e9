"""Blind cheat: the cache tests `if self.cache.get(url)`, so an empty body is never answered from
memory and the transport is asked again.

Differs on: transport = lambda url: ""; c = build_client(transport, cache=True) (or with
retry and log too); c.get("/a") twice -> correct: transport called once (one GET/OK in the
log); here twice.
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
        body = self.cache.get(url)
        if not body:
            body = self.cache[url] = self.inner.get(url)
        return body


def build_client(
    transport: Transport, *, retry: bool = False, log: list[str] | None = None, cache: bool = False
) -> Client:
    client: Client = HttpClient(transport)
    if retry:
        client = Retrying(client)
    if log is not None:
        client = Logged(client, log)
    if cache:
        client = Cached(client)
    return client
