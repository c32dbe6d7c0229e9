"""A retry decorator for calls that fail now and then, such as network requests.

@retry(times=3, on=(ConnectionError,)) calls the function again when it raises
one of the `on` exceptions (or a subclass of one), up to `times` calls in all
(times >= 1), and returns the first result. When the last call fails too, its
exception propagates as is: the very object the function raised. Any other
exception propagates at once, with no retry. Every call of the decorated
function gets its own `times` calls. The decorated function keeps the
original's name, docstring and other metadata, and its __wrapped__ is the
original:

    >>> @retry(times=3, on=(ConnectionError,))
    ... def fetch(url: str) -> str:
    ...     '''Download a page.'''
    ...     return "<html>"
    >>> fetch("https://example.com"), fetch.__name__, fetch.__doc__
    ('<html>', 'fetch', 'Download a page.')

Right now it retries every exception (a typo is run three times), returns None
when every call fails (the caller goes on with no data and no error), and the
decorated function calls itself "wrapper", in logs, tracebacks and help().
Fix all three.
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
            for _ in range(times):
                try:
                    return func(*args, **kwargs)
                except Exception:  # TODO: which errors deserve another call? And after the last?
                    pass

        return wrapper

    return decorate
