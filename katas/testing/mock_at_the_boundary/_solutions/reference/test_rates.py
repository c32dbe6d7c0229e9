"""Tests for rates.fetch_rates: a fake at the boundary (the transport and sleep), never a
patch of rates' own helpers, so they hold for any correct implementation."""

import pytest

from .rates import RatesError, RatesUnavailable, fetch_rates

URL = "https://rates.example.com/v1/latest?base=EUR"
RATES = '{"base": "EUR", "date": "2024-05-01", "rates": {"USD": 1.08, "GBP": 0.85}}'


class FakeTransport:
    """Plays back scripted replies, one per get(): a (status, body) pair, or an
    exception to raise. Records every URL it was asked for."""

    def __init__(self, *replies):
        self.replies = list(replies)
        self.urls = []

    def get(self, url):
        self.urls.append(url)
        reply = self.replies.pop(0)
        if isinstance(reply, BaseException):
            raise reply
        return reply


@pytest.fixture
def pauses():
    return []


def test_returns_the_rates_of_a_200(pauses):
    transport = FakeTransport((200, RATES))
    assert fetch_rates(transport, "EUR", sleep=pauses.append) == {"USD": 1.08, "GBP": 0.85}
    assert transport.urls == [URL]
    assert pauses == []


def test_rates_come_back_as_floats(pauses):
    rates = fetch_rates(FakeTransport((200, '{"rates": {"JPY": 160}}')), "EUR", sleep=pauses.append)
    assert rates == {"JPY": 160.0}
    assert type(rates["JPY"]) is float


def test_asks_for_the_base_in_upper_case(pauses):
    transport = FakeTransport((200, RATES))
    fetch_rates(transport, "eur", sleep=pauses.append)
    assert transport.urls == [URL]


@pytest.mark.parametrize("base", ["", "EU", "EURO", "E1R", "EÜR", " EUR"])
def test_a_bad_currency_code_is_refused_before_any_request(base, pauses):
    transport = FakeTransport()
    with pytest.raises(ValueError):
        fetch_rates(transport, base, sleep=pauses.append)
    assert transport.urls == []


@pytest.mark.parametrize("failure", [(500, ""), (503, "Service Unavailable"), (599, "<html>")])
def test_a_server_error_is_retried_after_a_pause(failure, pauses):
    transport = FakeTransport(failure, (200, RATES))
    assert fetch_rates(transport, "EUR", sleep=pauses.append) == {"USD": 1.08, "GBP": 0.85}
    assert transport.urls == [URL, URL]
    assert pauses == [0.5]


def test_a_timeout_is_retried_after_a_pause(pauses):
    transport = FakeTransport(TimeoutError(), (200, RATES))
    assert fetch_rates(transport, "EUR", sleep=pauses.append) == {"USD": 1.08, "GBP": 0.85}
    assert transport.urls == [URL, URL]
    assert pauses == [0.5]


def test_by_default_it_gives_up_after_four_requests_and_three_doubling_pauses(pauses):
    transport = FakeTransport(*[(503, "")] * 4)
    with pytest.raises(RatesUnavailable):
        fetch_rates(transport, "EUR", sleep=pauses.append)
    assert transport.urls == [URL] * 4
    assert pauses == [0.5, 1.0, 2.0]


@pytest.mark.parametrize("retries", [0, 1, 5])
def test_retries_counts_the_requests_after_the_first(retries, pauses):
    transport = FakeTransport(*[(502, "Bad Gateway")] * (retries + 1))
    with pytest.raises(RatesUnavailable):
        fetch_rates(transport, "EUR", retries=retries, sleep=pauses.append)
    assert len(transport.urls) == retries + 1
    assert pauses == [0.5 * 2**n for n in range(retries)]


def test_the_last_timeout_is_the_cause_of_giving_up():
    last = TimeoutError("read timed out")
    transport = FakeTransport((503, ""), last)
    with pytest.raises(RatesUnavailable) as raised:
        fetch_rates(transport, "EUR", retries=1, sleep=lambda seconds: None)
    assert raised.value.__cause__ is last


def test_a_last_server_error_leaves_no_cause():
    transport = FakeTransport(TimeoutError(), (503, ""))
    with pytest.raises(RatesUnavailable) as raised:
        fetch_rates(transport, "EUR", retries=1, sleep=lambda seconds: None)
    assert raised.value.__cause__ is None


def test_giving_up_is_a_rates_error():
    assert issubclass(RatesUnavailable, RatesError)


@pytest.mark.parametrize("status", [400, 404, 429, 301, 204])
def test_other_statuses_fail_at_once_naming_the_status(status, pauses):
    transport = FakeTransport((status, '{"error": "no such currency"}'))
    with pytest.raises(RatesError, match=str(status)) as raised:
        fetch_rates(transport, "EUR", sleep=pauses.append)
    assert not isinstance(raised.value, RatesUnavailable)
    assert transport.urls == [URL]
    assert pauses == []


@pytest.mark.parametrize(
    "body",
    [
        "",
        "<html>maintenance</html>",
        "[]",
        '"rates"',
        "{}",
        '{"rates": [1.08]}',
        '{"rates": {"USD": "1.08"}}',
        '{"rates": {"USD": true}}',
        '{"rates": {"USD": 1.08, "GBP": null}}',
    ],
)
def test_a_200_without_rates_fails_at_once(body, pauses):
    transport = FakeTransport((200, body))
    with pytest.raises(RatesError) as raised:
        fetch_rates(transport, "EUR", sleep=pauses.append)
    assert not isinstance(raised.value, RatesUnavailable)
    assert transport.urls == [URL]
    assert pauses == []


def test_another_transport_error_propagates_at_once(pauses):
    broken = ConnectionRefusedError("connection refused")
    transport = FakeTransport(broken, (200, RATES))
    with pytest.raises(ConnectionRefusedError) as raised:
        fetch_rates(transport, "EUR", sleep=pauses.append)
    assert raised.value is broken
    assert transport.urls == [URL]
    assert pauses == []


def test_each_call_starts_afresh(pauses):
    transport = FakeTransport((503, ""), (200, RATES), (503, ""), (200, RATES))
    fetch_rates(transport, "EUR", retries=1, sleep=pauses.append)
    fetch_rates(transport, "EUR", retries=1, sleep=pauses.append)
    assert len(transport.urls) == 4
    assert pauses == [0.5, 0.5]
