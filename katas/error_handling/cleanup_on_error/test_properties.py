import asyncio
from collections.abc import Callable

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .fakes import FakePool
from .queries import run_query


class DatabaseError(Exception):
    """An error of the driver's own."""


class Shutdown(BaseException):
    """A "stop" of the application's own: not an error."""


#: What a query may raise: errors (Exception) ...
QUERY_ERRORS: dict[str, Callable[[], BaseException]] = {
    "ValueError": lambda: ValueError("syntax error"),
    "KeyError": lambda: KeyError("user 7"),
    "ConnectionError": lambda: ConnectionError("server closed the connection"),
    "TypeError": lambda: TypeError("unsupported parameter type"),
    "DatabaseError": lambda: DatabaseError("deadlock detected"),
    "ExceptionGroup": lambda: ExceptionGroup(
        "two statements failed", [ValueError("a"), KeyError("b")]
    ),
    # ... and exceptions that are not errors.
    "KeyboardInterrupt": KeyboardInterrupt,
    "SystemExit": lambda: SystemExit(1),
    "CancelledError": asyncio.CancelledError,
    "GeneratorExit": GeneratorExit,
    "Shutdown": lambda: Shutdown("deploy"),
}
#: What a query may return: any value, falsy ones too.
RESULTS: dict[str, Callable[[], object]] = {
    "rows": lambda: [(1,), (2,)],
    "no rows": list,
    "None": lambda: None,
    "0": lambda: 0,
    "''": str,
}
#: What acquire() and release() may raise.
ACQUIRE_ERRORS: dict[str, Callable[[], BaseException]] = {
    "TimeoutError": lambda: TimeoutError("no free connection within 5 s"),
    "KeyboardInterrupt": KeyboardInterrupt,
    "CancelledError": asyncio.CancelledError,
}
RELEASE_ERRORS: dict[str, Callable[[], BaseException]] = {
    "ConnectionError": lambda: ConnectionError("connection already closed"),
    "RuntimeError": lambda: RuntimeError("pool is shutting down"),
    "OSError": lambda: OSError(9, "Bad file descriptor"),
    "KeyboardInterrupt": KeyboardInterrupt,
    "CancelledError": asyncio.CancelledError,
    "SystemExit": lambda: SystemExit(2),
}
#: How a query raises: plainly, `from` another error, or while handling another error.
CHAINS = ["plain", "cause", "context", "from None"]

steps = st.tuples(
    st.sampled_from([*RESULTS, *RESULTS, *QUERY_ERRORS]),
    st.sampled_from(CHAINS),
    st.none() | st.sampled_from(sorted(ACQUIRE_ERRORS)),
    st.none() | st.none() | st.sampled_from(sorted(RELEASE_ERRORS)),
)
plans = st.lists(steps, min_size=1, max_size=6)
pools = st.sampled_from([("connection 1", "connection 2"), (None, 0), ("",), (0, "", None)])


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


def one_call(run_query, pool: FakePool, step: tuple[str, str, str | None, str | None]) -> dict:
    """Make one call as the step says; report what the caller and the pool saw."""
    kind, chain, acquire_fails, release_fails = step
    known: dict[str, object] = {"the underlying error": LookupError("row 3 is missing")}
    if kind in QUERY_ERRORS:
        known["the query's exception"] = QUERY_ERRORS[kind]()
    else:
        known["the query's result"] = RESULTS[kind]()
    if acquire_fails:
        known["acquire()'s exception"] = pool.fail_next = ACQUIRE_ERRORS[acquire_fails]()
    if release_fails:
        error = RELEASE_ERRORS[release_fails]()
        known["release()'s exception"] = pool.fail_next_release = error
    handed: list[object] = []

    def query(connection: object) -> object:
        handed.append(connection)
        if "the query's exception" in known:
            raise_as(known["the query's exception"], chain, known["the underlying error"])
        return known["the query's result"]

    def which(value: object) -> str:
        return next((name for name, obj in known.items() if obj is value), repr(value))

    releases_before = pool.releases
    try:
        result = f"returned {which(run_query(pool, query))}"
    except BaseException as raised:  # the test must see Ctrl-C too, not be stopped by it
        result = (
            f"raised {which(raised)} ({type(raised).__name__}), "
            f"cause {which(raised.__cause__)}, context {which(raised.__context__)}, "
            f"suppress_context {raised.__suppress_context__}"
        )
    pool.fail_next = pool.fail_next_release = None
    return {
        "query() was given": handed,
        "result": result,
        "release() calls": pool.releases - releases_before,
        "out": list(pool.out),
    }


def replay(run_query, connections, plan) -> dict[str, object]:
    """Make the calls of the plan on one pool; report what each call did, and the pool."""
    pool = FakePool(connections=connections)
    calls = [one_call(run_query, pool, step) for step in plan]
    return {"calls": calls, "free": list(pool.free), "misuse of the pool": pool.problems}


@kata_settings
@given(connections=pools, plan=plans)
@example(
    connections=("connection 1", "connection 2"), plan=[("KeyboardInterrupt", "plain", None, None)]
)
@example(
    connections=("connection 1", "connection 2"), plan=[("CancelledError", "plain", None, None)]
)
@example(
    connections=("connection 1", "connection 2"), plan=[("GeneratorExit", "plain", None, None)]
)
@example(
    connections=("connection 1", "connection 2"), plan=[("ConnectionError", "cause", None, None)]
)
@example(
    connections=("connection 1", "connection 2"), plan=[("rows", "plain", "TimeoutError", None)]
)
@example(
    connections=("connection 1", "connection 2"),
    plan=[("ValueError", "plain", None, "RuntimeError")],
)
@example(
    connections=("connection 1", "connection 2"),
    plan=[("ValueError", "plain", None, "KeyboardInterrupt")],
)
@example(
    connections=("connection 1", "connection 2"), plan=[("rows", "plain", None, "RuntimeError")]
)
@example(connections=(None, 0), plan=[("rows", "plain", None, None), ("rows", "plain", None, None)])
@example(connections=("connection 1", "connection 2"), plan=[("None", "plain", None, None)])
def test_every_connection_goes_back_and_every_error_surfaces(reference, connections, plan):
    got = replay(run_query, connections, plan)
    want = replay(reference.run_query, connections, plan)
    assert_same(got, want, connections=connections, plan=plan)
