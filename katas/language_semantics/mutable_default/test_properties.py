from collections.abc import Callable
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .audit import record

users = st.sampled_from(["ana", "bo", "cy"])
actions = st.sampled_from(["login", "logout", "delete"])
events = st.builds("{} {}".format, users, actions)

# A call is (user, action, which): `which` is None for "no trail=" or the index
# of the caller's trail to pass.
Call = tuple[str, str, int | None]


@st.composite
def trails_and_calls(draw: st.DrawFn) -> tuple[list[list[str]], list[Call]]:
    """A few trails owned by callers (often empty), then calls that pass one of them or none."""
    trails = draw(st.lists(st.lists(events, max_size=2), min_size=1, max_size=3))
    which = st.none() | st.integers(0, len(trails) - 1)
    calls = draw(st.lists(st.tuples(users, actions, which), min_size=1, max_size=12))
    return trails, calls


def replay(
    record: Callable[..., list[str]], trails: list[list[str]], calls: list[Call]
) -> dict[str, Any]:
    """Run the calls on fresh copies of the trails and report all that callers can see."""
    trails = [list(trail) for trail in trails]
    returned = [
        record(user, action) if which is None else record(user, action, trail=trails[which])
        for user, action, which in calls
    ]
    # For each call: the index of the caller's trail it returned, or None for a new list.
    owners = [next((i for i, t in enumerate(trails) if t is r), None) for r in returned]
    return {"returned": returned, "returned trail #": owners, "callers' trails": trails}


@kata_settings
@given(calls=st.lists(st.tuples(users, actions), min_size=1, max_size=10))
def test_each_call_without_a_trail_gets_a_new_one(reference, calls):
    got = [record(user, action) for user, action in calls]
    want = [reference.record(user, action) for user, action in calls]
    assert_same(got, want, calls=calls)


@kata_settings
@given(case=trails_and_calls())
@example(case=([[]], [("ana", "login", 0)]))  # a caller's empty trail
def test_a_callers_trail_even_an_empty_one_is_extended_in_place(reference, case):
    trails, calls = case
    got = replay(record, trails, calls)
    want = replay(reference.record, trails, calls)
    assert_same(got, want, trails=trails, calls=calls)
