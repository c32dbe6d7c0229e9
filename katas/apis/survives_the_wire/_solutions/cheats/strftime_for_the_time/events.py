"""Cheat: writes the time with strftime("%Y-%m-%dT%H:%M:%S.%fZ").

On Linux %Y does not pad years below 1000 to four digits: datetime(999, 1, 1)
goes out as "999-01-01T00:00:00.000000Z", which is not ISO 8601 and which
fromisoformat (and a browser) refuses.
"""

import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class Event:
    id: int
    at: datetime
    amount: Decimal
    tags: frozenset[str]
    blob: bytes
    rate: float


_UTC = timezone(timedelta(0))
_JS_SAFE = range(-(2**53) + 1, 2**53)


def _send_id(value: int) -> int | str:
    return value if value in _JS_SAFE else str(value)


def _send_at(value: datetime) -> str:
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise ValueError("naive datetime")
    return value.astimezone(_UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _send_amount(value: Decimal) -> str:
    if value.is_nan() or value.is_infinite():
        raise ValueError("amount must be finite")
    return str(value)


def _send_rate(value: float) -> float:
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("rate must be finite")
    return value


def _read_at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(_UTC)


_FIELDS: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {
    "id": (_send_id, int),
    "at": (_send_at, _read_at),
    "amount": (_send_amount, Decimal),
    "tags": (sorted, frozenset),
    "blob": (lambda b: binascii.b2a_base64(b, newline=False).decode(), binascii.a2b_base64),
    "rate": (_send_rate, float),
}


def encode(event: Event) -> str:
    return json.dumps({name: send(getattr(event, name)) for name, (send, _) in _FIELDS.items()})


def decode(text: str) -> Event:
    data = json.loads(text)
    return Event(**{name: read(data[name]) for name, (_, read) in _FIELDS.items()})
