import asyncio
from collections.abc import Callable

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .fakes import FakePool
from .queries import run_query

#: What one call runs into: a query that raises one of these, or acquire() timing out.
RAISES: dict[str, Callable[[], BaseException]] = {
    "ValueError": lambda: ValueError("syntax error"),
    "KeyError": lambda: KeyError("user 7"),
    "ConnectionError": lambda: ConnectionError("server closed the connection"),
    "KeyboardInterrupt": KeyboardInterrupt,
    "SystemExit": lambda: SystemExit(1),
    "CancelledError": asyncio.CancelledError,
    "acquire() times out": lambda: TimeoutError("no free connection within 5 s"),
}
plans = st.lists(st.sampled_from(["query returns", *RAISES]), min_size=1, max_size=6)


def replay(run_query, plan: list[str]) -> dict[str, object]:
    """Make the calls of the plan on one pool of two connections; report what each call did."""
    pool = FakePool(size=2)
    calls = []
    for step in plan:
        planted = RAISES[step]() if step in RAISES else None
        if step == "acquire() times out":
            pool.fail_next = planted  # type: ignore[assignment]

        def query(connection: str, planted: BaseException | None = planted) -> str:
            if planted is not None:
                raise planted
            return f"rows from {connection}"

        try:
            result = f"returned {run_query(pool, query)!r}"
        except BaseException as raised:  # the test must see Ctrl-C too, not be stopped by it
            result = f"raised {type(raised).__name__}"
            if planted is not None and raised is not planted:
                result += f" instead of the {type(planted).__name__} that was raised"
        calls.append((step, result, f"{len(pool.out)} of 2 connections out"))
    return {"calls": calls, "misuse of the pool": pool.problems}


@kata_settings
@given(plan=plans)
@example(plan=["KeyboardInterrupt"])  # not an Exception, and the connection still goes back
@example(plan=["acquire() times out"])  # nothing to release: the pool's error propagates
def test_every_connection_goes_back_and_every_error_surfaces(reference, plan):
    got = replay(run_query, plan)
    want = replay(reference.run_query, plan)
    assert_same(got, want, plan=plan)
