import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from uuid import UUID

import pytest

from .wire import decode, encode

PAYMENT_ID = UUID("12345678-1234-5678-1234-567812345678")


@dataclass
class Payment:
    id: UUID
    amount: Decimal
    paid_at: datetime | None


def test_an_amount_is_read_exactly():
    body = decode('{"amount": 19.990, "fee": 0.1, "qty": 3}')
    assert body == {"amount": Decimal("19.990"), "fee": Decimal("0.1"), "qty": 3}
    assert str(body["amount"]) == "19.990"
    assert type(body["qty"]) is int


def test_a_huge_exponent_is_a_number_not_infinity():
    assert decode("1e400") == Decimal("1E+400")


def test_a_repeated_key_is_refused():
    with pytest.raises(ValueError):
        decode('{"amount": 1, "amount": 1000}')
    with pytest.raises(ValueError):
        decode('{"items": [{"sku": "a", "sku": "b"}]}')


def test_nan_and_infinity_are_not_json():
    for text in ['{"amount": NaN}', "[Infinity]", "-Infinity"]:
        with pytest.raises(ValueError):
            decode(text)
    for value in [float("nan"), {"amount": float("inf")}, [Decimal("NaN")], Decimal("-Infinity")]:
        with pytest.raises(ValueError):
            encode(value)


def test_amounts_ids_times_and_sets_are_written_as_strings_and_lists():
    text = encode(
        {
            "amount": Decimal("19.990"),
            "id": PAYMENT_ID,
            "at": datetime(2024, 5, 1, 12, 30, tzinfo=UTC),
            "day": date(2024, 5, 1),
            "tags": {"vip", "eu", "card"},
            "codes": frozenset({30, 4, 100}),
        }
    )
    assert json.loads(text) == {
        "amount": "19.990",
        "id": "12345678-1234-5678-1234-567812345678",
        "at": "2024-05-01T12:30:00+00:00",
        "day": "2024-05-01",
        "tags": ["card", "eu", "vip"],
        "codes": [4, 30, 100],
    }


def test_a_dataclass_becomes_an_object_of_its_fields():
    payment = Payment(PAYMENT_ID, Decimal("5.00"), None)
    assert json.loads(encode([payment])) == [
        {"id": "12345678-1234-5678-1234-567812345678", "amount": "5.00", "paid_at": None}
    ]


def test_an_unknown_type_is_refused():
    for value in [object(), {"raw": b"bytes"}, [1j], time(12, 30)]:
        with pytest.raises(TypeError):
            encode(value)


def test_money_survives_the_round_trip():
    amount = Decimal("1234567890.123456789")
    assert Decimal(decode(encode({"amount": amount}))["amount"]) == amount
    assert decode(encode({"amount": 0.5})) == {"amount": Decimal("0.5")}
