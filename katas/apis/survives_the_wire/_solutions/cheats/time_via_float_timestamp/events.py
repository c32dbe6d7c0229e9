"""Blind cheat: sends the time through a float POSIX timestamp (at.timestamp()) and back, which loses microseconds for far-off dates.

Differs on: at = datetime(3000, 6, 1, 12, 0, 0, 250, tzinfo=UTC): the wire says
"3000-06-01T12:00:00.000252+00:00", so decode(encode(event)).at != event.at (and
9999-12-31T23:59:59.999999 raises "year 10000 is out of range").
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
        "id": event.id if abs(event.id) <= MAX_SAFE_INTEGER else str(event.id),
        "at": datetime.fromtimestamp(event.at.timestamp(), UTC).isoformat(),  # the instant, in UTC
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
