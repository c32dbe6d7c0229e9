"""Blind cheat: keeps the total in a one-item list that is a default argument, so all counters
share the box.

Differs: a = make_counter(); b = make_counter(100); a() -> 101 here (should be 1).
"""

from collections.abc import Callable


def make_counter(start: int = 0, _box: list[int] = [0]) -> Callable[..., int]:
    _box[0] = start

    def click(n: int = 1) -> int:
        _box[0] += n
        return _box[0]

    return click
