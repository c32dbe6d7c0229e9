import json
import re

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .users import load_users

good = st.builds(
    lambda name, age: json.dumps({"name": name, "age": age}),
    st.sampled_from(["ana", "bo", "cy"]),
    st.integers(0, 99),
)
broken = st.sampled_from(
    [
        "dee,40",  # not JSON: JSONDecodeError
        "",  # not JSON either
        '{"name": "eve"}',  # no age: KeyError
        '{"age": 5}',  # no name: KeyError
        '{"name": "fay", "age": "old"}',  # ValueError from int()
        "null",  # JSON, but not an object: TypeError
        "[1, 2]",  # TypeError
        '"gus"',  # TypeError
    ]
)
exports = st.lists(good | broken, max_size=8)


def line_numbers(error: BaseException) -> list[int]:
    """The line numbers that the error's notes start with."""
    found = (re.match(r"line (\d+)\b", note) for note in getattr(error, "__notes__", []))
    return [int(match[1]) for match in found if match]


def outcome(load_users, lines: list[str]) -> object:
    """The users loaded, or which failures the caller is told about, and on which lines."""
    try:
        users = load_users(list(lines))
    except Exception as error:
        if not isinstance(error, ExceptionGroup):
            return f"raised {type(error).__name__} alone, not an ExceptionGroup"
        return {
            "raised an ExceptionGroup of": [
                (type(e).__name__, "line", *line_numbers(e)) for e in error.exceptions
            ]
        }
    return {"loaded": [(user.name, user.age) for user in users]}


@kata_settings
@given(lines=exports)
@example(lines=["null", "dee,40"])  # any failure of a line, not only KeyError and ValueError
def test_every_broken_line_is_reported_and_none_is_dropped(reference, lines):
    got = outcome(load_users, lines)
    want = outcome(reference.load_users, lines)
    assert_same(got, want, lines=lines)
