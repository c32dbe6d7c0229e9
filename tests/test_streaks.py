"""Streak arithmetic: consecutive calendar days with at least one kata solved.

Every test names its own "today"; none depends on the real date.
"""

from __future__ import annotations

from datetime import date

import pytest

from pytest_senior_katas.core.streaks import NOW_ENV, TODAY_ENV, Streak, now, streak, today

ON = date(2026, 11, 26)


def d(text: str) -> date:
    return date.fromisoformat(text)


def test_no_solve_days_is_no_streak() -> None:
    assert streak([], ON) == Streak(current=0, best=0)


def test_a_solve_today_starts_a_streak_of_one() -> None:
    assert streak([ON], ON) == Streak(current=1, best=1)


def test_a_streak_ending_yesterday_is_still_alive() -> None:
    assert streak([d("2026-11-24"), d("2026-11-25")], ON) == Streak(current=2, best=2)


def test_a_streak_ending_two_days_ago_is_broken_but_remembered_as_best() -> None:
    assert streak([d("2026-11-23"), d("2026-11-24")], ON) == Streak(current=0, best=2)


def test_a_gap_restarts_the_current_streak() -> None:
    days = [d("2026-11-20"), d("2026-11-21"), d("2026-11-23"), d("2026-11-25"), ON]

    assert streak(days, ON) == Streak(current=2, best=2)


def test_the_best_streak_can_be_longer_than_the_current_one() -> None:
    days = [d("2026-11-01"), d("2026-11-02"), d("2026-11-03"), d("2026-11-04"), ON]

    assert streak(days, ON) == Streak(current=1, best=4)


@pytest.mark.parametrize(
    "days",
    [
        ["2026-01-30", "2026-01-31", "2026-02-01"],
        ["2026-12-30", "2026-12-31", "2027-01-01"],
        ["2028-02-28", "2028-02-29", "2028-03-01"],
        ["2027-02-27", "2027-02-28", "2027-03-01"],
    ],
    ids=["month end", "year end", "leap day", "february of a common year"],
)
def test_a_streak_runs_across_calendar_boundaries(days: list[str]) -> None:
    solve_days = [d(day) for day in days]

    assert streak(solve_days, solve_days[-1]) == Streak(current=3, best=3)


def test_the_day_after_a_leap_day_streak_it_is_still_alive() -> None:
    assert streak([d("2028-02-28"), d("2028-02-29")], d("2028-03-01")) == Streak(2, 2)


def test_a_missing_day_across_a_month_end_breaks_the_streak() -> None:
    assert streak([d("2026-01-30"), d("2026-02-01")], d("2026-02-01")) == Streak(1, 1)


def test_the_same_day_twice_counts_once() -> None:
    days = [d("2026-11-25"), ON, ON, d("2026-11-25")]

    assert streak(days, ON) == Streak(current=2, best=2)


def test_the_order_of_the_days_does_not_matter() -> None:
    days = [ON, d("2026-11-24"), d("2026-11-25")]

    assert streak(days, ON) == Streak(current=3, best=3)


def test_days_after_the_day_asked_about_are_ignored() -> None:
    days = [d("2026-11-24"), d("2026-11-25"), d("2026-11-27"), d("2026-11-28"), d("2026-11-29")]

    assert streak(days, d("2026-11-25")) == Streak(current=2, best=2)


def test_streak_accepts_any_iterable_of_days() -> None:
    assert streak(iter([ON]), ON) == Streak(current=1, best=1)


# -- today(): KATAS_TODAY overrides the clock --------------------------------------------


def test_katas_today_sets_the_date() -> None:
    assert today({TODAY_ENV: "2028-02-29"}) == date(2028, 2, 29)


def test_katas_today_tolerates_surrounding_whitespace() -> None:
    assert today({TODAY_ENV: " 2026-11-26\n"}) == ON


@pytest.mark.parametrize("value", ["26/11/2026", "tomorrow", "2026-02-30", "2026-13-01"])
def test_a_malformed_katas_today_is_a_one_line_error_naming_the_variable(value: str) -> None:
    with pytest.raises(ValueError, match=TODAY_ENV) as info:
        today({TODAY_ENV: value})

    message = str(info.value)
    assert "\n" not in message
    assert repr(value) in message
    assert "ISO date" in message


def test_a_katas_today_with_a_line_break_still_gives_a_one_line_error() -> None:
    with pytest.raises(ValueError, match=TODAY_ENV) as info:
        today({TODAY_ENV: "2026-11-26\nrm -rf"})

    assert "\n" not in str(info.value)


@pytest.mark.parametrize("environ", [{}, {TODAY_ENV: ""}, {TODAY_ENV: "   "}])
def test_without_katas_today_the_real_date_is_used(environ: dict[str, str]) -> None:
    assert type(today(environ)) is date


def test_a_katas_now_with_an_offset_becomes_a_naive_local_time() -> None:
    from datetime import UTC, datetime

    stamp = now({NOW_ENV: "2026-11-26T09:30:00+00:00"})

    assert stamp.tzinfo is None
    expected = datetime(2026, 11, 26, 9, 30, tzinfo=UTC).astimezone()
    assert stamp == expected.replace(tzinfo=None)
