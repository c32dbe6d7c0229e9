"""Weak suite: only the happy path and one retry that then succeeds. It never makes
every attempt fail, so the number of attempts, the pauses after the first, the error
raised on giving up and its cause go unchecked, and never sends a 4xx or a bad body."""

from unittest.mock import Mock

from .rates import fetch_rates

BODY = '{"rates": {"USD": 1.08}}'


def test_returns_the_rates_of_a_200():
    transport = Mock()
    transport.get.return_value = (200, BODY)
    assert fetch_rates(transport, "EUR", sleep=Mock()) == {"USD": 1.08}
    transport.get.assert_called_once_with("https://rates.example.com/v1/latest?base=EUR")


def test_a_503_is_retried():
    transport = Mock()
    transport.get.side_effect = [(503, "down"), (200, BODY)]
    sleep = Mock()
    assert fetch_rates(transport, "EUR", sleep=sleep) == {"USD": 1.08}
    assert transport.get.call_count == 2
    sleep.assert_called_once_with(0.5)
