from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .counting import budget, measure, measure_memory
from .leaderboard import leaders_after_each

scores = st.lists(st.integers(-50, 50) | st.integers(), max_size=60)
# Any order, and also rising (records broken every time) or falling.
orders = st.one_of(
    scores,
    scores.map(sorted),
    scores.map(lambda s: sorted(s, reverse=True)),
    st.lists(st.integers(-1000, 1000), min_size=100, max_size=300).map(sorted),
)
# No two alike, so that which scores the answer needs does not depend on ties.
unique_scores = st.lists(st.integers(-1000, 1000) | st.integers(), unique=True, max_size=200)
streams = st.one_of(
    unique_scores,
    unique_scores.map(lambda s: sorted(s, reverse=True)),
    st.lists(st.integers(), unique=True, min_size=100, max_size=200),
)
ks = st.integers(1, 5) | st.integers(1, 70)

FALLING = list(range(200, 0, -1))


@kata_settings
@given(scores=scores, k=ks)
@example(scores=[-5, 3], k=2)  # scores below zero
@example(scores=[2**70, -(2**70), 0], k=2)  # huge scores
def test_the_k_best_after_each_score(reference, scores, k):
    got, _ = measure(leaders_after_each, scores, k)
    assert_same(got, reference.leaders_after_each(scores, k), scores=scores, k=k)
    mine = list(scores)
    leaders_after_each(mine, k)
    assert_same(mine, scores, what="the scores list after the call", k=k)


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


@kata_settings
@given(scores=streams, k=ks)
@example(scores=FALLING, k=3)  # only the first three ever make the board
def test_only_the_scores_the_answer_needs_are_kept(reference, scores, k):
    got, most_alive, copies = measure_memory(leaders_after_each, scores, k)
    want = reference.leaders_after_each(scores, k)
    # The answers hold these scores anyway; one more is the score just read.
    needed = len({score for top in want for score in top}) + 3
    verdict = "only what the answer needs"
    if got != want:
        verdict = "a wrong answer"
    elif copies:
        verdict = f"{copies} scores in the answers are plain-int copies, not the scores given"
    elif most_alive > needed:
        verdict = f"{most_alive} scores kept at once, where the answers need {needed}"
    shown = scores if len(scores) <= 8 else f"{len(scores)} scores: {scores[:3]} ... {scores[-1]}"
    assert_same(verdict, "only what the answer needs", scores=shown, k=k)


@kata_settings
@given(scores=scores)
@example(scores=[4, 3, 2, 1])
def test_k_is_three_when_not_given(reference, scores):
    assert_same(
        leaders_after_each(list(scores)), reference.leaders_after_each(scores), scores=scores
    )
