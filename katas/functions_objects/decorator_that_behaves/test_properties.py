import functools
from collections.abc import Callable

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .retry import retry


class QuotaExceeded(Exception):
    """An error of the application's own."""


class Abort(BaseException):
    """Not an Exception at all, like KeyboardInterrupt: never retried, never swallowed."""


def chained(message: str) -> ConnectionError:
    """A ConnectionError raised `from` a TimeoutError, as client libraries do."""
    try:
        try:
            raise TimeoutError("read timed out")
        except TimeoutError as cause:
            raise ConnectionError(message) from cause
    except ConnectionError as error:
        return error


#: What the fake function can raise: ConnectionRefusedError is a ConnectionError,
#: ConnectionError and TimeoutError are OSErrors, and everything but Abort and
#: GeneratorExit is an Exception.
ERRORS: dict[str, Callable[[str], BaseException]] = {
    "ConnectionError": ConnectionError,
    "ConnectionRefusedError": ConnectionRefusedError,
    "ConnectionError from TimeoutError": chained,
    "TimeoutError": TimeoutError,
    "OSError": OSError,
    "ValueError": ValueError,
    "QuotaExceeded": QuotaExceeded,
    "Abort": Abort,
    "GeneratorExit": GeneratorExit,
}
CATCHABLE: dict[str, type[Exception]] = {
    "ConnectionError": ConnectionError,
    "ConnectionRefusedError": ConnectionRefusedError,
    "TimeoutError": TimeoutError,
    "OSError": OSError,
    "QuotaExceeded": QuotaExceeded,
    "Exception": Exception,
}

times = st.integers(1, 3) | st.integers(1, 12)
on = st.lists(st.sampled_from(list(CATCHABLE)), max_size=3).map(tuple)
# What each call of the fake function does, in order: raise one of ERRORS, or return.
# Once the script runs out, every call returns.
scripts = st.lists(st.sampled_from(["return", *ERRORS]), max_size=16)


def replay(
    retry, times: int | None, on: tuple[str, ...] | None, script: list[str], calls: int
) -> list[str]:
    """Decorate a fake function that follows the script, call it `calls` times,
    and report, for each call, what the fake was called with and what came out.
    A None for `times` or `on` leaves that argument out, for its default."""
    planned = iter(script)
    ran: list[str] = []
    raised: list[BaseException] = []

    def fetch(page: int, *, timeout: int = 10) -> str:
        ran.append(f"fetch({page}, timeout={timeout})")
        step = next(planned, "return")
        if step == "return":
            return f"page {page} within {timeout}s"
        raised.append(ERRORS[step](f"run {len(ran)}"))
        raise raised[-1]

    options: dict[str, object] = {}
    if times is not None:
        options["times"] = times
    if on is not None:
        options["on"] = tuple(CATCHABLE[name] for name in on)
    decorated = retry(**options)(fetch)
    seen = []
    for page in range(calls):
        before = len(ran)
        try:
            result = f"returned {decorated(page, timeout=page + 1)!r}"
        except BaseException as error:
            whose = "its last error" if raised and error is raised[-1] else "another error"
            result = (
                f"raised {whose}, a {type(error).__name__}, with __cause__ "
                f"{error.__cause__!r}, __context__ {error.__context__!r}, "
                f"__suppress_context__ {error.__suppress_context__}"
            )
        seen.append(f"call {page}: ran {ran[before:]}, {result}")
    return seen


@kata_settings
@given(times=times, on=on, script=scripts)
@example(times=2, on=("ConnectionError",), script=["ConnectionRefusedError"])  # a subclass
@example(times=1, on=("ConnectionError",), script=["ConnectionError from TimeoutError"])
@example(times=2, on=("Exception",), script=["Abort"])  # not an Exception: never retried
def test_one_call_retries_exactly_the_errors_in_on(reference, times, on, script):
    got = replay(retry, times, on, script, calls=1)
    want = replay(reference.retry, times, on, script, calls=1)
    assert_same(got, want, times=times, on=on, script=script)


@kata_settings
@given(times=times, on=on, script=scripts, calls=st.integers(2, 5))
@example(
    times=2,
    on=("ConnectionError",),
    script=["ConnectionError", "return", "ConnectionError"],
    calls=2,
)
def test_every_call_gets_its_own_tries(reference, times, on, script, calls):
    got = replay(retry, times, on, script, calls)
    want = replay(reference.retry, times, on, script, calls)
    assert_same(got, want, times=times, on=on, script=script, calls=calls)


@kata_settings
@given(times=st.none() | times, on=st.none() | on, script=scripts)
@example(times=None, on=None, script=["ConnectionError"] * 3)  # three tries by default
def test_retry_without_arguments_tries_three_times_on_connection_errors(
    reference, times, on, script
):
    got = replay(retry, times, on, script, calls=2)
    want = replay(reference.retry, times, on, script, calls=2)
    default = "(the default)"
    shown = {"times": default if times is None else times, "on": default if on is None else on}
    assert_same(got, want, **shown, script=script)


MISSING = object()


def metadata(func: Callable[..., object]) -> dict[str, object]:
    """Everything functools.wraps copies: the WRAPPER_ASSIGNMENTS and the __dict__."""
    found = {name: getattr(func, name, MISSING) for name in functools.WRAPPER_ASSIGNMENTS}
    return {**found, **vars(func)}


@kata_settings
@given(
    names=st.lists(st.text(min_size=1), min_size=2, max_size=2, unique=True),
    docs=st.lists(st.none() | st.text(), min_size=2, max_size=2),
    owner=st.text(),
    module=st.text(min_size=1),
)
@example(names=["g", "h"], docs=["Get.", None], owner="ops", module="elsewhere")
def test_every_decorated_function_keeps_all_of_its_metadata(names, docs, owner, module):
    def first(url: str) -> str:
        return url

    def second(page: int, *, timeout: float = 1.0) -> bytes:
        return b""

    originals = [first, second]
    for func, name, doc in zip(originals, names, docs, strict=True):
        func.__name__, func.__qualname__, func.__doc__ = name, f"Client.{name}", doc
    first.__module__ = module
    first.owner = owner  # an attribute another decorator set
    decorate = retry(times=2, on=(ConnectionError,))
    decorated = [decorate(func) for func in originals]
    for func, wrapped in zip(originals, decorated, strict=True):
        assert_same(
            metadata(wrapped), {**metadata(func), "__wrapped__": func}, function=func.__name__
        )
        assert wrapped.__wrapped__ is func, "__wrapped__ must be the original function"


@kata_settings
@given(times=st.integers(-3, 0))
def test_times_below_one_is_refused_when_decorating(times):
    try:
        retry(times=times, on=(ConnectionError,))
    except ValueError:
        return
    raise AssertionError(f"retry(times={times}) should raise ValueError: nothing would ever run")
