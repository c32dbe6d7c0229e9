"""Blind cheat: normalises the header names by lowercasing the caller's dict in place, so the caller's headers are modified.

Differs on: headers = {"Idempotency-Key": "k"}; a POST with them leaves the caller's dict as
{"idempotency-key": "k"} ("Idempotency-Key" in headers is now False), instead of unchanged.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

import httpx


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


IDEMPOTENT = {"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"}
RETRYABLE_STATUSES = {429, 502, 503, 504}
RETRYABLE_ERRORS = (httpx.ConnectError, httpx.TimeoutException)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if value is not None and re.fullmatch("[0-9]+", value.strip()):
        return int(value.strip())
    return None


def _safe_to_retry(method: str, headers: Mapping[str, str] | None) -> bool:
    if headers:
        for name in list(headers):  # header names are case-insensitive
            headers[name.lower()] = headers.pop(name)
    if method.upper() in IDEMPOTENT:
        return True
    return "idempotency-key" in (headers or {})


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
    attempts = policy.max_attempts if _safe_to_retry(method, headers) else 1

    def backoff(n: int) -> float:
        return rng.uniform(0, min(policy.max_delay, policy.base_delay * 2 ** (n - 1)))

    for n in range(1, attempts + 1):
        timeout = min(policy.attempt_timeout, ends_at - clock.monotonic())
        try:
            response = client.request(method, url, headers=headers, timeout=timeout)
        except RETRYABLE_ERRORS:
            if n == attempts:
                raise
            delay = backoff(n)
            if delay >= ends_at - clock.monotonic():
                raise
        else:
            if response.status_code not in RETRYABLE_STATUSES or n == attempts:
                return response
            delay = _retry_after(response)
            if delay is None:
                delay = backoff(n)
            if delay >= ends_at - clock.monotonic():
                return response
        clock.sleep(delay)
    raise AssertionError("unreachable")
