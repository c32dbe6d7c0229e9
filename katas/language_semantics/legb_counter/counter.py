"""A click counter that remembers its own total.

make_counter(start) returns a function, click(n=1), that adds n to a running
total and returns the new total. Every counter keeps its own total:

    >>> a = make_counter()
    >>> b = make_counter(100)
    >>> a(), a(), b(5)
    (1, 2, 105)

start and n may be any int (zero and negatives included). Counters are
independent however many there are, whenever they are made, and even when
they start at the same value.

Right now the first click raises UnboundLocalError. Read the traceback, work
out why Python thinks `total` is local to click(), and fix it.
"""

from collections.abc import Callable


def make_counter(start: int = 0) -> Callable[..., int]:
    total = start

    def click(n: int = 1) -> int:
        total += n  # TODO: UnboundLocalError here. Why is `total` local to click()?
        return total

    return click
