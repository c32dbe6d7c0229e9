"""Reference: `nonlocal` rebinds the enclosing function's `total`."""

from collections.abc import Callable


def make_counter(start: int = 0) -> Callable[..., int]:
    total = start

    def click(n: int = 1) -> int:
        nonlocal total
        total += n
        return total

    return click
