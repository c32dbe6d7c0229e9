import asyncio
import json
import re
from collections.abc import Callable

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import users

good = st.builds(
    lambda name, age, extra: json.dumps({"name": name, "age": age, **extra}),
    st.sampled_from(["ana", "bo", "cy", ""]) | st.text(max_size=5),
    st.integers() | st.sampled_from(["31", " 7 ", "-3", "٣", True]),
    st.dictionaries(st.sampled_from(["email", "Age", "NAME"]), st.integers(0, 9), max_size=1),
)
broken = st.sampled_from(
    [
        "dee,40",  # not JSON: JSONDecodeError
        "",  # not JSON either: a blank line is a broken line, not a line to skip
        "   ",
        "\n",
        '{"name": "eve"}',  # no age: KeyError
        '{"age": 5}',  # no name: KeyError
        '{"Name": "eve", "Age": 5}',  # keys are case-sensitive
        '{"name": "fay", "age": "old"}',  # ValueError from int()
        '{"name": "fay", "age": "1e3"}',
        '{"name": "fay", "age": NaN}',  # ValueError: NaN has no int
        '{"name": "gil", "age": 1e999}',  # OverflowError: an ArithmeticError, not a ValueError
        '{"name": "hal", "age": null}',  # TypeError
        '{"name": "hal", "age": [31]}',  # TypeError
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


def failures(group: ExceptionGroup) -> list[object]:
    """What the caller learns from each failure: its kind, message, chain and line numbers."""
    seen = []
    for n, error in enumerate(group.exceptions):
        seen.append(
            {
                "type": type(error).__name__,
                "message": str(error),
                "cause": type(error.__cause__).__name__,
                "context": type(error.__context__).__name__,
                "suppress_context": error.__suppress_context__,
                "was raised": error.__traceback__ is not None,
                "the same object as an earlier failure": any(
                    error is other for other in group.exceptions[:n]
                ),
                "line": line_numbers(error),
            }
        )
    return seen


def outcome(load_users, lines: list[str]) -> object:
    """The users loaded, or which failures the caller is told about, and on which lines."""
    given_lines = list(lines)
    try:
        loaded = load_users(given_lines)
    except Exception as error:
        if not isinstance(error, ExceptionGroup):
            seen: object = f"raised {type(error).__name__} alone, not an ExceptionGroup"
        else:
            seen = {"raised an ExceptionGroup of": failures(error)}
    else:
        seen = {
            "loaded": [(type(user).__name__, user.name, user.age) for user in loaded],
            "frozen": [is_frozen(user) for user in loaded],
        }
    return {"outcome": seen, "lines afterwards": given_lines}


def is_frozen(user: object) -> bool:
    try:
        user.age = -1  # type: ignore[attr-defined]
    except AttributeError:
        return True
    return False


@kata_settings
@given(lines=exports)
@example(lines=["null", "dee,40"])  # any failure of a line, not only KeyError and ValueError
@example(lines=['{"name": "gil", "age": 1e999}'])  # OverflowError is not a ValueError
@example(lines=["x", "x"])  # a repeated line is reported with each of its numbers
@example(lines=["", '{"name": "ana", "age": 31}'])  # a blank line is a broken line
def test_every_broken_line_is_reported_and_none_is_dropped(reference, lines):
    got = [outcome(users.load_users, lines), outcome(users.load_users, lines)]
    want = [outcome(reference.load_users, lines), outcome(reference.load_users, lines)]
    assert_same(got, want, lines=lines)


class ParseBug(Exception):
    """An error of parse_user()'s own."""


class Shutdown(BaseException):
    """A "stop" of the application's own: not an error."""


#: What a parse_user() may raise: errors (Exception) ...
PARSE_RAISES: dict[str, Callable[[], BaseException]] = {
    "KeyError": lambda: KeyError("age"),
    "ValueError": lambda: ValueError("invalid literal for int() with base 10: 'old'"),
    "OverflowError": lambda: OverflowError("cannot convert float infinity to integer"),
    "ParseBug": lambda: ParseBug("unexpected state"),
    "ExceptionGroup": lambda: ExceptionGroup("two fields", [KeyError("name"), ValueError("age")]),
    # ... and exceptions that are not errors.
    "KeyboardInterrupt": KeyboardInterrupt,
    "SystemExit": lambda: SystemExit(1),
    "CancelledError": asyncio.CancelledError,
    "GeneratorExit": GeneratorExit,
    "Shutdown": lambda: Shutdown("deploy"),
}
CHAINS = ["plain", "cause", "context", "from None"]
steps = st.tuples(
    st.sampled_from(["{}", "x", ""]),
    st.sampled_from(["parses", "parses", *PARSE_RAISES]),
    st.sampled_from(CHAINS),
)


def raise_as(error: BaseException, chain: str, underlying: Exception) -> None:
    if chain == "cause":
        raise error from underlying
    if chain == "from None":
        raise error from None
    if chain == "context":
        try:
            raise underlying
        except LookupError:
            raise error  # noqa: B904 - the implicit __context__ is the point
    raise error


def replay(module, plan: list[tuple[str, str, str]]) -> dict[str, object]:
    """load_users() with a parse_user() whose k-th call does what plan[k] says."""
    returned = [object() for _ in plan]
    planted = [PARSE_RAISES[kind]() if kind in PARSE_RAISES else None for _, kind, _ in plan]
    underlying = [LookupError(f"underlying {k}") for k in range(len(plan))]
    calls: list[str] = []

    def parse_user(line: str) -> object:
        k = len(calls)
        calls.append(line)
        if k >= len(plan):
            return object()
        if planted[k] is not None:
            raise_as(planted[k], plan[k][2], underlying[k])
        return returned[k]

    def which(error: BaseException) -> str:
        k = next((k for k, e in enumerate(planted) if e is error), None)
        if k is None:
            return f"a new {type(error).__name__}, not the one parse_user() raised"

        def chained(other: BaseException | None) -> str:
            return (
                "none"
                if other is None
                else "the underlying error"
                if other is underlying[k]
                else repr(other)
            )

        return (
            f"the {type(error).__name__} of call {k}, cause {chained(error.__cause__)}, "
            f"context {chained(error.__context__)}, lines noted {line_numbers(error)}, "
            f"notes {len(getattr(error, '__notes__', []))}"
        )

    lines = [line for line, _, _ in plan]
    real = module.parse_user
    module.parse_user = parse_user
    try:
        loaded = module.load_users(list(lines))
    except BaseException as error:  # the test must see Ctrl-C too, not be stopped by it
        if isinstance(error, ExceptionGroup) and not any(error is e for e in planted):
            seen: object = {"raised an ExceptionGroup of": [which(e) for e in error.exceptions]}
        else:
            seen = f"raised {which(error)}"
    else:
        seen = {
            "loaded": [
                next((f"the result of call {k}" for k, r in enumerate(returned) if r is user), "?")
                for user in loaded
            ]
        }
    finally:
        module.parse_user = real
    return {"parse_user() calls": calls, "outcome": seen}


@kata_settings
@given(plan=st.lists(steps, max_size=6))
@example(plan=[("x", "OverflowError", "plain"), ("x", "parses", "plain")])
@example(plan=[("x", "ParseBug", "cause"), ("x", "KeyError", "context")])
@example(
    plan=[("x", "KeyError", "plain"), ("x", "CancelledError", "plain"), ("x", "parses", "plain")]
)
@example(plan=[("x", "GeneratorExit", "plain"), ("x", "KeyError", "plain")])
def test_each_failure_is_the_exception_parse_user_raised(reference, plan):
    got = replay(users, plan)
    want = replay(reference, plan)
    assert_same(got, want, plan=plan)
