import pytest

from .fakes import RecordedRates
from .model import Transaction, UnknownRate
from .statements import statement

RATES = {("USD", "2024-05-02"): 0.92, ("USD", "2024-05-03"): 0.93, ("CHF", "2024-05-02"): 1.04}


class CountedId(str):
    """A transaction id that counts how often it is compared with ==."""

    comparisons = 0

    def __eq__(self, other: object) -> bool:
        CountedId.comparisons += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def test_each_transaction_is_converted_and_totalled_per_account():
    month = [
        Transaction("t1", "acme", "2024-05-02", "USD", 1000),
        Transaction("t2", "bolt", "2024-05-02", "EUR", 250),
        Transaction("t3", "acme", "2024-05-03", "USD", -500),  # a refund
        Transaction("t4", "acme", "2024-05-02", "CHF", 333),
    ]
    assert statement(month, RecordedRates(RATES)) == {"acme": 920 - 465 + 346, "bolt": 250}


def test_a_transaction_delivered_twice_counts_once():
    t1 = Transaction("t1", "acme", "2024-05-02", "EUR", 1000)
    assert statement([t1, t1], RecordedRates(RATES)) == {"acme": 1000}


def test_an_unknown_rate_reaches_the_caller():
    with pytest.raises(UnknownRate):
        statement([Transaction("t1", "acme", "2024-05-09", "GBP", 1)], RecordedRates(RATES))


def test_the_rate_service_is_asked_once_per_currency_and_day():
    month = [Transaction(f"t{i}", "acme", "2024-05-02", "USD", 100 * i) for i in range(50)]
    rates = RecordedRates(RATES)
    assert statement(month, rates) == {"acme": sum(round(100 * i * 0.92) for i in range(50))}
    assert rates.calls == [("USD", "2024-05-02")]


def test_spotting_duplicates_does_not_compare_every_id_seen_before():
    month = [Transaction(CountedId(f"t{i}"), "acme", "2024-05-02", "EUR", 1) for i in range(200)]
    CountedId.comparisons = 0
    assert statement(month, RecordedRates(RATES)) == {"acme": 200}
    assert CountedId.comparisons <= len(month), f"{CountedId.comparisons} id comparisons"
