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
import re
import time
from collections.abc import Callable
from typing import Protocol

SERVICE = "https://rates.example.com/v1"
FIRST_DELAY = 0.5


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
    url = _url(base)
    delay = FIRST_DELAY
    timeout: TimeoutError | None = None
    for attempt in range(retries + 1):
        if attempt > 0:
            sleep(delay)
            delay *= 2
        try:
            status, body = transport.get(url)
        except TimeoutError as error:
            timeout = error
            continue
        timeout = None
        rates = _parse(body)
        if status == 200:
            return rates
        if status < 500:
            raise RatesError(f"{url} answered {status}")
    raise RatesUnavailable(f"gave up on {url}: the service is down or too slow") from timeout


def _url(base: str) -> str:
    if not re.fullmatch(r"[A-Za-z]{3}", base):
        raise ValueError(f"not a currency code: {base!r}")
    return f"{SERVICE}/latest?base={base.upper()}"


def _parse(body: str) -> dict[str, float]:
    try:
        data = json.loads(body)
    except ValueError as error:
        raise RatesError("the answer is not JSON") from error
    rates = data.get("rates") if isinstance(data, dict) else None
    if not isinstance(rates, dict) or not all(map(_is_number, rates.values())):
        raise RatesError("the answer holds no object of rates")
    return {code: float(rate) for code, rate in rates.items()}


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
