"""Fetch today's exchange rates from a rates service, retrying while it is down.

``fetch_rates(transport, base, *, retries=3, sleep=time.sleep)`` returns the
rates for one base currency as a new dict, such as ``{"USD": 1.08, "GBP": 0.85}``:

- ``transport`` is the network: an object whose ``get(url)`` returns a pair
  ``(status, body)``, an int and a str, or raises ``TimeoutError``. It is
  always called as ``transport.get(url)``, the URL its one positional argument.
- ``base`` is a currency code, three ASCII letters in any case. The request
  is for ``https://rates.example.com/v1/latest?base=EUR``, with the code in
  upper case. Any other ``base`` raises ``ValueError``, and no request is made.
- Status 200: the body is JSON, an object whose ``"rates"`` member is an
  object mapping currency codes to numbers; its other members are ignored.
  The result maps the same codes to the same values, as floats. A body that
  is anything else (not JSON, no ``"rates"`` object, a rate that is a string,
  ``true`` or ``null``) raises ``RatesError`` at once, without retrying.
- A status of 500 or more, or a ``TimeoutError``, is a failed attempt, and is
  retried up to ``retries`` times (an int >= 0): at most ``retries + 1``
  requests in all, to the same URL. Before the first retry it calls
  ``sleep(0.5)``, and it doubles the delay before each further retry: 0.5,
  1.0, then 2.0 seconds for ``retries=3``. It never sleeps before the first
  request, nor after the last.
- When every attempt failed, it raises ``RatesUnavailable``, a kind of
  ``RatesError``. If the last attempt timed out, the error's ``__cause__`` is
  that ``TimeoutError``; if the last attempt got a status of 500 or more, its
  ``__cause__`` is None.
- Any other status (a 4xx, 429 included, a 3xx, a 204) raises ``RatesError``
  at once, without retrying; the status is in the error's message.
- Any other exception from the transport propagates unchanged, at once,
  without retrying.
- Nothing is kept between calls: each call starts afresh.

>>> pauses = []
>>> fetch_rates(transport, "eur", sleep=pauses.append)  # transport: a 503, then a 200
{'USD': 1.08, 'GBP': 0.85}
>>> pauses
[0.5]
"""

from __future__ import annotations

import json
import string
import time
from collections.abc import Callable
from typing import Protocol

LETTERS = frozenset(string.ascii_letters)


class Transport(Protocol):
    def get(self, url: str) -> tuple[int, str]: ...


class RatesError(Exception):
    """The rates service gave an answer that holds no rates."""


class RatesUnavailable(RatesError):
    """Every attempt failed: the service is down or too slow."""


def fetch_rates(
    transport: Transport,
    base: str,
    *,
    retries: int = 3,
    sleep: Callable[[float], object] = time.sleep,
) -> dict[str, float]:
    url = _request_url(base)
    # The pause before each request: none before the first, then 0.5 s, doubling.
    pauses = [None] + [0.5 * 2**n for n in range(retries)]
    failure: TimeoutError | None = None
    for pause in pauses:
        if pause is not None:
            sleep(pause)
        answer = _one_request(transport, url)
        if isinstance(answer, str):
            return _read_rates(answer)
        failure = answer
    raise RatesUnavailable(f"gave up on {url} after {len(pauses)} attempts") from failure


def _request_url(base: str) -> str:
    if len(base) != 3 or not LETTERS.issuperset(base):
        raise ValueError(f"bad currency code {base!r}")
    return f"https://rates.example.com/v1/latest?base={base.upper()}"


def _one_request(transport: Transport, url: str) -> str | TimeoutError | None:
    """The body of a 200; the TimeoutError, or None for a 5xx, to retry."""
    try:
        status, body = transport.get(url)
    except TimeoutError as timeout:
        return timeout
    if status >= 500:
        return None
    if status != 200:
        raise RatesError(f"unexpected status {status} from {url}")
    return body


def _read_rates(body: str) -> dict[str, float]:
    try:
        rates = json.loads(body)["rates"]
    except (ValueError, KeyError, TypeError) as error:
        raise RatesError(f"no rates in the answer {body[:80]!r}") from error
    if not isinstance(rates, dict):
        raise RatesError(f"'rates' is not an object in {body[:80]!r}")
    numbers = {}
    for code, rate in rates.items():
        if isinstance(rate, bool) or not isinstance(rate, (int, float)):
            raise RatesError(f"the rate for {code} is not a number")
        numbers[code] = float(rate)
    return numbers
