"""Card numbers: the Luhn check a payment form runs before it calls the bank.

is_valid_card(number) says whether a card number passes the Luhn check.
`number` holds the digits 0 to 9, perhaps grouped by spaces (any number of
them, anywhere), and nothing else: the form has checked. From the rightmost
digit, double every second digit (9 is taken off a double over 9), add all
the digits up: the number is valid when it has at least two digits and the
total is a multiple of 10. It returns True or False (a bool, never None).

    >>> is_valid_card("4539 1488 0343 6467")
    True
    >>> is_valid_card("4539 1488 0343 6468")
    False

The code works, and someone once made it fast: a built-in and a method kept
in locals, a loop unrolled by hand, a lambda inside map(), a bit mask for
"odd". Nobody dares to touch it, and it buys nothing: the checkout's profile
puts this check at microseconds, next to a bank call of hundreds of
milliseconds. Rewrite it so that a reader sees the rule above at a glance:
no line over 90 characters, no lambda, no bit operators, no built-in, method
or global copied into a local for speed, and no function over 15 lines (the
tests check). Keep its behaviour exactly: legacy.py keeps this version, and
the tests compare yours with it.
"""

_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # digit -> the digits of 2 * digit, summed


def is_valid_card(number: str) -> bool:
    # TODO: fast once, unreadable now, and not where the time goes. Say what it does.
    ds = []
    push = ds.append
    o = ord
    for c in number:
        if c != " ":
            push(o(c) - 48)
    n = len(ds)
    if n < 2:
        return False
    t = 0
    i = n - 1
    dbl = _DOUBLED
    while i > 2:  # unrolled: four digits per pass, from the right, every second one doubled
        t += ds[i] + dbl[ds[i - 1]] + ds[i - 2] + dbl[ds[i - 3]]
        i -= 4
    t += sum(map(lambda j: dbl[ds[j]] if (n - 1 - j) & 1 else ds[j], range(i, -1, -1)))
    return not t % 10
