import asyncio

import pytest

from pytest_senior_katas.kata import check_prediction

from .predictions import PREDICTIONS, predict_log
from .programs import run
from .snippets import SNIPPETS


@pytest.mark.filterwarnings("ignore:coroutine .* was never awaited:RuntimeWarning")
@pytest.mark.parametrize("name", list(SNIPPETS))
def test_you_predict_what_each_snippet_logs(name):
    log: list[str] = []
    asyncio.run(SNIPPETS[name](log))
    check_prediction(name, PREDICTIONS[name], log)


@pytest.mark.parametrize(
    "program",
    [
        [("spawn", "a", 1), ("pause",)],
        [("spawn", "a", 2), ("pause",)],
        [("spawn", "a", 2), ("spawn", "b", 2)],
    ],
)
def test_the_rule_on_small_programs(program):
    check_prediction(f"predict_log({program!r})", predict_log(program), run(program))
