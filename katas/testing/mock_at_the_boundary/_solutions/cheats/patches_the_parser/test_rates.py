"""Weak suite: mocks the internals, not the boundary. It patches rates._parse and
rates._url and asserts how they are called, so it fails on correct implementations
that parse and build the URL in helpers of other names (or in none)."""

from unittest import mock

import pytest

from . import rates
from .rates import RatesError, RatesUnavailable, fetch_rates


def transport_replying(*replies):
    transport = mock.Mock()
    transport.get.side_effect = list(replies)
    return transport


def test_a_200_is_parsed():
    transport = transport_replying((200, "BODY"))
    with mock.patch.object(rates, "_parse", return_value={"USD": 1.0}) as parse:
        assert fetch_rates(transport, "EUR", sleep=mock.Mock()) == {"USD": 1.0}
    parse.assert_called_once_with("BODY")


def test_the_url_comes_from_url_helper():
    transport = transport_replying((200, '{"rates": {}}'))
    with mock.patch.object(rates, "_url", return_value="http://x") as url:
        fetch_rates(transport, "eur", sleep=mock.Mock())
    url.assert_called_once_with("eur")
    transport.get.assert_called_once_with("http://x")


def test_server_errors_are_retried_with_doubling_pauses():
    transport = transport_replying((503, ""), (503, ""), (503, ""), (503, ""))
    sleep = mock.Mock()
    with pytest.raises(RatesUnavailable):
        fetch_rates(transport, "EUR", sleep=sleep)
    assert transport.get.call_count == 4
    assert sleep.call_args_list == [mock.call(0.5), mock.call(1.0), mock.call(2.0)]


def test_a_404_is_not_retried():
    transport = transport_replying((404, ""))
    with pytest.raises(RatesError, match="404"):
        fetch_rates(transport, "EUR", sleep=mock.Mock())
    assert transport.get.call_count == 1


def test_a_timeout_is_the_cause():
    timeout = TimeoutError()
    transport = transport_replying(timeout)
    with pytest.raises(RatesUnavailable) as raised:
        fetch_rates(transport, "EUR", retries=0, sleep=mock.Mock())
    assert raised.value.__cause__ is timeout


def test_other_errors_propagate():
    transport = transport_replying(KeyError("boom"))
    with pytest.raises(KeyError):
        fetch_rates(transport, "EUR", sleep=mock.Mock())
    assert transport.get.call_count == 1
