"""Blind cheat: the early exit for fewer than two digits is a bare `return`, so short
numbers give None instead of False (falsy, but not the bool that legacy returns).

Differs: is_valid_card("7") returns None; legacy returns False (and `is False` fails).
"""


def is_valid_card(number: str) -> bool:
    digits = [int(char) for char in number if char != " "]
    if len(digits) < 2:
        return  # too short to be a card number
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2 == 1:  # from the right, every second digit is doubled
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0
