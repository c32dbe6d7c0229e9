"""Blind cheat: retries only when type(error) is exactly one of `on`, so subclasses
(ConnectionRefusedError for ConnectionError) are not retried.

Differs on: retry(times=3, on=(ConnectionError,)) around a function that raises
ConnectionRefusedError once then returns "ok" -> correct "ok", this raises
ConnectionRefusedError after one call.
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
            raise AssertionError("unreachable")

        return wrapper

    return decorate
