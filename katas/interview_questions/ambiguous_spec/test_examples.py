from datetime import date
from decimal import Decimal

import pytest

from . import billing
from .billing import Customer, last_business_day, round_total, unique_customers


def test_a_half_cent_rounds_up_by_default():
    assert round_total([Decimal("0.125")]) == Decimal("0.13")


def test_a_refund_rounds_away_from_zero_too():
    assert round_total([Decimal("-0.125")]) == Decimal("-0.13")


def test_half_even_rounds_a_half_cent_to_the_even_cent():
    assert round_total([Decimal("0.125")], rounding=billing.Rounding.HALF_EVEN) == Decimal("0.12")


def test_the_total_is_rounded_once_by_default():
    assert round_total([Decimal("0.005")] * 3) == Decimal("0.02")


def test_each_line_rounded_adds_up_like_the_printed_invoice():
    assert round_total([Decimal("0.005")] * 3, at=billing.RoundAt.EACH_LINE) == Decimal("0.03")


def test_no_amounts_total_zero_cents():
    assert str(round_total([])) == "0.00"


ANN = Customer("Ann", "ann@example.com")
ANN_AGAIN = Customer("Ann Lee", " Ann@Example.COM")
BO = Customer("Bo", "bo@example.com")


def test_emails_match_whatever_their_case_by_default():
    assert unique_customers([ANN, BO, ANN_AGAIN]) == [ANN, BO]


def test_exact_matching_keeps_differently_written_emails_apart():
    assert unique_customers([ANN, ANN_AGAIN], match=billing.EmailMatch.EXACT) == [ANN, ANN_AGAIN]


def test_keep_last_keeps_the_latest_record_where_the_email_first_appeared():
    assert unique_customers([ANN, BO, ANN_AGAIN], keep=billing.Keep.LAST) == [ANN_AGAIN, BO]


def test_a_month_ending_on_a_saturday_bills_on_the_friday():
    assert last_business_day(2024, 8) == date(2024, 8, 30)


def test_a_holiday_on_the_last_day_moves_billing_back():
    new_years_eve = date(2024, 12, 31)
    assert last_business_day(2024, 12, holidays={new_years_eve}) == date(2024, 12, 30)


def test_a_friday_saturday_weekend_bills_on_the_thursday():
    assert last_business_day(2024, 8, weekend={4, 5}) == date(2024, 8, 29)


def test_a_month_without_a_business_day_is_an_error():
    every_day = {date(2026, 2, day) for day in range(1, 29)}
    with pytest.raises(ValueError):
        last_business_day(2026, 2, holidays=every_day)
