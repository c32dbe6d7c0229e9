import json
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .history import snapshot

# JSON-like states: lists and dicts of ints and strings, nested to any depth.
keys = st.sampled_from(["a", "b"]) | st.text(max_size=3)
leaves = st.integers() | st.text(max_size=3)
values = st.recursive(
    leaves,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=3),
    max_leaves=10,
)
states = st.lists(values, max_size=4) | st.dictionaries(keys, values, max_size=4)
# Boards (a list of rows, each a list of cells) whose cells may be lists themselves,
# such as a stack of pieces on one square.
cells = st.recursive(leaves, lambda inner: st.lists(inner, max_size=3), max_leaves=6)
boards = st.lists(st.lists(cells, max_size=3), max_size=3)

# The change made through a path: generated states never hold this key or value.
NEW_KEY, NEW_VALUE = "new \x00", "new \x00"

# A route down a state: at each level, choice % (number of nested containers + 1)
# picks a nested list or dict to go into, or stops there (the last option).
routes = st.lists(st.integers(0, 5), max_size=6)
# A script of steps: take a snapshot of the live state; change the live state
# along a route; change snapshot number i (modulo how many) along a route.
steps = st.lists(
    st.just(("snapshot",))
    | st.tuples(st.just("change live"), routes)
    | st.tuples(st.just("change snapshot"), st.integers(0, 5), routes),
    min_size=1,
    max_size=8,
)


def walk(value: Any, route: list[int]) -> tuple[Any, ...]:
    """The path (indexes and keys) that `route` picks from the root of `value`."""
    path: tuple[Any, ...] = ()
    for choice in route:
        items = enumerate(value) if isinstance(value, list) else value.items()
        below = [key for key, child in items if isinstance(child, list | dict)]
        if choice % (len(below) + 1) == len(below):
            break
        key = below[choice % (len(below) + 1)]
        path, value = (*path, key), value[key]
    return path


def change_at(value: Any, path: tuple[Any, ...]) -> str:
    """Walk `path` down to a nested list or dict, and change it in place."""
    try:
        for key in path:
            value = value[key]
        if isinstance(value, list):
            value.append(NEW_VALUE)
        else:
            value[NEW_KEY] = NEW_VALUE
    except (LookupError, TypeError, AttributeError) as error:
        return f"cannot change {path}: {type(error).__name__}"
    return f"changed {path}"


def fresh(state: Any) -> Any:
    """An unshared copy of a generated state, for the test to change freely."""
    return json.loads(json.dumps(state))


def replay(reference: Any, state: Any, script: list[tuple[Any, ...]]) -> tuple[Any, Any]:
    """Run the script on two live states, one snapshotted by the learner's code, one by
    the reference; paths are picked on the reference's side, where they are sure to exist."""
    worlds = {
        "mine": (snapshot, fresh(state), []),
        "reference": (reference.snapshot, fresh(state), []),
    }
    log: dict[str, list[str]] = {"mine": [], "reference": []}
    for step in script:
        _, ref_live, ref_saved = worlds["reference"]
        if step[0] == "snapshot":
            for name, (take, live, saved) in worlds.items():
                saved.append(take(live))
                log[name].append(f"took a snapshot; live state now {live!r}")
            continue
        if step[0] == "change live":
            path = walk(ref_live, step[1])
            targets = {name: live for name, (_, live, _) in worlds.items()}
        elif ref_saved:
            i = step[1] % len(ref_saved)
            path = walk(ref_saved[i], step[2])
            targets = {name: saved[i] for name, (_, _, saved) in worlds.items()}
        else:
            continue
        for name, target in targets.items():
            log[name].append(f"{step[0]}: {change_at(target, path)}")
    results = {
        name: {"live state": live, "snapshots": saved, "log": log[name]}
        for name, (_, live, saved) in worlds.items()
    }
    return results["mine"], results["reference"]


@kata_settings
@given(state=boards, script=steps)
@example(state=[[[1]]], script=[("snapshot",), ("change live", [0, 0])])  # a cell's own list
@example(state=[[1, 2]], script=[("snapshot",), ("change live", [])])  # nothing nested
def test_changing_a_board_at_any_depth_leaves_the_snapshot_alone(reference, state, script):
    got, want = replay(reference, state, script)
    assert_same(got, want, state=state, script=script)


@kata_settings
@given(state=states, script=steps)
@example(state={"hand": [1]}, script=[("snapshot",), ("change live", [0])])  # a list in a dict
@example(state={"a": 1}, script=[("snapshot",), ("change live", [])])  # a dict state
@example(state=[{"a": 1}], script=[("snapshot",), ("change live", [0])])  # a dict in a list
def test_changing_lists_and_dicts_at_any_depth_leaves_the_snapshot_alone(reference, state, script):
    got, want = replay(reference, state, script)
    assert_same(got, want, state=state, script=script)


@kata_settings
@given(state=states, script=steps)
@example(state=[1], script=[("snapshot",), ("change snapshot", 0, []), ("snapshot",)])
@example(state=[[1]], script=[("snapshot",), ("change snapshot", 0, [0])])
def test_snapshots_share_nothing_with_the_state_or_each_other(reference, state, script):
    got, want = replay(reference, state, script)
    assert_same(got, want, state=state, script=script)
