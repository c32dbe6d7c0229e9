"""Blind weak suite: over-specifies internals: patches and counts calls to rates._parse and rates._url, and pins exact error messages."""

from unittest import mock

import pytest

from . import rates
from .rates import RatesError, RatesUnavailable, fetch_rates

BODY = '{"rates": {"USD": 1.08, "GBP": 0.85}}'
URL = "https://rates.example.com/v1/latest?base=EUR"


class FakeTransport:
    def __init__(self, *replies):
        self.replies = list(replies)
        self.urls = []

    def get(self, url):
        self.urls.append(url)
        reply = self.replies.pop(0)
        if isinstance(reply, BaseException):
            raise reply
        return reply


def test_returns_the_rates_of_a_200():
    transport = FakeTransport((200, BODY))
    pauses = []
    assert fetch_rates(transport, "EUR", sleep=pauses.append) == {"USD": 1.08, "GBP": 0.85}
    assert transport.urls == [URL]
    assert pauses == []


def test_builds_the_url_with_the_helper():
    transport = FakeTransport((200, BODY))
    with mock.patch.object(rates, "_url", wraps=rates._url) as url:
        fetch_rates(transport, "eur", sleep=lambda s: None)
    url.assert_called_once_with("eur")
    assert transport.urls == [URL]


def test_parse_is_called_once_with_the_body():
    transport = FakeTransport((503, "down"), (200, BODY))
    with mock.patch.object(rates, "_parse", return_value={"USD": 1.0}) as parse:
        result = fetch_rates(transport, "EUR", sleep=lambda s: None)
    parse.assert_called_once_with(BODY)
    assert result == {"USD": 1.0}


def test_parse_is_never_called_on_a_server_error():
    transport = FakeTransport((503, "Service Unavailable"), (200, BODY))
    with mock.patch.object(rates, "_parse", wraps=rates._parse) as parse:
        fetch_rates(transport, "EUR", sleep=lambda s: None)
    assert parse.call_count == 1


def test_is_number_rejects_booleans():
    assert rates._is_number(1.5)
    assert not rates._is_number(True)


def test_gives_up_after_four_requests_with_doubling_pauses():
    transport = FakeTransport(*[(503, "")] * 5)
    pauses = []
    with pytest.raises(RatesUnavailable) as raised:
        fetch_rates(transport, "EUR", sleep=pauses.append)
    assert len(transport.urls) == 4
    assert pauses == [0.5, 1.0, 2.0]
    assert str(raised.value) == f"gave up on {URL}: the service is down or too slow"


def test_timeout_is_the_cause():
    last = TimeoutError()
    transport = FakeTransport((503, ""), last)
    with pytest.raises(RatesUnavailable) as raised:
        fetch_rates(transport, "EUR", retries=1, sleep=lambda s: None)
    assert raised.value.__cause__ is last


def test_404_is_not_retried_with_exact_message():
    transport = FakeTransport((404, "nope"))
    pauses = []
    with pytest.raises(RatesError) as raised:
        fetch_rates(transport, "EUR", sleep=pauses.append)
    assert str(raised.value) == f"{URL} answered 404"
    assert transport.urls == [URL]
    assert pauses == []


def test_not_json_message():
    transport = FakeTransport((200, "<html>"))
    with pytest.raises(RatesError, match="^the answer is not JSON$"):
        fetch_rates(transport, "EUR")


def test_other_exceptions_propagate():
    transport = FakeTransport(ConnectionRefusedError(), (200, BODY))
    with pytest.raises(ConnectionRefusedError):
        fetch_rates(transport, "EUR", sleep=lambda s: None)
    assert len(transport.urls) == 1


def test_bad_base_message():
    with pytest.raises(ValueError, match=r"^not a currency code: 'EURO'$"):
        fetch_rates(FakeTransport(), "EURO")
