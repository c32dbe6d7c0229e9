"""Reference: the Luhn rule, written the way it is said.

The digits are read right to left; every second one is doubled, and a double
over 9 loses 9 (the same as adding its two digits).
"""


def is_valid_card(number: str) -> bool:
    digits = [int(char) for char in number if char != " "]
    if len(digits) < 2:
        return False
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2 == 1:  # every second digit from the right
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0
