from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import legacy
from .card import is_valid_card

# Digits, perhaps grouped by spaces: any length, valid or not, spaces anywhere.
numbers = st.text(alphabet="0123456789 ", max_size=24) | st.text(alphabet="0123456789", max_size=40)


def judged(verdict: object) -> tuple[str, object]:
    """The verdict with its type: True and 1, False and None are not the same answer."""
    return type(verdict).__name__, verdict


@kata_settings
@given(number=numbers)
@example(number="3782 822463 10005")  # an American Express card: 15 digits
@example(number="79927398713")  # an odd number of digits
@example(number="0")  # one digit is not a card number
@example(number="7")  # ... and the answer is still a bool
@example(number="")  # no digits at all
@example(number="   ")  # only spaces
@example(number="91")  # 9 doubled is 18, which counts as 9
@example(number=" 4539 1488 0343 6467 ")  # spaces at the ends
def test_every_number_is_judged_as_legacy_judged_it(number):
    assert_same(judged(is_valid_card(number)), judged(legacy.is_valid_card(number)), number=number)
