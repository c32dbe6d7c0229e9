import gc
import weakref
from datetime import date
from decimal import Decimal

import pytest

from . import before
from .fakes import CountingSource
from .rates import ExchangeRates

DAY = date(2024, 5, 1)


def test_a_rate_asked_twice_is_fetched_once():
    source = CountingSource()
    rates = ExchangeRates(DAY, source)
    assert rates.rate("EUR", "USD") == rates.rate("EUR", "USD")
    assert source.fetches == [(DAY, "EUR", "USD")], f"{len(source.fetches)} fetches, not 1"


def test_a_report_fetches_each_currency_once():
    source = CountingSource()
    invoices = [(Decimal("10.00"), "EUR"), (Decimal("5.00"), "GBP"), (Decimal("7.50"), "USD")] * 100
    total = ExchangeRates(DAY, source).total(invoices, "USD")
    assert total == before.ExchangeRates(DAY, CountingSource()).total(invoices, "USD")
    fetched = sorted(source.fetches)
    assert fetched == [(DAY, "EUR", "USD"), (DAY, "GBP", "USD")], f"{len(fetched)} fetches, not 2"


def test_the_same_currency_is_never_fetched():
    source = CountingSource()
    assert ExchangeRates(DAY, source).convert(Decimal("3.10"), "CHF", "CHF") == Decimal("3.10")
    assert source.fetches == []


def test_another_day_has_its_own_rates():
    source = CountingSource()
    may_1 = ExchangeRates(DAY, source).rate("EUR", "USD")
    may_2 = ExchangeRates(date(2024, 5, 2), source).rate("EUR", "USD")
    assert may_1 != may_2
    assert source.fetches == [(DAY, "EUR", "USD"), (date(2024, 5, 2), "EUR", "USD")]


def test_a_failed_fetch_is_asked_again():
    source = CountingSource(failing=frozenset({"XXX"}))
    rates = ExchangeRates(DAY, source)
    for _ in range(2):
        with pytest.raises(LookupError):
            rates.rate("XXX", "USD")
    assert len(source.fetches) == 2


def test_rates_no_longer_used_are_freed():
    rates = ExchangeRates(DAY, CountingSource())
    rates.total([(Decimal("1.00"), "EUR")], "USD")
    freed = weakref.ref(rates)
    del rates
    gc.collect()
    assert freed() is None, "something still holds the ExchangeRates object"
