"""Cheat: clear, but it doubles every second digit counting from the left.

For 16-digit cards (Visa, Mastercard: all the examples) the left-hand count
lands on the same digits as the right-hand one. For an odd number of digits
(15-digit American Express cards) it doubles the wrong half, and a valid card
is refused.
"""


def is_valid_card(number: str) -> bool:
    digits = [int(char) for char in number if char != " "]
    if len(digits) < 2:
        return False
    total = 0
    for position, digit in enumerate(digits):
        if position % 2 == 0:  # every second digit, starting with the first
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0
