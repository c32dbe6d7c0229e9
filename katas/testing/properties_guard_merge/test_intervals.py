"""Your property tests for intervals.merge_intervals: the kata is solved when they
pass on every correct implementation of intervals.py and fail on each of its
planted bugs (regressions a refactoring could bring back).

The example test below checks the one input its author thought of. Regressions
hide in the inputs nobody thinks of: intervals out of order, one inside another,
two that share an end, a single number, the same start twice. Rather than guess
them one by one, state what is true of EVERY answer and let Hypothesis search
for an input that breaks it.

TODO: write property tests with @given. Generate lists of intervals (start <=
end; small numbers, so that they often overlap and touch), call merge_intervals,
and assert what the contract in intervals.py promises for any input: what the
result covers, its shape, what it must not depend on, what it leaves alone.
Keep an example or two for what a property does not say (ValueError).
"""

from hypothesis import given  # noqa: F401 (for your properties)
from hypothesis import strategies as st  # noqa: F401

from .intervals import merge_intervals


def test_overlapping_intervals_merge():
    assert merge_intervals([(1, 3), (2, 5)]) == [(1, 5)]
