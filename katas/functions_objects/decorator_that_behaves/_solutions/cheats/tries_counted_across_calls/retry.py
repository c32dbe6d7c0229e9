"""Cheat: counts the failed calls in decorate()'s scope, so the count is never reset.

The counter is created once, when the function is decorated, and every call
of the decorated function adds to it. The first call gets its `times` calls;
a later call gets only what earlier calls left over, and soon gives up at the
first failure.
"""

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def retry(
    *, times: int = 3, on: tuple[type[Exception], ...] = (ConnectionError,)
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        failures = 0

        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            nonlocal failures
            while True:
                try:
                    return func(*args, **kwargs)
                except on:
                    failures += 1
                    if failures >= times:
                        raise

        return wrapper

    return decorate
