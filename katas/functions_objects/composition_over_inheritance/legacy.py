"""The HTTP client as it was. Do not edit: the tests check client.py against it."""

from collections.abc import Callable

Transport = Callable[[str], str]


class HttpClient:
    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    def get(self, url: str) -> str:
        return self.transport(url)


class RetryingClient(HttpClient):
    attempts = 3

    def get(self, url: str) -> str:
        for attempt in range(1, self.attempts + 1):
            try:
                return super().get(url)
            except ConnectionError:
                if attempt == self.attempts:
                    raise
        raise AssertionError("unreachable")


class LoggedClient(HttpClient):
    def __init__(self, transport: Transport, log: list[str]) -> None:
        super().__init__(transport)
        self.log = log

    def get(self, url: str) -> str:
        self.log.append(f"GET {url}")
        try:
            body = super().get(url)
        except ConnectionError:
            self.log.append(f"FAILED {url}")
            raise
        self.log.append(f"OK {url}")
        return body


class LoggedRetryingClient(RetryingClient):
    # LoggedClient's logging, copied here: it must wrap all the attempts.
    def __init__(self, transport: Transport, log: list[str]) -> None:
        super().__init__(transport)
        self.log = log

    def get(self, url: str) -> str:
        self.log.append(f"GET {url}")
        try:
            body = super().get(url)
        except ConnectionError:
            self.log.append(f"FAILED {url}")
            raise
        self.log.append(f"OK {url}")
        return body


class CachedLoggedRetryingClient(LoggedRetryingClient):
    def __init__(self, transport: Transport, log: list[str]) -> None:
        super().__init__(transport, log)
        self.cache: dict[str, str] = {}

    def get(self, url: str) -> str:
        if url not in self.cache:
            self.cache[url] = super().get(url)
        return self.cache[url]


def build_client(
    transport: Transport, *, retry: bool = False, log: list[str] | None = None, cache: bool = False
) -> HttpClient:
    if cache and retry and log is not None:
        return CachedLoggedRetryingClient(transport, log)
    if cache:
        raise NotImplementedError("no class for this combination yet: write one")
    if retry and log is not None:
        return LoggedRetryingClient(transport, log)
    if retry:
        return RetryingClient(transport)
    if log is not None:
        return LoggedClient(transport, log)
    return HttpClient(transport)
