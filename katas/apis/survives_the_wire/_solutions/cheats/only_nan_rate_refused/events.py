"""Blind cheat: refuses a NaN rate with math.isnan() and leaves json.dumps at allow_nan=True, so an infinite rate is written as the non-JSON Infinity.

Differs on: encode(event with rate=math.inf) returns '..."rate": Infinity}' instead of raising ValueError.
"""

import base64
import json
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal


@dataclass(frozen=True)
class Event:
    id: int
    at: datetime
    amount: Decimal
    tags: frozenset[str]
    blob: bytes
    rate: float


MAX_SAFE_INTEGER = 2**53 - 1


def encode(event: Event) -> str:
    if event.at.utcoffset() is None:
        raise ValueError(f"naive datetime: {event.at!r}")
    if not event.amount.is_finite():
        raise ValueError(f"amount is not finite: {event.amount!r}")
    if math.isnan(event.rate):
        raise ValueError("rate is NaN: JSON.parse refuses it")
    body = {
        "id": event.id if abs(event.id) <= MAX_SAFE_INTEGER else str(event.id),
        "at": event.at.astimezone(UTC).isoformat(),
        "amount": str(event.amount),
        "tags": sorted(event.tags),
        "blob": base64.b64encode(event.blob).decode("ascii"),
        "rate": event.rate,
    }
    return json.dumps(body)


def decode(text: str) -> Event:
    data = json.loads(text)
    return Event(
        id=int(data["id"]),
        at=datetime.fromisoformat(data["at"]).astimezone(UTC),
        amount=Decimal(data["amount"]),
        tags=frozenset(data["tags"]),
        blob=base64.b64decode(data["blob"]),
        rate=float(data["rate"]),
    )
