import json
import math
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from .events import Event, decode, encode

PARIS_SUMMER = timezone(timedelta(hours=2))


def event(**changes):
    fields = {
        "id": 17,
        "at": datetime(2024, 5, 1, 10, 0, tzinfo=UTC),
        "amount": Decimal("19.99"),
        "tags": frozenset(),
        "blob": b"",
        "rate": 0.5,
    }
    return Event(**(fields | changes))


def wire(value):
    return json.loads(encode(value))


def test_an_id_javascript_would_round_is_sent_as_text():
    assert wire(event(id=2**53 + 1))["id"] == "9007199254740993"
    assert wire(event(id=2**53 - 1))["id"] == 2**53 - 1


def test_times_go_out_in_utc():
    at = wire(event(at=datetime(2024, 5, 1, 12, 30, tzinfo=PARIS_SUMMER)))["at"]
    assert datetime.fromisoformat(at) == datetime(2024, 5, 1, 10, 30, tzinfo=UTC)
    assert datetime.fromisoformat(at).utcoffset() == timedelta(0)


def test_a_naive_time_is_refused():
    with pytest.raises(ValueError):
        encode(event(at=datetime(2024, 5, 1, 10, 0)))


def test_money_keeps_its_digits():
    assert wire(event(amount=Decimal("19.990")))["amount"] == "19.990"
    assert decode(encode(event(amount=Decimal("0.1")))).amount == Decimal("0.1")


def test_tags_go_out_sorted():
    tags = frozenset({"pear", "fig", "apple", "kiwi", "date", "lime"})
    assert wire(event(tags=tags))["tags"] == ["apple", "date", "fig", "kiwi", "lime", "pear"]


def test_bytes_go_out_as_base64():
    assert wire(event(blob=b"\xff\x00hi"))["blob"] == "/wBoaQ=="


def test_nan_is_refused():
    with pytest.raises(ValueError):
        encode(event(rate=math.nan))


def test_an_event_comes_back_exactly():
    original = event(id=-(2**60), at=datetime(2024, 5, 1, 12, 0, 0, 250, tzinfo=PARIS_SUMMER))
    back = decode(encode(original))
    assert back == original
    assert back.id == -(2**60)
    assert back.at.utcoffset() == timedelta(0)


def test_ids_as_text_and_other_offsets_are_read():
    text = (
        '{"id": "17", "at": "2024-05-01T12:00:00+02:00", "amount": "1.50",'
        ' "tags": ["b", "a"], "blob": "aGk=", "rate": -0.0}'
    )
    back = decode(text)
    assert back == event(
        id=17,
        amount=Decimal("1.50"),
        at=datetime(2024, 5, 1, 10, tzinfo=UTC),
        tags=frozenset({"a", "b"}),
        blob=b"hi",
        rate=-0.0,
    )
    assert back.at.utcoffset() == timedelta(0)
