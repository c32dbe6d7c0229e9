"""Blind weak suite: a Mock transport and only outcomes checked (results, pytest.raises(Exception)); never the URL, the number of requests, the pauses or the cause."""

from unittest.mock import Mock

import pytest

from .rates import fetch_rates

BODY = '{"rates": {"USD": 1.08, "GBP": 0.85}}'


def make_transport(*replies):
    transport = Mock()
    transport.get.side_effect = list(replies)
    return transport


def test_returns_the_rates_of_a_200():
    transport = make_transport((200, BODY))
    assert fetch_rates(transport, "EUR") == {"USD": 1.08, "GBP": 0.85}
    assert transport.get.called


def test_recovers_after_a_503():
    transport = make_transport((503, "{}"), (200, BODY))
    assert fetch_rates(transport, "EUR", sleep=Mock()) == {"USD": 1.08, "GBP": 0.85}


def test_recovers_after_a_timeout():
    transport = make_transport(TimeoutError(), (200, BODY))
    sleep = Mock()
    assert fetch_rates(transport, "EUR", sleep=sleep) == {"USD": 1.08, "GBP": 0.85}
    assert sleep.called


def test_gives_up_when_always_down():
    transport = Mock()
    transport.get.return_value = (503, "{}")
    with pytest.raises(Exception):
        fetch_rates(transport, "EUR", sleep=Mock())


def test_a_404_is_an_error():
    transport = make_transport((404, "nope"), (404, "nope"), (404, "nope"), (404, "nope"))
    with pytest.raises(Exception):
        fetch_rates(transport, "EUR", sleep=Mock())


def test_bad_json_is_an_error():
    transport = make_transport((200, "not json"))
    with pytest.raises(Exception):
        fetch_rates(transport, "EUR", sleep=Mock())


def test_bad_base_is_an_error():
    with pytest.raises(Exception):
        fetch_rates(Mock(), "euro")
