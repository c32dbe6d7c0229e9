from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .counter import make_counter

# A script of steps: ("new", start, how) makes a counter (start None: the default),
# ("click", i, n, how) clicks counter number i (modulo how many exist) by n
# (None: the default); `how` passes the argument positionally or by keyword.
how = st.sampled_from(["positional", "keyword"])
new = st.tuples(st.just("new"), st.none() | st.integers(), how)
click = st.tuples(st.just("click"), st.integers(0, 5), st.none() | st.integers(), how)
scripts = st.lists(st.one_of(new, click), max_size=30)


def run(make, script):
    """Each click's counter number and what it returned (with its type: an int, not 1.0)."""
    counters = []
    results = []
    for step in script:
        if step[0] == "new":
            _, start, how = step
            if start is None:
                counters.append(make())
            else:
                counters.append(make(start) if how == "positional" else make(start=start))
        elif counters:
            _, i, n, how = step
            counter = counters[i % len(counters)]
            if n is None:
                total = counter()
            else:
                total = counter(n) if how == "positional" else counter(n=n)
            results.append((i % len(counters), type(total).__name__, total))
    return results


@kata_settings
@given(script=scripts)
# global total / class attribute: a new counter resets the first one's total
@example(
    script=[
        ("new", None, "positional"),
        ("click", 0, None, "positional"),
        ("new", 100, "positional"),
        ("click", 0, None, "positional"),
    ]
)
# two counters with the same start share one total (cache, dict by start)
@example(
    script=[
        ("new", None, "positional"),
        ("new", None, "positional"),
        ("click", 0, None, "positional"),
        ("click", 1, None, "positional"),
    ]
)
# click(0) adds nothing
@example(script=[("new", None, "positional"), ("click", 0, 0, "positional")])
def test_every_counter_keeps_its_own_total(reference, script):
    assert_same(run(make_counter, script), run(reference.make_counter, script), script=script)
