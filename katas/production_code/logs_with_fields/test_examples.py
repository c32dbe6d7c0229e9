import logging

import pytest

from .orders import CardDeclined, charge_order

# What every LogRecord has; anything else on a record is a field the code added.
STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


def fields(record: logging.LogRecord) -> dict[str, object]:
    return {name: value for name, value in vars(record).items() if name not in STANDARD}


class FakeGateway:
    def __init__(self, payment_id: str = "pay_9", declined: str | None = None) -> None:
        self.payment_id, self.declined = payment_id, declined

    def charge(self, customer_id: str, amount_cents: int) -> str:
        if self.declined is not None:
            raise CardDeclined(self.declined)
        return self.payment_id


@pytest.fixture
def log(caplog):
    caplog.set_level(logging.DEBUG)
    return caplog


def test_a_charge_is_logged_with_its_fields(log):
    assert charge_order("A-17", "cus_42", 1999, FakeGateway("pay_9")) == "pay_9"
    [record] = log.records
    assert (record.name, record.levelno) == ("shop.orders", logging.INFO)
    assert fields(record) == {
        "event": "order_charged",
        "order_id": "A-17",
        "customer_id": "cus_42",
        "amount_cents": 1999,
        "payment_id": "pay_9",
    }


def test_a_declined_card_is_a_warning_with_the_reason(log):
    assert charge_order("B-3", "cus_7", 500, FakeGateway(declined="insufficient funds")) is None
    [record] = log.records
    assert (record.name, record.levelno) == ("shop.orders", logging.WARNING)
    assert fields(record) == {
        "event": "card_declined",
        "order_id": "B-3",
        "customer_id": "cus_7",
        "amount_cents": 500,
        "reason": "insufficient funds",
    }


def test_the_amount_stays_a_number_the_pipeline_can_compare(log):
    charge_order("C-1", "cus_1", 25000, FakeGateway("pay_1"))
    [record] = log.records
    assert type(record.amount_cents) is int and record.amount_cents > 10000


def test_every_record_of_an_order_can_be_found_by_its_id(log):
    charge_order("A-17", "cus_42", 1999, FakeGateway(declined="expired card"))
    charge_order("B-3", "cus_42", 500, FakeGateway("pay_2"))
    charge_order("A-17", "cus_42", 1999, FakeGateway("pay_3"))
    found = [record.event for record in log.records if getattr(record, "order_id", None) == "A-17"]
    assert found == ["card_declined", "order_charged"]
