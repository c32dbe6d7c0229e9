import pytest

from .retry import retry


def flaky(*outcomes):
    """A function that raises or returns each outcome in turn, and counts its calls."""
    remaining = list(outcomes)

    def call(url: str, *, timeout: int = 10) -> str:
        call.calls += 1
        outcome = remaining.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return f"{outcome} from {url} within {timeout}s"

    call.calls = 0
    return call


def test_a_call_that_fails_twice_succeeds_on_the_third_try():
    fetch = flaky(ConnectionError("reset"), ConnectionError("reset"), "page")
    assert retry(times=3, on=(ConnectionError,))(fetch)("/a", timeout=5) == "page from /a within 5s"
    assert fetch.calls == 3


def test_after_the_last_try_the_last_error_propagates_as_is():
    errors = [ConnectionError("first"), ConnectionError("second"), ConnectionError("third")]
    fetch = flaky(*errors)
    with pytest.raises(ConnectionError) as raised:
        retry(times=3, on=(ConnectionError,))(fetch)("/a")
    assert raised.value is errors[-1]
    assert fetch.calls == 3


def test_an_error_not_in_on_propagates_at_once():
    fetch = flaky(KeyError("url"), "page")
    with pytest.raises(KeyError):
        retry(times=3, on=(ConnectionError,))(fetch)("/a")
    assert fetch.calls == 1


def test_the_decorated_function_keeps_its_name_docstring_and_original():
    def fetch(url: str) -> str:
        """Download a page."""
        return "<html>"

    decorated = retry(times=2, on=(ConnectionError,))(fetch)
    assert decorated.__name__ == "fetch"
    assert decorated.__qualname__ == fetch.__qualname__
    assert decorated.__doc__ == "Download a page."
    assert decorated.__wrapped__ is fetch
