"""Blind cheat: "a double over 9 minus 9" written as (2 * digit) % 9, which is right for
every digit except 9, whose double 18 becomes 0 instead of 9.

Differs: is_valid_card("91") (9 doubled is 9, plus 1 = 10) returns False; legacy returns
True.
"""


def is_valid_card(number: str) -> bool:
    digits = [int(char) for char in number if char != " "]
    if len(digits) < 2:
        return False
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2 == 1:  # every second digit from the right
            digit = digit * 2 % 9
        total += digit
    return total % 10 == 0
