from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .predictions import predict_log
from .programs import run

pause = st.just(("pause",))
spawn = st.tuples(st.just("spawn"), st.sampled_from("abcde"), st.integers(1, 3))


def unique_names(program):
    """Give every spawned task its own name, so that the log says who wrote what."""
    names = iter("abcdefgh")
    return [("spawn", next(names), step[2]) if step[0] == "spawn" else step for step in program]


programs = st.lists(st.one_of(spawn, pause), max_size=8).map(unique_names)


@kata_settings
@given(program=programs)
@example(program=[("spawn", "a", 1), ("spawn", "b", 1), ("pause",)])  # two tasks wait, not one
def test_the_rule_predicts_what_asyncio_does(program):
    assert_same(predict_log(program), run(program), program=program)
