from collections.abc import Callable
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .audit import record

# Any text, with a few familiar names mixed in so that the same event repeats.
users = st.sampled_from(["ana", "bo"]) | st.text(max_size=6)
actions = st.sampled_from(["login", "logout"]) | st.text(max_size=6)
events = st.builds("{} {}".format, users, actions)


class Trail(list):
    """A caller's own list type: still a list, so it is still extended in place."""


# A caller's trail: its type (list or a list subclass) and the events already in it.
Owned = tuple[type, list[str]]
# A call is (user, action, which): `which` is None for "no trail=" or the index
# of the caller's trail to pass.
Call = tuple[str, str, int | None]


@st.composite
def trails_and_calls(draw: st.DrawFn) -> tuple[list[Owned], list[Call]]:
    """A few trails owned by callers (often empty), then calls that pass one of them or none."""
    kinds = st.sampled_from([list, Trail])
    trails = draw(st.lists(st.tuples(kinds, st.lists(events, max_size=3)), min_size=1, max_size=3))
    which = st.none() | st.integers(0, len(trails) - 1)
    calls = draw(st.lists(st.tuples(users, actions, which), min_size=1, max_size=12))
    return trails, calls


def replay(
    record: Callable[..., list[str]], trails: list[Owned], calls: list[Call]
) -> dict[str, Any]:
    """Run the calls on fresh copies of the trails and report all that callers can see."""
    owned = [kind(events) for kind, events in trails]
    returned = [
        record(user, action) if which is None else record(user, action, trail=owned[which])
        for user, action, which in calls
    ]
    # For each call: the index of the caller's trail it returned, or None for a new list.
    owners = [next((i for i, t in enumerate(owned) if t is r), None) for r in returned]
    # Lists returned by calls without a trail: each one is new, so none appears twice.
    new = [r for r, owner in zip(returned, owners, strict=True) if owner is None]
    distinct = sum(all(r is not earlier for earlier in new[:i]) for i, r in enumerate(new))
    return {
        "returned": returned,
        "returned trail #": owners,
        "callers' trails": owned,
        "new lists returned": len(new),
        "distinct new lists": distinct,
    }


@kata_settings
@given(calls=st.lists(st.tuples(users, actions), min_size=1, max_size=10))
def test_each_call_without_a_trail_gets_a_new_one(reference, calls):
    got = [record(user, action) for user, action in calls]
    want = [reference.record(user, action) for user, action in calls]
    assert_same(got, want, calls=calls)


@kata_settings
@given(case=trails_and_calls())
@example(case=([(list, [])], [("ana", "login", 0)]))  # a caller's empty trail
@example(case=([(Trail, [])], [("ana", "login", 0)]))  # a caller's own list type
@example(case=([(list, ["ana login"])], [("ana", "login", 0)]))  # the same event again
def test_a_callers_trail_even_an_empty_one_is_extended_in_place(reference, case):
    trails, calls = case
    got = replay(record, trails, calls)
    want = replay(reference.record, trails, calls)
    assert_same(got, want, trails=trails, calls=calls)
