"""Reference: one wire form per type, which JSON.parse reads exactly and decode inverts."""

import base64
import json
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


MAX_SAFE_INTEGER = 2**53 - 1  # the largest n with every int up to n exact in a float64


def encode(event: Event) -> str:
    if event.at.utcoffset() is None:
        raise ValueError(f"a naive datetime has no time zone: {event.at!r}")
    if not event.amount.is_finite():
        raise ValueError(f"amount is not a number of money: {event.amount!r}")
    body = {
        "id": event.id if abs(event.id) <= MAX_SAFE_INTEGER else str(event.id),
        "at": event.at.astimezone(UTC).isoformat(),
        "amount": str(event.amount),
        "tags": sorted(event.tags),
        "blob": base64.b64encode(event.blob).decode("ascii"),
        "rate": event.rate,
    }
    return json.dumps(body, allow_nan=False)  # ValueError for a NaN or infinite rate


def decode(text: str) -> Event:
    data = json.loads(text)
    return Event(
        id=int(data["id"]),
        at=datetime.fromisoformat(data["at"]).astimezone(UTC),
        amount=Decimal(data["amount"]),
        tags=frozenset(data["tags"]),
        blob=base64.b64decode(data["blob"]),
        rate=float(data["rate"]),  # JSON.stringify(1.0) writes 1
    )
