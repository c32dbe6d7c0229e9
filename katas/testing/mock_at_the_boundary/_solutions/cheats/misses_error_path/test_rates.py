"""Blind weak suite: happy path only (URL, rates, a retry that then succeeds); never lets every attempt fail, never a 4xx, a cause or another exception."""

import pytest

from .rates import fetch_rates

BODY = '{"rates": {"USD": 1.08, "GBP": 0.85}, "date": "2024-01-02"}'
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


def test_a_200_on_the_first_try():
    transport = FakeTransport((200, BODY))
    pauses = []
    assert fetch_rates(transport, "EUR", sleep=pauses.append) == {"USD": 1.08, "GBP": 0.85}
    assert transport.urls == [URL]
    assert pauses == []


@pytest.mark.parametrize("base", ["EUR", "eur", "Eur"])
def test_the_code_is_upper_cased(base):
    transport = FakeTransport((200, BODY))
    fetch_rates(transport, base, sleep=lambda s: None)
    assert transport.urls == [URL]


def test_rates_are_floats():
    transport = FakeTransport((200, '{"rates": {"JPY": 160}}'))
    result = fetch_rates(transport, "EUR", sleep=lambda s: None)
    assert result == {"JPY": 160.0}
    assert isinstance(result["JPY"], float)


def test_a_503_then_a_200():
    transport = FakeTransport((503, '{"rates": {}}'), (200, BODY))
    pauses = []
    assert fetch_rates(transport, "EUR", sleep=pauses.append) == {"USD": 1.08, "GBP": 0.85}
    assert transport.urls == [URL, URL]
    assert pauses == [0.5]


def test_a_timeout_then_a_200():
    transport = FakeTransport(TimeoutError(), (200, BODY))
    pauses = []
    assert fetch_rates(transport, "EUR", sleep=pauses.append) == {"USD": 1.08, "GBP": 0.85}
    assert len(transport.urls) == 2
    assert pauses == [0.5]


def test_two_failures_then_a_200():
    transport = FakeTransport((500, ""), TimeoutError(), (200, BODY))
    pauses = []
    assert fetch_rates(transport, "EUR", sleep=pauses.append) == {"USD": 1.08, "GBP": 0.85}
    assert pauses == [0.5, 1.0]


def test_each_call_starts_afresh():
    pauses = []
    fetch_rates(FakeTransport((503, ""), (200, BODY)), "EUR", sleep=pauses.append)
    fetch_rates(FakeTransport((503, ""), (200, BODY)), "EUR", sleep=pauses.append)
    assert pauses == [0.5, 0.5]
