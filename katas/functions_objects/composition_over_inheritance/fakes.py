"""A fake server for the tests: read it, do not edit it."""


class FakeServer:
    """A transport: fails each url `failures[url]` times, then answers "body of <url>".

    It records every url it is asked for in `calls`.
    """

    def __init__(self, failures: dict[str, int] | None = None) -> None:
        self.failures = dict(failures or {})
        self.calls: list[str] = []

    def __call__(self, url: str) -> str:
        self.calls.append(url)
        if self.failures.get(url, 0) > 0:
            self.failures[url] -= 1
            raise ConnectionError(f"{url} did not answer")
        return f"body of {url}"
