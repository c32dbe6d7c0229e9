import pytest

from pytest_senior_katas.kata import check_prediction

from .managers import what_escapes
from .predictions import PREDICTIONS, escapes
from .snippets import SNIPPETS


def run(snippet):
    """What Python says: the value the snippet returns, or the class of what it raises."""
    try:
        return snippet()
    except Exception as error:
        return type(error)


@pytest.mark.parametrize("name", list(SNIPPETS))
def test_you_predict_what_each_snippet_does(name):
    check_prediction(name, PREDICTIONS[name], run(SNIPPETS[name]))


CASES = [
    ([], KeyError),
    (["returns_none"], ValueError),
    (["returns_the_word_false"], ValueError),
    (["suppresses_lookup_errors"], ValueError),
    (["raises_in_exit"], None),
    (["suppresses_exceptions", "raises_if_failed"], KeyError),
    (["generator_except_exception"], KeyboardInterrupt),
]


def name_of(raised):
    return "None" if raised is None else raised.__name__


@pytest.mark.parametrize(
    ("names", "raised"),
    CASES,
    ids=[f"{'+'.join(names) or 'no_manager'}-{name_of(raised)}" for names, raised in CASES],
)
def test_the_rule_on_a_few_with_statements(names, raised):
    answer = escapes(list(names), raised)
    check_prediction(f"escapes({names!r}, {name_of(raised)})", answer, what_escapes(names, raised))
