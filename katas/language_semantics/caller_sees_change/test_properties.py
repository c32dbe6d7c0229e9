import copy
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import check_prediction, check_reasons_without_running, kata_settings

from . import predictions
from .predictions import caller_sees_change
from .snippets import OPERATIONS

items = st.integers()
VALUES = {
    int: st.integers(),
    str: st.text(max_size=4),
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


def test_the_rule_reasons_instead_of_running_the_snippets():
    source = Path(predictions.__file__).read_text(encoding="utf-8")
    check_reasons_without_running(source, "predictions.py", forbidden={"snippets"})


@kata_settings
@on_every_pair_first
@given(case=cases())
@example(case=((1, 2), "x += y"))  # no tuple.__iadd__: a rebinding
@example(case=({1, 2}, "x |= y"))  # set.__ior__ updates in place, whatever y is
@example(case=({1: 2}, "x |= y"))  # so does dict.__ior__
def test_the_rule_matches_what_python_does(case):
    value, operation = case
    answer = caller_sees_change(copy.deepcopy(value), operation)
    about = f"caller_sees_change({value!r}, {operation!r})"
    check_prediction(about, answer, really_changes(value, operation))
