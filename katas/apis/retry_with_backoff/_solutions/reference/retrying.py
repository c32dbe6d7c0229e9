"""Calls to the payments service that survive a flaky network, and know when to stop.

request_with_retries(client, method, url, *, headers=None, policy, clock, rng)
sends the request through ``client`` (an httpx.Client) and returns the final
httpx.Response, retrying what is safe and worth retrying:

- Retryable outcomes: the statuses 429, 502, 503 and 504, and the errors
  httpx.ConnectError and httpx.TimeoutException (ConnectTimeout, ReadTimeout,
  ...). Any other status (200, 404, 500, ...) is returned at once. Any other
  exception (httpx.ReadError, httpx.RemoteProtocolError, anything else)
  propagates at once, unchanged.
- Safe to retry: the idempotent methods GET, HEAD, OPTIONS, PUT, DELETE and
  TRACE (in any case: "get" is GET); POST and PATCH only when ``headers`` has an
  Idempotency-Key header (names are case-insensitive; any value). A request
  that is not safe to retry is sent exactly once.
- At most ``policy.max_attempts`` attempts (>= 1), the first included. Every
  attempt sends the same method, url and headers (``headers`` is not modified).
- Before retry number n (n = 1 before the second attempt) it sleeps, with
  ``clock.sleep(delay)``, for:
  - the response's Retry-After header, when it is a whole number of seconds
    written in ASCII digits ("3", "0", " 12 "): exactly that, however long;
  - otherwise (no header, an HTTP date, "-1", "1.5", ...) the backoff with full
    jitter: ``rng.uniform(0, cap)`` with ``cap = min(policy.max_delay,
    policy.base_delay * 2 ** (n - 1))``. ``rng`` (a random.Random) is used for
    nothing else: one uniform() call per backoff, none for a Retry-After delay.
- The deadline: the whole call takes at most ``policy.deadline`` seconds on
  ``clock`` (``clock.monotonic()``, read when the call starts). Each attempt is
  sent with ``timeout=min(policy.attempt_timeout, remaining)``, where remaining
  is the time left until the deadline; and when sleeping ``delay`` would leave
  no time for another attempt (``delay >= remaining``), it does not sleep.
- When it gives up (not safe to retry, out of attempts, or out of time), it
  returns the last response, or raises the last retryable error as is.

It never reads the real time and never really sleeps: ``clock`` has
monotonic() -> float and sleep(seconds). Calls share no state.

    >>> policy = RetryPolicy(max_attempts=3, base_delay=0.5)
    >>> # the service answers 503, then 200: one sleep of rng.uniform(0, 0.5)
    >>> request_with_retries(client, "GET", "/balance", policy=policy, clock=clock, rng=rng)
    <Response [200 OK]>

What is wrong: the loop below retries every 5xx and every transport error, for
every method (a POST charge can be taken twice), after the same fixed sleep
(every client retries in lock-step), ignores Retry-After, never retries a 429,
and has no deadline: a slow service can hold a caller for minutes.
"""

import random
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

import httpx

RETRYABLE_STATUSES = {429, 502, 503, 504}
RETRYABLE_ERRORS = (httpx.ConnectError, httpx.TimeoutException)
IDEMPOTENT_METHODS = {"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"}


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 4  # attempts in all, the first included
    base_delay: float = 0.5  # seconds: the first backoff's cap
    max_delay: float = 8.0  # seconds: no backoff's cap is above this
    attempt_timeout: float = 5.0  # seconds for one attempt
    deadline: float = 20.0  # seconds for the whole call, sleeps included


def request_with_retries(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    headers: Mapping[str, str] | None = None,
    policy: RetryPolicy,
    clock: Clock,
    rng: random.Random,
) -> httpx.Response:
    ends_at = clock.monotonic() + policy.deadline
    attempts = policy.max_attempts if safe_to_retry(method, headers) else 1
    for attempt in range(1, attempts + 1):
        remaining = ends_at - clock.monotonic()
        timeout = min(policy.attempt_timeout, remaining)
        try:
            response = client.request(method, url, headers=headers, timeout=timeout)
        except RETRYABLE_ERRORS:
            if attempt == attempts:
                raise
            delay = backoff(attempt, policy, rng)
            if delay >= ends_at - clock.monotonic():
                raise
        else:
            if response.status_code not in RETRYABLE_STATUSES or attempt == attempts:
                return response
            delay = retry_after(response)
            if delay is None:
                delay = backoff(attempt, policy, rng)
            if delay >= ends_at - clock.monotonic():
                return response
        clock.sleep(delay)
    raise AssertionError("unreachable: the last attempt returns or raises")


def safe_to_retry(method: str, headers: Mapping[str, str] | None) -> bool:
    if method.upper() in IDEMPOTENT_METHODS:
        return True
    return any(name.lower() == "idempotency-key" for name in headers or {})


def retry_after(response: httpx.Response) -> float | None:
    """The Retry-After header in seconds, or None when it is absent or not a whole number."""
    value = response.headers.get("retry-after", "").strip()
    return int(value) if re.fullmatch("[0-9]+", value) else None


def backoff(retry: int, policy: RetryPolicy, rng: random.Random) -> float:
    """Full jitter: a uniform delay up to the capped exponential backoff for this retry."""
    return rng.uniform(0, min(policy.max_delay, policy.base_delay * 2 ** (retry - 1)))
