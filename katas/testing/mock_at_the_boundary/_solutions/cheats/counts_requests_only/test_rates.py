"""Weak suite: counts requests, and checks which errors are raised, but never looks
at the pauses' lengths, the URL's case or the error's __cause__: a constant
backoff, a lower-case URL and a lost cause all pass."""

import pytest

from .rates import RatesError, RatesUnavailable, fetch_rates


class Replies:
    def __init__(self, *replies):
        self.replies = list(replies)
        self.calls = 0

    def get(self, url):
        self.calls += 1
        reply = self.replies.pop(0)
        if isinstance(reply, BaseException):
            raise reply
        return reply


def no_sleep(seconds):
    pass


def test_a_200():
    assert fetch_rates(Replies((200, '{"rates": {"USD": 1.5}}')), "EUR", sleep=no_sleep) == {
        "USD": 1.5
    }


def test_gives_up_after_four_requests():
    transport = Replies(*[(500, "")] * 4)
    with pytest.raises(RatesUnavailable):
        fetch_rates(transport, "EUR", sleep=no_sleep)
    assert transport.calls == 4


def test_a_timeout_then_an_error_page_then_a_200():
    transport = Replies(TimeoutError(), (502, "<html>Bad Gateway</html>"), (200, '{"rates": {}}'))
    assert fetch_rates(transport, "EUR", sleep=no_sleep) == {}
    assert transport.calls == 3


@pytest.mark.parametrize("status", [400, 404])
def test_a_4xx_is_not_retried(status):
    transport = Replies((status, "not found"))
    with pytest.raises(RatesError, match=str(status)):
        fetch_rates(transport, "EUR", sleep=no_sleep)
    assert transport.calls == 1


def test_other_errors_propagate():
    transport = Replies(RuntimeError("bug"))
    with pytest.raises(RuntimeError):
        fetch_rates(transport, "EUR", sleep=no_sleep)
    assert transport.calls == 1


def test_a_bad_body_is_a_rates_error():
    with pytest.raises(RatesError):
        fetch_rates(Replies((200, "nope")), "EUR", sleep=no_sleep)
