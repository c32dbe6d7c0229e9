"""Blind cheat: copies __name__, __qualname__, __doc__ and __wrapped__ by hand instead of
functools.wraps, losing __module__, __dict__ and __annotations__.

Differs on: def g(url: str) -> str: ... in another module, with g.owner = "ops":
correct retry()(g).__module__ == g.__module__, .owner == "ops" and
.__annotations__ == g.__annotations__; here __module__ is this module, .owner raises
AttributeError and __annotations__ are the wrapper's (args: P.args, ...).
"""

from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def retry(
    *, times: int = 3, on: tuple[type[Exception], ...] = (ConnectionError,)
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            for _ in range(times - 1):
                try:
                    return func(*args, **kwargs)
                except on:
                    continue
            return func(*args, **kwargs)

        wrapper.__name__ = func.__name__
        wrapper.__qualname__ = func.__qualname__
        wrapper.__doc__ = func.__doc__
        wrapper.__wrapped__ = func  # type: ignore[attr-defined]
        return wrapper

    return decorate
