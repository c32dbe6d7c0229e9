from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import legacy
from .card import is_valid_card

# Digits, perhaps grouped by spaces: any length, valid or not.
numbers = st.text(alphabet="0123456789 ", max_size=24)


@kata_settings
@given(number=numbers)
@example(number="3782 822463 10005")  # an American Express card: 15 digits
@example(number="0")  # one digit is not a card number
def test_every_number_is_judged_as_legacy_judged_it(number):
    assert_same(is_valid_card(number), legacy.is_valid_card(number), number=number)
