from collections.abc import Callable

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .copier import copy_table
from .fakedb import Server

#: What goes wrong, and where: "<server>: <what fails>" (see Server in fakedb.py).
FAULTS = [
    "nothing",
    "source: connect",
    "target: connect",
    "source: fetch",
    "target: insert",
    "target: interrupt",  # Ctrl-C during the first insert
]


def replay(copy_table: Callable[..., int], fault: str, rows: int) -> dict[str, object]:
    """Copy a table of `rows` rows with the fault planted; report what copy_table()
    did, and the state of the connections at the moment it returned or raised."""
    source = Server("source", {"users": [(f"user{n}",) for n in range(rows)]})
    target = Server("target")
    where, _, what = fault.partition(": ")
    if what:
        (source if where == "source" else target).fail = what
    try:
        outcome = f"returned {copy_table(source, target, 'users')}"
    except BaseException as error:  # Ctrl-C too: the test must see it, not be stopped by it
        outcome = f"raised {type(error).__name__}"
        planted = source.raised or target.raised
        if planted is not None and error is not planted:
            outcome += f" instead of the {type(planted).__name__} that the server raised"
        # The error is still held here, as a caller that logs it or retries would.
        still_open = source.open + target.open
        problems = source.problems + target.problems
    else:
        still_open = source.open + target.open
        problems = source.problems + target.problems
    return {"outcome": outcome, "still open": still_open, "problems": problems}


@kata_settings
@given(fault=st.sampled_from(FAULTS), rows=st.integers(0, 3))
@example(fault="target: connect", rows=1)  # the source connection is already open
@example(fault="source: connect", rows=1)  # nothing is open yet, and nothing to close
def test_both_connections_are_closed_on_every_path(reference, fault, rows):
    got = replay(copy_table, fault, rows)
    want = replay(reference.copy_table, fault, rows)
    assert_same(got, want, fault=fault, rows=rows)
