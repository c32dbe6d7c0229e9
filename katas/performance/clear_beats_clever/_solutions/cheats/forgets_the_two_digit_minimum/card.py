"""Blind cheat: drops the legacy corner that fewer than two digits is never valid: "0", ""
and " " add up to 0, a multiple of 10.

Differs: is_valid_card("0") returns True (also "" and " "); legacy returns False.
"""


def is_valid_card(number: str) -> bool:
    digits = [int(char) for char in number if char != " "]
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2 == 1:  # from the right, every second digit is doubled
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0
