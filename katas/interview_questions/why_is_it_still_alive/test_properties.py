from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import check_prediction, check_reasons_without_running, kata_settings

from . import predictions
from .chains import LINKS, fate_of_chain
from .predictions import fate_of

# Any chain: empty, long, links repeated, weak links anywhere (several, too).
chains = st.lists(st.sampled_from(sorted(LINKS)), max_size=8)


def test_the_rule_reasons_instead_of_running_the_chains():
    source = Path(predictions.__file__).read_text(encoding="utf-8")
    forbidden = {"snippets", "chains", "lifetimes", "gc", "weakref"}
    check_reasons_without_running(source, "predictions.py", forbidden=forbidden)


@kata_settings
@given(chain=chains)
@example(chain=["weak", "cycle"])  # the cycle holds a weak reference only
@example(chain=["weak", "registry"])
@example(chain=["cycle_with_del"])  # __del__ does not stop the collector (PEP 442)
@example(chain=["closure", "registry"])  # a closure cell is a strong reference
@example(chain=["default", "registry"])
@example(chain=["generator"])  # a paused generator is not a cycle
@example(chain=["default"])  # the nested function, defaults and all, is freed with the chain
@example(chain=["weak", "cycle", "weak"])  # the first weak link is where the chain breaks
@example(chain=["generator", "registry"])
@example(chain=["box", "cycle", "weak", "registry"])
@example(chain=["registry", "weak"])
@example(chain=[])
def test_the_rule_predicts_what_frees_the_buffer(chain):
    asked = list(chain)
    answer = fate_of(asked)
    check_prediction(f"fate_of({chain!r})", answer, fate_of_chain(chain))
    check_prediction(f"the chain after fate_of({chain!r})", asked, chain)
