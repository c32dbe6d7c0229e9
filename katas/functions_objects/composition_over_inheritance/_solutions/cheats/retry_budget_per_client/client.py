"""Blind cheat: Retrying counts failures on the instance and never resets them, so the 3 attempts
are a budget for the client's whole life, not for each get().

Differs on: c = build_client(FakeServer(failures={"/a": 2, "/b": 2}), retry=True);
c.get("/a") -> 'body of /a'; c.get("/b") -> legacy 'body of /b', here ConnectionError
after one attempt.
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
        self.failures = 0

    def get(self, url: str) -> str:
        while True:
            try:
                return self.inner.get(url)
            except ConnectionError:
                self.failures += 1
                if self.failures >= self.attempts:
                    raise


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
    if log is not None:
        client = Logged(client, log)
    if cache:
        client = Cached(client)
    return client
