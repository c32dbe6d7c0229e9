"""Cheat: composes the same parts, but stacks the logging outside the cache.

Answers from the cache are logged as if they were requests: a url fetched
twice logs "GET /a", "OK /a" twice, although the server was asked once.
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
    def __init__(self, inner: Client, attempts: int = 3) -> None:
        self.inner = inner
        self.attempts = attempts

    def get(self, url: str) -> str:
        for _ in range(self.attempts - 1):
            try:
                return self.inner.get(url)
            except ConnectionError:
                continue  # try again
        return self.inner.get(url)  # the last attempt: its error propagates


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
        self.bodies: dict[str, str] = {}

    def get(self, url: str) -> str:
        if url not in self.bodies:
            self.bodies[url] = self.inner.get(url)
        return self.bodies[url]


def build_client(
    transport: Transport, *, retry: bool = False, log: list[str] | None = None, cache: bool = False
) -> Client:
    """Stack the parts asked for, from the inside out: retries, cache, logging."""
    client: Client = HttpClient(transport)
    if retry:
        client = Retrying(client)
    if cache:
        client = Cached(client)
    if log is not None:
        client = Logged(client, log)
    return client
