"""A retry decorator for calls that fail now and then, such as network requests.

@retry(times=3, on=(ConnectionError,)) calls the function again when it raises
one of the `on` exceptions (or a subclass of one), up to `times` calls in all
(times >= 1: retry(times=0) raises ValueError, as nothing would ever run), and
returns the first result. When the last call fails too, its exception
propagates as is: the very object the function raised, with its own __cause__
and __context__. Any other exception, including a BaseException that is not an
Exception (KeyboardInterrupt), propagates at once, with no retry. `on` may be
empty: then nothing is retried. Every call of the decorated function gets its
own `times` calls, with the arguments it was given. The decorated function keeps
all of the original's metadata (__name__, __qualname__, __doc__, __module__,
__annotations__, the attributes in its __dict__), and its __wrapped__ is the
original. Plain @retry() means times=3, on=(ConnectionError,):

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
