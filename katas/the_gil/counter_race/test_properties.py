from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .hits import HitCounter
from .race import hammer, widen_the_race


# Each example runs threads: a few examples are enough, and the race is widened
# (race.py) so that one unprotected step loses hits on every run.
@settings(parent=kata_settings, max_examples=10)
@given(threads=st.integers(2, 4), hits_each=st.integers(1, 150))
@example(threads=4, hits_each=200)  # take() racing with hit()
def test_every_hit_is_taken_exactly_once_while_take_runs(reference, threads, hits_each):
    got = hammer(widen_the_race(HitCounter)(), threads, hits_each, take_meanwhile=True)
    want = hammer(widen_the_race(reference.HitCounter)(), threads, hits_each, take_meanwhile=True)
    assert_same(got, want, threads=threads, hits_each=hits_each, take_meanwhile=True)
