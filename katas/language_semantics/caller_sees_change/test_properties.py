import copy

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .predictions import caller_sees_change
from .snippets import OPERATIONS

items = st.integers(-9, 9)
VALUES = {
    int: st.integers(-100, 100),
    str: st.text("abc", max_size=3),
    tuple: st.lists(items, max_size=3).map(tuple),
    frozenset: st.frozensets(items, max_size=3),
    list: st.lists(items, max_size=3),
    set: st.sets(items, max_size=3),
    dict: st.dictionaries(items, items, max_size=3),
}
# Every operation in the table, with every kind of value it is asked about.
PAIRS = [(operation, kind) for operation, (_, kinds) in OPERATIONS.items() for kind in kinds]


@st.composite
def cases(draw):
    """An operation from the table, with a value of a kind it is asked about."""
    operation, kind = draw(st.sampled_from(PAIRS))
    values = VALUES[kind]
    if operation == "x[k] = y" and kind is list:
        values = values.filter(bool)  # the table promises a non-empty list here
    return draw(values), operation


def on_every_pair_first(test):
    """Run the test on a small value of every pair first, so that no pair is ever missed."""
    for operation, kind in reversed(PAIRS):
        value = [0] if operation == "x[k] = y" and kind is list else kind()
        test = example(case=(value, operation))(test)
    return test


def really_changes(value, operation):
    """Run the operation inside a function on the caller's object: did that object change?"""
    code, _ = OPERATIONS[operation]
    a = copy.deepcopy(value)
    code(a)
    return a != value


@kata_settings
@on_every_pair_first
@given(case=cases())
def test_the_rule_matches_what_python_does(case):
    value, operation = case
    answer = caller_sees_change(copy.deepcopy(value), operation)
    assert_same(answer, really_changes(value, operation), value=value, operation=operation)
