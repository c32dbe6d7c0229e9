"""Cheat: retries every httpx.TransportError, so a connection reset mid-response
(httpx.ReadError) or a protocol error is retried instead of propagating at once.
"""

import random
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

import httpx

RETRYABLE_STATUSES = {429, 502, 503, 504}
RETRYABLE_ERRORS = (httpx.TransportError,)
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
