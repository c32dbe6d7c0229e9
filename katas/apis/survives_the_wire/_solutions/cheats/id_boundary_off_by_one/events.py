"""Blind cheat: tests the id against 2**53 (the first float64 gap) instead of 2**53 - 1, so +/-2**53 goes out as a JSON number.

Differs on: encode(event with id=2**53) writes "id": 9007199254740992, a number, not "9007199254740992".
"""

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


MAX_SAFE_INTEGER = 2**53 - 1


def encode(event: Event) -> str:
    if event.at.utcoffset() is None:
        raise ValueError(f"naive datetime: {event.at!r}")
    if not event.amount.is_finite():
        raise ValueError(f"amount is not finite: {event.amount!r}")
    body = {
        "id": event.id if abs(event.id) <= 2**53 else str(event.id),
        "at": event.at.astimezone(UTC).isoformat(),
        "amount": str(event.amount),
        "tags": sorted(event.tags),
        "blob": base64.b64encode(event.blob).decode("ascii"),
        "rate": event.rate,
    }
    return json.dumps(body, allow_nan=False)


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
