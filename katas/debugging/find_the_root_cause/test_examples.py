from pathlib import Path

import pytest

from . import service
from .chains import origin, root_cause
from .service import HTTPError, UserRepository, UserService, handle

SERVICE = service.__file__


def line_of(text: str) -> int:
    """The line of service.py that holds `text`."""
    lines = Path(SERVICE).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def failure(user_id: str) -> HTTPError:
    rows = {"ada": {"name": "Ada", "age": "36"}, "bob": {"name": "Bob", "age": "forty"}}
    rows["eve"] = {"name": "Eve", "age": "29", "hidden": True}
    with pytest.raises(HTTPError) as caught:
        handle(UserService(UserRepository(rows)), user_id)
    return caught.value


def test_an_unknown_user_started_as_a_key_error_two_layers_down():
    error = failure("nobody")
    cause = root_cause(error)
    assert type(cause) is KeyError and cause.args == ("nobody",)
    assert cause is error.__cause__.__cause__


def test_the_origin_is_the_line_that_raised_not_the_one_that_caught():
    assert origin(failure("nobody")) == (SERVICE, line_of("return self._rows[user_id]"), "get")


def test_an_error_raised_while_handling_another_follows_the_context():
    error = failure("bob")  # age "forty": int() fails, the handler raises a 500
    cause = root_cause(error)
    assert type(cause) is ValueError and cause is error.__context__
    assert origin(error) == (SERVICE, line_of('int(row["age"])'), "profile")


def test_from_none_ends_the_chain_at_the_handler():
    error = failure("eve")
    assert root_cause(error) is error
    assert origin(error) == (SERVICE, line_of('HTTPError(403, "forbidden")'), "handle")


def test_a_cause_that_was_never_raised_has_no_origin():
    error = RuntimeError("wrapped")
    error.__cause__ = KeyError("id")
    assert root_cause(error) is error.__cause__
    assert origin(error) is None


def test_a_loop_stops_at_the_exception_that_leads_back():
    outer, middle, inner = ValueError("outer"), TypeError("middle"), OSError("inner")
    outer.__cause__, middle.__cause__, inner.__cause__ = middle, inner, middle
    assert root_cause(outer) is inner
