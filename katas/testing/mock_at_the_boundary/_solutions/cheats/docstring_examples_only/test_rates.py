"""Blind weak suite: checks only the docstring example (a 503 then a 200, one pause of 0.5); no give-up, no 4xx, no cause, no URL."""

from unittest.mock import Mock

from .rates import fetch_rates

BODY = '{"rates": {"USD": 1.08, "GBP": 0.85}}'


def test_returns_the_rates_of_a_200():
    transport = Mock()
    transport.get.return_value = (200, '{"rates": {"USD": 1.08}}')
    assert fetch_rates(transport, "EUR") == {"USD": 1.08}


def test_docstring_example_503_then_200():
    transport = Mock()
    transport.get.side_effect = [(503, "down"), (200, BODY)]
    pauses = []
    assert fetch_rates(transport, "eur", sleep=pauses.append) == {"USD": 1.08, "GBP": 0.85}
    assert pauses == [0.5]
