"""Cheat: retries when `type(error) in on`, which is not what `except on` means.

An exception matches an `except` clause when it is an instance of one of the
classes, subclasses included. ConnectionRefusedError and ConnectionResetError
are ConnectionErrors, yet this version gives up on them at once.
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
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except Exception as error:
                    if type(error) not in on or attempt == times:
                        raise
            raise AssertionError("unreachable: the last attempt returns or raises")

        return wrapper

    return decorate
