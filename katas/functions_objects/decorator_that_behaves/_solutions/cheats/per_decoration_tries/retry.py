"""Blind cheat: counts failures in decorate(), not in wrapper(), so the tries are shared by every
call of the decorated function.

Differs on: f = retry(times=2, on=(ConnectionError,))(g) where g raises ConnectionError,
returns "a", raises ConnectionError, returns "b": f() -> "a", then f() -> correct "b",
this raises the ConnectionError (only 2 failures allowed in all).
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
