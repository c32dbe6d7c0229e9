import pytest

from pytest_senior_katas.kata import check_prediction

from .predictions import PREDICTIONS, still_found
from .snippets import SNIPPETS, found_after_change


def run(snippet):
    """What Python says: the value the snippet returns, or the class of what it raises."""
    try:
        return snippet()
    except Exception as error:
        return type(error)


@pytest.mark.parametrize("name", list(SNIPPETS))
def test_you_predict_what_each_snippet_returns(name):
    # The type too: True == 1, but a count is not a yes/no answer.
    check_prediction(name, PREDICTIONS[name], run(SNIPPETS[name]))


CASES = [
    ("set", ("number",), "number"),
    ("dict", ("number", "owner"), "owner"),
    ("set", ("owner", "balance"), "balance"),
    ("list", ("number",), "balance"),
]


@pytest.mark.parametrize(
    ("container_kind", "hashed_on", "mutated_field"),
    CASES,
    ids=[f"{kind}-hashed_on_{'_'.join(on)}-{field}_changed" for kind, on, field in CASES],
)
def test_the_rule_on_a_few_accounts(container_kind, hashed_on, mutated_field):
    check_prediction(
        f"still_found({container_kind!r}, {hashed_on!r}, {mutated_field!r})",
        still_found(container_kind, hashed_on, mutated_field),
        found_after_change(container_kind, hashed_on, mutated_field),
    )
