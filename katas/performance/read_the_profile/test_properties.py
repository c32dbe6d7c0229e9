from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, check_reasons_without_running, kata_settings

from . import predictions
from .predictions import hotspot

CALLEES = [
    "load",
    "parse",
    "report",
    "render",
    "owner",
    "walk",
    "{built-in method builtins.sorted}",
    "{method 'split' of 'str' objects}",
    "<lambda>",
]
# ncalls as pstats prints it: "5000", or "341/1" for a recursive function.
NCALLS = st.one_of(
    st.integers(1, 5000).map(str),
    st.tuples(st.integers(2, 5000), st.integers(1, 3)).map("{0[0]}/{0[1]}".format),
)


@st.composite
def profiles(draw):
    """The rows of a profile of a call tree: main() calls some functions, which call others.

    Each function's cumtime is its own tottime plus the cumtime of the functions it
    calls; times are whole milliseconds, and no two functions have the same tottime.
    """
    callees = draw(st.lists(st.sampled_from(CALLEES), unique=True, max_size=5))
    names = ["main", *callees]
    callers = [None] + [draw(st.integers(0, n - 1)) for n in range(1, len(names))]
    own = draw(
        st.lists(
            st.integers(0, 3000) | st.integers(0, 10**7),
            min_size=len(names),
            max_size=len(names),
            unique=True,
        )
    )
    total = list(own)
    for n in reversed(range(1, len(names))):  # a function comes after the one calling it
        total[callers[n]] += total[n]
    ncalls = ["1"] + [draw(NCALLS) for _ in callees]
    rows = [(names[n], ncalls[n], own[n] / 1000, total[n] / 1000) for n in range(len(names))]
    return draw(st.permutations(rows))


@kata_settings
@given(rows=profiles())
@example(  # main -> report -> parse: the time is two calls down
    rows=[("main", "1", 0.001, 2.0), ("report", "1", 0.01, 1.999), ("parse", "1", 1.989, 1.989)]
)
@example(  # a cheap call, made very often
    rows=[("main", "1", 0.002, 1.2), ("parse", "5000", 1.198, 1.198)]
)
@example(  # the entry point's own lines hold the most time
    rows=[("main", "1", 2.0, 2.5), ("load", "1", 0.4, 0.5)]
)
@example(  # one slow call against a cheap call made very often
    rows=[("main", "1", 0.01, 5.0), ("parse", "1", 1.0, 1.0), ("lookup", "5000", 3.0, 3.0)]
)
@example(  # the rows in another order than `-s cumtime` prints them
    rows=[("work", "10", 4.8, 4.8), ("main", "1", 0.01, 5.0), ("helper", "3", 0.1, 0.1)]
)
def test_the_hotspot_is_where_the_time_is_spent(reference, rows):
    mine = list(rows)
    got = hotspot(mine)
    assert_same(
        {"hotspot": got, "rows afterwards": mine},
        {"hotspot": reference.hotspot(rows), "rows afterwards": rows},
        rows=rows,
    )


def test_the_predictions_are_predicted_not_read_off_the_profiles():
    source = Path(predictions.__file__).read_text(encoding="utf-8")
    check_reasons_without_running(source, "predictions.py", forbidden={"profiles", "lineclock"})
