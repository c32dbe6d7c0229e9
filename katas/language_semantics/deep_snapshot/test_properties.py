import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .history import snapshot

# JSON-like states: lists and dicts of small ints and strings, nested to any depth.
keys = st.text(alphabet="abxy", max_size=2)
leaves = st.integers(0, 9) | st.text(alphabet="XO ", max_size=1)
values = st.recursive(
    leaves,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=3),
    max_leaves=8,
)
states = st.lists(values, max_size=4) | st.dictionaries(keys, values, max_size=4)
# Boards (a list of rows, each a list of cells) whose cells may be lists themselves,
# such as a stack of pieces on one square.
cells = st.recursive(leaves, lambda inner: st.lists(inner, max_size=3), max_leaves=6)
boards = st.lists(st.lists(cells, max_size=3), max_size=3)

# The change made through a path: generated states never hold this key or value.
NEW_KEY, NEW_VALUE = "new", 99


def draw_path(data: st.DataObject, value: Any) -> tuple[Any, ...]:
    """Walk down from the root, one random nested list or dict at a time, stopping
    at random: the path (indexes and keys) to the container where the walk ends."""
    path: tuple[Any, ...] = ()
    while True:
        items = enumerate(value) if isinstance(value, list) else value.items()
        below = [key for key, child in items if isinstance(child, list | dict)]
        key = data.draw(st.sampled_from([*below, None]))
        if key is None:
            return path
        path, value = (*path, key), value[key]


def change_at(value: Any, path: tuple[Any, ...]) -> None:
    """Walk `path` down to a nested list or dict, and change it in place."""
    for key in path:
        value = value[key]
    if isinstance(value, list):
        value.append(NEW_VALUE)
    else:
        value[NEW_KEY] = NEW_VALUE


def fresh(state: Any) -> Any:
    """An unshared copy of a generated state, for the test to change freely."""
    return json.loads(json.dumps(state))


def check_changing_the_state(reference: Any, state: Any, data: st.DataObject) -> None:
    live = fresh(state)
    saved = snapshot(live)
    expected = reference.snapshot(live)
    path = draw_path(data, live)
    change_at(live, path)
    assert_same(saved, expected, state=state, path=path)


@kata_settings
@given(state=boards, data=st.data())
def test_changing_a_board_at_any_depth_leaves_the_snapshot_alone(reference, state, data):
    check_changing_the_state(reference, state, data)


@kata_settings
@given(state=states, data=st.data())
def test_changing_lists_and_dicts_at_any_depth_leaves_the_snapshot_alone(reference, state, data):
    check_changing_the_state(reference, state, data)


@kata_settings
@given(state=states, data=st.data())
def test_changing_the_snapshot_at_any_depth_leaves_the_state_alone(reference, state, data):
    live = fresh(state)
    saved = snapshot(live)
    expected = reference.snapshot(live)
    path = draw_path(data, saved)
    change_at(saved, path)
    assert_same(live, expected, state=state, path=path)
