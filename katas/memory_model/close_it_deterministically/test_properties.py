import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .copier import copy_table
from .fakedb import Server


@contextmanager
def collector_off() -> Iterator[None]:
    """Only reference counting frees objects in the block: what is alive does not
    depend on when the cyclic collector happens to run."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


#: What goes wrong, and where: "<server>: <what fails>" (see Server in fakedb.py).
FAULTS = [
    "nothing",
    "source: connect",
    "target: connect",
    "source: fetch",
    "target: insert",
    "target: interrupt",  # Ctrl-C during an insert
]


def chained() -> BaseException:
    """An error raised while handling another one."""
    try:
        raise OSError("disk full")
    except OSError as cause:
        try:
            raise RuntimeError("insert failed") from cause
        except RuntimeError as error:
            return error


#: What the failing operation raises instead of its usual error, if anything.
ERRORS: dict[str, Callable[[], BaseException] | None] = {
    "its usual error": None,
    "ValueError": lambda: ValueError("bad row"),
    "a chained RuntimeError": chained,
    "SystemExit": lambda: SystemExit(3),
    "GeneratorExit": lambda: GeneratorExit(),
}

tables = st.text(min_size=1, max_size=8)
rows = st.lists(st.tuples(st.integers(), st.text(max_size=3)), max_size=4)


def replay(
    copy_table: Callable[..., int],
    fault: str,
    after: int,
    error: str,
    table: str,
    rows: list[tuple[object, ...]],
) -> dict[str, object]:
    """Copy the table with the fault planted (after `after` good inserts, raising
    `error`); report what copy_table() did, what the target holds, and the state
    of the connections at the moment it returned or raised."""
    source = Server("source", {table: list(rows), "other": [("not", "this")]})
    target = Server("target")
    where, _, what = fault.partition(": ")
    if what:
        server = source if where == "source" else target
        server.fail = what
        server.inserts_before_fail = after
        make_error = ERRORS[error]
        server.fail_with = None if make_error is None else make_error()
    try:
        outcome = f"returned {copy_table(source, target, table)!r}"
    except BaseException as raised:  # Ctrl-C too: the test must see it, not be stopped by it
        outcome = f"raised {type(raised).__name__}"
        planted = source.raised or target.raised
        if planted is not None and raised is not planted:
            outcome += f" instead of the {type(planted).__name__} that the server raised"
        # The error is still held here, as a caller that logs it or retries would.
        still_open = source.open + target.open
        problems = source.problems + target.problems
    else:
        still_open = source.open + target.open
        problems = source.problems + target.problems
    return {
        "outcome": outcome,
        "still open": still_open,
        "problems": problems,
        "target's tables": target.tables,
        "source's tables": source.tables,
    }


@kata_settings
@given(
    fault=st.sampled_from(FAULTS),
    after=st.integers(0, 3),
    error=st.sampled_from(list(ERRORS)),
    table=tables,
    rows=rows,
)
@example(fault="target: connect", after=0, error="its usual error", table="t", rows=[(1, "")])
@example(fault="source: connect", after=0, error="its usual error", table="t", rows=[(1, "")])
@example(fault="source: fetch", after=0, error="its usual error", table="t", rows=[(1, "")])
@example(fault="target: interrupt", after=0, error="its usual error", table="t", rows=[(1, "")])
@example(fault="target: insert", after=1, error="GeneratorExit", table="t", rows=[(1, ""), (2, "")])
@example(fault="nothing", after=0, error="its usual error", table="other", rows=[])
def test_both_connections_are_closed_on_every_path(reference, fault, after, error, table, rows):
    with collector_off():
        got = replay(copy_table, fault, after, error, table, rows)
        want = replay(reference.copy_table, fault, after, error, table, rows)
    assert_same(got, want, fault=fault, after=after, error=error, table=table, rows=rows)
