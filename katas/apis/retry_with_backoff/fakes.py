"""A fake clock and a scripted service for the tests. Read it, do not edit it: the tests use it.

Nothing here sleeps or reads the real time: the clock moves only when someone
sleeps on it or when the service takes time to answer.
"""

from dataclasses import dataclass

import httpx


class FakeClock:
    """A monotonic clock that moves only when told. sleep() advances it and records the sleep."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError(f"sleep length must be non-negative, got {seconds}")
        self.sleeps.append(seconds)
        self.now += seconds


@dataclass(frozen=True)
class Step:
    """What the service does with one request.

    It answers ``status`` (with a Retry-After header when ``retry_after`` is set)
    after ``takes`` seconds, or, with ``fails`` set, raises that httpx error:
    "connect" (httpx.ConnectError), "reset" (httpx.ReadError, the connection
    dropped mid-response) or "protocol" (httpx.RemoteProtocolError).
    """

    status: int = 200
    retry_after: str | None = None
    takes: float = 0.0
    fails: str | None = None


FAILURES = {
    "connect": httpx.ConnectError,
    "reset": httpx.ReadError,
    "protocol": httpx.RemoteProtocolError,
}


@dataclass(frozen=True)
class Sent:
    """One request as the service received it, and the clock when it arrived."""

    method: str
    path: str
    headers: dict[str, str]
    timeout: float | None
    at: float


class ScriptedService:
    """An httpx MockTransport handler that plays one Step per request, in order.

    It honours the request's timeout as a real connection would: a step that
    takes longer than the read timeout (the connect timeout, for "connect")
    costs exactly the timeout on the clock and raises httpx.ReadTimeout
    (httpx.ConnectTimeout). A request beyond the script is a test failure.
    """

    def __init__(self, clock: FakeClock, steps: list[Step]) -> None:
        self.clock = clock
        self.steps = list(steps)
        self.sent: list[Sent] = []

    def client(self) -> httpx.Client:
        """A client for this service, with no timeout of its own (timeout=None)."""
        transport = httpx.MockTransport(self)
        return httpx.Client(transport=transport, base_url="https://payments.test", timeout=None)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        timeouts = request.extensions.get("timeout", {})
        phase = "connect" if self._next().fails == "connect" else "read"
        limit = timeouts.get(phase)
        headers = {name.lower(): value for name, value in request.headers.items()}
        headers.pop("host", None)
        self.sent.append(Sent(request.method, request.url.path, headers, limit, self.clock.now))
        step = self.steps[len(self.sent) - 1]
        if limit is not None and step.takes > limit:
            self.clock.now += limit
            timeout_error = httpx.ConnectTimeout if phase == "connect" else httpx.ReadTimeout
            raise timeout_error(f"timed out after {limit} s", request=request)
        self.clock.now += step.takes
        if step.fails is not None:
            raise FAILURES[step.fails](step.fails, request=request)
        retry_after = {} if step.retry_after is None else {"Retry-After": step.retry_after}
        return httpx.Response(step.status, headers=retry_after)

    def _next(self) -> Step:
        if len(self.sent) >= len(self.steps):
            raise AssertionError(
                f"request {len(self.sent) + 1} is beyond the script of {len(self.steps)}"
            )
        return self.steps[len(self.sent)]
