import ast
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import (
    WrongPrediction,
    check_prediction,
    check_reasons_without_running,
    kata_settings,
)

from . import predictions
from .managers import MANAGERS, RAISED, what_escapes
from .predictions import escapes

#: What finds the answer by running a `with` rather than by reading the code.
RUNNING = {"__enter__", "__exit__", "throw", "contextmanager", "ExitStack"}


def test_the_rule_reasons_instead_of_running_the_managers():
    path = Path(predictions.__file__)
    source = path.read_text(encoding="utf-8")
    forbidden = {"snippets", "managers", "contextlib"}
    check_reasons_without_running(source, path.name, forbidden=forbidden)
    for node in ast.walk(ast.parse(source, path.name)):
        where = f"{path.name}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.With | ast.AsyncWith):
            raise WrongPrediction(f"{where}: the rule enters a `with`: reason, do not run it")
        name = node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", None)
        if name in RUNNING:
            raise WrongPrediction(f"{where}: the rule uses {name}: reason, do not run it")


# Any stack of managers: empty, deep, repeats; the body raising each of RAISED.
stacks = st.lists(st.sampled_from(sorted(MANAGERS)), max_size=6)


def on_every_manager_first(test):
    """Each manager alone, with each thing the body raises: none is ever missed."""
    for name in reversed(list(MANAGERS)):
        for raised in reversed(RAISED):
            test = example(names=[name], raised=raised)(test)
    return test


def shown(raised):
    return "None" if raised is None else raised.__name__


@kata_settings
@on_every_manager_first
@given(names=stacks, raised=st.sampled_from(RAISED))
@example(names=["returns_true", "raises_in_exit"], raised=ValueError)  # innermost exits first
@example(names=["suppresses_exceptions", "raises_in_exit"], raised=KeyboardInterrupt)
@example(names=["returns_none", "raises_in_exit"], raised=None)
@example(names=["raises_in_exit", "suppresses_lookup_errors"], raised=KeyError)
@example(names=["generator_yields_twice", "returns_true"], raised=ValueError)
@example(names=["suppresses_lookup_errors", "raises_if_failed"], raised=KeyError)
def test_the_rule_says_what_leaves_any_with_statement(names, raised):
    asked = list(names)
    answer = escapes(asked, raised)
    check_prediction(f"escapes({names!r}, {shown(raised)})", answer, what_escapes(names, raised))
    check_prediction(f"the names after escapes({names!r}, {shown(raised)})", asked, names)
