"""The kata's own tests: duration.py, as you fixed it, against the reference fix.

Whatever text the scheduler's configuration holds, your parse_duration must give
the same seconds as the reference, or raise ValueError where it does.
"""

from collections.abc import Callable

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .duration import parse_duration

numbers = st.from_regex(r"[0-9]{1,7}", fullmatch=True)
units = st.sampled_from("hms")
#: Durations within the contract: each unit at most once, in order, any left out.
durations = st.tuples(st.none() | numbers, st.none() | numbers, st.none() | numbers).map(
    lambda hms: "".join(f"{n}{u}" for n, u in zip(hms, "hms", strict=True) if n is not None)
)
#: Parts in any order, a unit perhaps twice: in order or not, the same answer as the reference.
shuffled = st.lists(st.tuples(numbers, units), min_size=1, max_size=4).map(
    lambda parts: "".join(f"{n}{u}" for n, u in parts)
)
#: Any text made of the characters a duration, or a typo in one, is made of.
texts = st.text(alphabet="0123456789hmsdH +-.:\n\t\u0661", max_size=12)


def outcome(parse: Callable[[str], int], text: str) -> object:
    try:
        return parse(text)
    except Exception as error:  # any other error is a wrong answer: show which
        return type(error).__name__


@kata_settings
@given(text=durations)
@example(text="1h30m")  # the report
@example(text="2h15m")
@example(text="5m30s")
@example(text="1h15s")
@example(text="1h30m15s")
@example(text="")
def test_a_duration_is_the_sum_of_its_parts(reference, text):
    assert_same(outcome(parse_duration, text), outcome(reference.parse_duration, text), text=text)


@kata_settings
@given(text=shuffled)
@example(text="30m1h")
@example(text="1m1m")
def test_parts_are_accepted_only_in_order_and_once_each(reference, text):
    assert_same(outcome(parse_duration, text), outcome(reference.parse_duration, text), text=text)


@kata_settings
@given(text=texts)
@example(text="1h 30m")
@example(text="1h30")
@example(text="1h\n")
@example(text="\u0661h")
def test_any_other_text_is_rejected(reference, text):
    assert_same(outcome(parse_duration, text), outcome(reference.parse_duration, text), text=text)
