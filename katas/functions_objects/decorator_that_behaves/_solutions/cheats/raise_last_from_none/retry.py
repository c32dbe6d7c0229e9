"""Blind cheat: keeps the last error and re-raises it `from None` "to hide the retry noise",
overwriting the error's own __cause__ (and suppressing its context).

Differs on: a function that always does `raise ConnectionError("down") from TimeoutError()`:
correct: the caught error's __cause__ is that TimeoutError; here __cause__ is None.
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
        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            last: Exception | None = None
            for _ in range(times):
                try:
                    return func(*args, **kwargs)
                except on as error:
                    last = error
            assert last is not None
            raise last from None

        return wrapper

    return decorate
