from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import check_prediction, check_reasons_without_running, kata_settings

from . import predictions
from .predictions import predict_log
from .programs import run

pause = st.just(("pause",))
# Any name, "" and "main" included; a task may have no turns at all.
names = st.sampled_from(["a", "b", "c", "main", "", "a1", "é"])
spawn = st.tuples(st.just("spawn"), names, st.integers(0, 4))


def unique_names(program):
    """Give every spawned task its own name, so that the log says who wrote what."""
    letters = iter("abcdefghijkl")
    return [("spawn", next(letters), step[2]) if step[0] == "spawn" else step for step in program]


steps = st.lists(st.one_of(spawn, pause), max_size=12)
programs = st.one_of(steps.map(unique_names), steps)  # names may repeat, too


def test_the_rule_reasons_instead_of_running_the_programs():
    source = Path(predictions.__file__).read_text(encoding="utf-8")
    forbidden = {"snippets", "programs", "asyncio"}
    check_reasons_without_running(source, "predictions.py", forbidden=forbidden)


@kata_settings
@given(program=programs)
@example(program=[("spawn", "a", 1), ("spawn", "b", 1), ("pause",)])  # two tasks wait, not one
@example(program=[("spawn", "a", 2), ("spawn", "b", 2), ("pause",)])
@example(program=[("pause",), ("spawn", "a", 1)])  # spawned after the pause
@example(program=[("spawn", "a", 3), ("pause",), ("pause",)])
@example(program=[("spawn", "a", 0), ("pause",)])  # a task with nothing to log
@example(program=[])
def test_the_rule_predicts_what_asyncio_does(program):
    asked = list(program)
    answer = predict_log(asked)
    check_prediction(f"predict_log({program!r})", answer, run(program))
    check_prediction(f"the program after predict_log({program!r})", asked, program)
