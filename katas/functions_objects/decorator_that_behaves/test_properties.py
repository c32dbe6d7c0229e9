from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .retry import retry

#: What the fake function can raise: ConnectionRefusedError is a ConnectionError,
#: and ConnectionError and TimeoutError are both OSErrors.
ERRORS: dict[str, type[Exception]] = {
    "ConnectionError": ConnectionError,
    "ConnectionRefusedError": ConnectionRefusedError,
    "TimeoutError": TimeoutError,
    "ValueError": ValueError,
}
CATCHABLE: dict[str, type[Exception]] = {
    "ConnectionError": ConnectionError,
    "TimeoutError": TimeoutError,
    "OSError": OSError,
}

times = st.integers(1, 4)
on = st.lists(st.sampled_from(list(CATCHABLE)), min_size=1, max_size=2, unique=True).map(tuple)
# What each call of the fake function does, in order: raise one of ERRORS, or return.
# Once the script runs out, every call returns.
scripts = st.lists(st.sampled_from(["return", *ERRORS]), max_size=10)


def replay(retry, times: int, on: tuple[str, ...], script: list[str], calls: int) -> list[str]:
    """Decorate a fake function that follows the script, call it `calls` times,
    and report, for each call, how many times the fake ran and what came out."""
    planned = iter(script)
    ran: list[int] = [0]
    raised: list[Exception] = []

    def fetch(page: int) -> str:
        ran[0] += 1
        step = next(planned, "return")
        if step == "return":
            return f"page {page}"
        raised.append(ERRORS[step](f"run {ran[0]}"))
        raise raised[-1]

    decorated = retry(times=times, on=tuple(CATCHABLE[name] for name in on))(fetch)
    seen = []
    for page in range(calls):
        before = ran[0]
        try:
            result = f"returned {decorated(page)!r}"
        except Exception as error:
            whose = "its last error" if raised and error is raised[-1] else "another error"
            result = f"raised {whose}, a {type(error).__name__}"
        runs = ran[0] - before
        seen.append(f"call {page}: ran {runs} time{'s' if runs != 1 else ''}, {result}")
    return seen


@kata_settings
@given(times=times, on=on, script=scripts)
@example(times=2, on=("ConnectionError",), script=["ConnectionRefusedError"])  # a subclass
def test_one_call_retries_exactly_the_errors_in_on(reference, times, on, script):
    got = replay(retry, times, on, script, calls=1)
    want = replay(reference.retry, times, on, script, calls=1)
    assert_same(got, want, times=times, on=on, script=script)


@kata_settings
@given(times=times, on=on, script=scripts, calls=st.integers(2, 4))
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
