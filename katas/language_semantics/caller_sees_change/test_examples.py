import copy

import pytest

from pytest_senior_katas.kata import check_prediction

from .predictions import PREDICTIONS, caller_sees_change
from .snippets import OPERATIONS, SNIPPETS


def run(snippet, start):
    """Call snippet(a) with a = start; return (what `a` holds after, exception class or None)."""
    a = copy.deepcopy(start)
    try:
        snippet(a)
    except Exception as error:
        return a, type(error)
    return a, None


@pytest.mark.parametrize("name", list(SNIPPETS))
def test_you_predict_what_the_caller_holds_after_the_call(name):
    snippet, start = SNIPPETS[name]
    after, _ = run(snippet, start)
    check_prediction(name, PREDICTIONS[name], after, about=f"; `a` started as {start!r}")


def test_you_predict_what_the_tuple_item_snippet_raises():
    _, raised = run(*SNIPPETS["tuple_item_plus_equals"])
    name = "tuple_item_plus_equals_raises"
    check_prediction(name, PREDICTIONS[name], raised)


@pytest.mark.parametrize("operation", ["x += y", "x = x + y", "x.append(y)", "x = y"])
def test_the_rule_on_a_list(operation):
    code, _ = OPERATIONS[operation]
    after, _ = run(code, [1, 2])
    answer = caller_sees_change([1, 2], operation)
    check_prediction(f"caller_sees_change([1, 2], {operation!r})", answer, after != [1, 2])
