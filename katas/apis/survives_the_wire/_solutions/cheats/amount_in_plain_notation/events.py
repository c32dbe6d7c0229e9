"""Blind cheat: writes the amount with format(amount, "f") so JavaScript never sees exponent notation, which changes its digits.

Differs on: amount=Decimal("1E+2") -> "100" on the wire, decoded Decimal("100"): == but not str equal
(and Decimal("1E-7") -> "0.0000001").
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
        "at": event.at.astimezone(UTC).isoformat(),
        "amount": format(event.amount, "f"),  # no "1E+2" for the dashboard
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
