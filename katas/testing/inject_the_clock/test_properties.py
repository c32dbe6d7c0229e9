"""The kata's own check of your refactored opening.py: given the moment, it answers as
the reference does, for moments anywhere in the week, in any timezone."""

from datetime import UTC, datetime, time, timedelta, timezone
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .opening import is_open, next_opening

# The instants where a mistake shows: the opening and closing instants, and either side.
EDGES = [
    time(0),
    time(8, 59, 59, 999999),
    time(9),
    time(9, 0, 0, 1),
    time(12),
    time(16, 59, 59, 999999),
    time(17),
    time(23, 59, 59, 999999),
]
days = st.dates(min_value=datetime(2000, 1, 1).date(), max_value=datetime(2099, 12, 31).date())
instants_in_utc = st.builds(
    lambda day, clock: datetime.combine(day, clock, tzinfo=UTC), days, st.sampled_from(EDGES)
) | st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(UTC)
)
# Fixed offsets from UTC-12 to UTC+14, to the minute (India is +05:30, Nepal +05:45).
zones = st.just(UTC) | st.integers(-12 * 60, 14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
moments = st.builds(lambda instant, zone: instant.astimezone(zone), instants_in_utc, zones)
naive_moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31))


def answer(function: Any, moment: datetime) -> Any:
    """What the function gives for the moment: a bool, a datetime shown with its tzinfo,
    or the ValueError the contract asks for."""
    try:
        result = function(moment)
    except ValueError:
        return "raises ValueError"
    return repr(result) if isinstance(result, datetime) else result


def zone(hours: int, minutes: int = 0) -> timezone:
    return timezone(timedelta(hours=hours, minutes=minutes))


@kata_settings
@given(at=moments)
@example(at=datetime(2024, 6, 7, 17, 0, tzinfo=UTC))  # Friday at closing
@example(at=datetime(2024, 6, 3, 9, 0, tzinfo=UTC))  # Monday at opening
@example(at=datetime(2024, 6, 8, 12, 0, tzinfo=UTC))  # Saturday noon
@example(at=datetime(2024, 6, 4, 10, 30, tzinfo=zone(5, 30)))  # 05:00 UTC
@example(at=datetime(2024, 6, 9, 22, 0, tzinfo=zone(-12)))  # Monday 10:00 UTC
def test_is_open_answers_as_the_reference_does(reference, at):
    assert_same(answer(is_open, at), answer(reference.is_open, at), at=at)


@kata_settings
@given(after=moments)
@example(after=datetime(2024, 6, 3, 9, 0, tzinfo=UTC))  # Monday at opening
@example(after=datetime(2024, 6, 3, 8, 0, tzinfo=UTC))  # Monday before opening
@example(after=datetime(2024, 6, 7, 9, 0, 1, tzinfo=UTC))  # Friday after opening
@example(after=datetime(2024, 6, 8, 12, 0, tzinfo=UTC))  # Saturday noon
@example(after=datetime(2024, 6, 10, 10, 0, tzinfo=zone(5)))  # 05:00 UTC
@example(after=datetime(2024, 6, 4, 12, 0, tzinfo=zone(-7)))  # the result's timezone
def test_next_opening_answers_as_the_reference_does(reference, after):
    assert_same(answer(next_opening, after), answer(reference.next_opening, after), after=after)


@kata_settings
@given(moment=naive_moments)
@example(moment=datetime(2024, 6, 4, 12, 0))
def test_a_naive_datetime_raises_value_error(reference, moment):
    for mine, theirs in [(is_open, reference.is_open), (next_opening, reference.next_opening)]:
        assert_same(answer(mine, moment), answer(theirs, moment), moment=moment)
