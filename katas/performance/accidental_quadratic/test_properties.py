from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .counting import budget, measure
from .leaderboard import leaders_after_each

scores = st.lists(st.integers(-50, 50), max_size=60)
# Any order, and also rising (records broken every time) or falling.
orders = st.one_of(
    scores,
    scores.map(sorted),
    scores.map(lambda s: sorted(s, reverse=True)),
    st.lists(st.integers(-1000, 1000), min_size=100, max_size=300).map(sorted),
)
ks = st.integers(1, 5)


@kata_settings
@given(scores=scores, k=ks)
def test_the_k_best_after_each_score(reference, scores, k):
    got, _ = measure(leaders_after_each, scores, k)
    assert_same(got, reference.leaders_after_each(scores, k), scores=scores, k=k)


@kata_settings
@given(scores=orders, k=ks)
@example(scores=list(range(300)), k=3)  # every score beats the last record
def test_the_work_per_score_does_not_grow(scores, k):
    _, comparisons = measure(leaders_after_each, scores, k)
    allowed = budget(scores, k)
    verdict = "within the budget"
    if comparisons > allowed:
        verdict = f"{comparisons} comparisons, over the budget of {allowed}"
    shown = scores if len(scores) <= 8 else f"{len(scores)} scores: {scores[:3]} ... {scores[-1]}"
    assert_same(verdict, "within the budget", scores=shown, k=k)
