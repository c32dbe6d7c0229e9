"""Reference: functools.wraps, `except on`, and a last call with no `try` around it.

The first times-1 calls swallow only the `on` exceptions; anything else
propagates at once. The last call is made outside any `try`, so whatever it
raises reaches the caller untouched. The loop runs inside wrapper(), so every
call of the decorated function starts again from zero.
"""

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def retry(
    *, times: int = 3, on: tuple[type[Exception], ...] = (ConnectionError,)
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    if times < 1:
        raise ValueError(f"times must be at least 1, not {times}")

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            for _ in range(times - 1):
                try:
                    return func(*args, **kwargs)
                except on:
                    continue
            return func(*args, **kwargs)

        return wrapper

    return decorate
