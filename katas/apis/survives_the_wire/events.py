"""Events for the dashboard, a JavaScript client, as JSON and back, losing nothing.

Event (below) is what the service holds. The dashboard reads the JSON with
JSON.parse, where every number is a float64 and nothing else is typed.

encode(event) -> str
    Strict JSON (no NaN, no Infinity), one object with exactly these keys;
    spacing and key order are free:

        "id"      event.id, any int: a JSON number when JavaScript can hold it
                  exactly (abs(id) <= 2**53 - 1, Number.MAX_SAFE_INTEGER), else a
                  string of its digits: 2**53 + 1 -> "9007199254740993"
        "at"      event.at, an aware datetime, as ISO 8601 text IN UTC:
                  "2024-05-01T10:00:00+00:00" or "2024-05-01T10:00:00Z", with
                  its microseconds when it has some ("...T10:00:00.000250Z")
        "amount"  event.amount, a Decimal (money), as a string of exactly its
                  digits, str(amount): Decimal("19.990") -> "19.990", never a float
        "tags"    event.tags, a frozenset of str, as a list in sorted order
        "blob"    event.blob, bytes, as standard base64 text (with "=" padding)
        "rate"    event.rate, a float, as a JSON number

    ValueError when the event cannot be written without losing or inventing
    something: `at` is naive (which zone would it be in?), or `rate` or
    `amount` is NaN or infinite (sNaN too).

decode(text) -> Event
    The Event back from such JSON, as any correct encoder writes it: "id" a
    number or a string of digits (either, whatever its size), "at" with any UTC
    offset (+02:00 too), returned as an aware datetime in UTC. So
    decode(encode(event)) == event, exactly: the same id, the same instant
    (with its microseconds) now in UTC, the same digits of amount (str equal),
    the same tags (a frozenset), bytes and float (-0.0 stays -0.0).

    >>> event = Event(2**53 + 1, datetime(2024, 5, 1, 12, tzinfo=timezone(timedelta(hours=2))),
    ...               Decimal("19.990"), frozenset({"b", "a"}), b"\\xff", 0.1)
    >>> json.loads(encode(event))
    {'id': '9007199254740993', 'at': '2024-05-01T10:00:00+00:00', 'amount': '19.990',
     'tags': ['a', 'b'], 'blob': '/w==', 'rate': 0.1}
    >>> decode(encode(event)) == event
    True

Right now ids above 2**53 reach the dashboard rounded, times go out in
whatever zone they were made in (naive ones too), amounts go through float,
tags come out in hash order, bytes are smuggled as latin-1 text, and NaN is
written although JSON.parse refuses it.
"""

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal


@dataclass(frozen=True)
class Event:
    id: int
    at: datetime
    amount: Decimal
    tags: frozenset[str]
    blob: bytes
    rate: float


def encode(event: Event) -> str:
    # TODO: each field needs a wire form a JavaScript client reads back exactly.
    return json.dumps(
        {
            "id": event.id,
            "at": event.at.isoformat(),
            "amount": float(event.amount),
            "tags": list(event.tags),
            "blob": event.blob.decode("latin-1"),
            "rate": event.rate,
        }
    )


def decode(text: str) -> Event:
    data = json.loads(text)
    return Event(
        id=data["id"],
        at=datetime.fromisoformat(data["at"]),
        amount=Decimal(data["amount"]),
        tags=frozenset(data["tags"]),
        blob=data["blob"].encode("latin-1"),
        rate=data["rate"],
    )
