import pytest

from pytest_senior_katas.kata import check_prediction

from .chains import fate_of_chain
from .lifetimes import fate
from .predictions import PREDICTIONS, fate_of
from .snippets import SNIPPETS


@pytest.mark.parametrize("name", list(SNIPPETS))
def test_you_predict_what_frees_each_snippets_buffer(name):
    check_prediction(name, PREDICTIONS[name], fate(SNIPPETS[name]))


@pytest.mark.parametrize(
    "chain",
    [
        [],
        ["box", "registry"],
        ["weak", "registry"],
        ["cycle"],
        ["closure", "cycle_with_del"],
        ["cycle", "weak"],
    ],
)
def test_the_rule_on_small_chains(chain):
    check_prediction(f"fate_of({chain!r})", fate_of(chain), fate_of_chain(chain))
