"""Code from the codebase you just joined, Part 2. Read it, do not edit it: the tests run it.

The context managers the codebase uses, by name in MANAGERS, and what the
tests run with them: what_escapes(names, raised) enters the managers, the
first one outermost, as in

    with suppresses_exceptions(), raises_in_exit():
        raise KeyError("from the body")   # or nothing, when raised is None

and returns the class of the exception that leaves the `with` statement, or
None when none does.
"""

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any


class ReturnsNone:
    def __enter__(self) -> "ReturnsNone":
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> Any:
        return None


class ReturnsTrue(ReturnsNone):
    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> Any:
        return True


class ReturnsTheWordFalse(ReturnsNone):
    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> Any:
        return "False"


class ReturnsZero(ReturnsNone):
    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> Any:
        return 0


class ReturnsExcType(ReturnsNone):
    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> Any:
        return exc_type


class SuppressesLookupErrors(ReturnsNone):
    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> Any:
        return exc_type is not None and issubclass(exc_type, LookupError)


class SuppressesExceptions(ReturnsNone):
    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> Any:
        return isinstance(exc, Exception)


class RaisesInExit(ReturnsNone):
    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> Any:
        raise RuntimeError("cleanup failed")


class RaisesIfFailed(ReturnsNone):
    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> Any:
        if exc is not None:
            raise RuntimeError("rolled back") from exc


@contextmanager
def generator_plain() -> Iterator[None]:
    yield


@contextmanager
def generator_finally() -> Iterator[None]:
    try:
        yield
    finally:
        pass


@contextmanager
def generator_except_exception() -> Iterator[None]:
    try:
        yield
    except Exception:
        pass


@contextmanager
def generator_yields_twice() -> Iterator[None]:
    yield
    yield


MANAGERS: dict[str, Callable[[], AbstractContextManager[Any]]] = {
    "returns_none": ReturnsNone,
    "returns_true": ReturnsTrue,
    "returns_the_word_false": ReturnsTheWordFalse,
    "returns_zero": ReturnsZero,
    "returns_exc_type": ReturnsExcType,
    "suppresses_lookup_errors": SuppressesLookupErrors,
    "suppresses_exceptions": SuppressesExceptions,
    "raises_in_exit": RaisesInExit,
    "raises_if_failed": RaisesIfFailed,
    "generator_plain": generator_plain,
    "generator_finally": generator_finally,
    "generator_except_exception": generator_except_exception,
    "generator_yields_twice": generator_yields_twice,
}

#: What the body may raise: nothing, two Exceptions, and a BaseException that is not one.
RAISED: list[type[BaseException] | None] = [None, ValueError, KeyError, KeyboardInterrupt]


def _run(managers: list[AbstractContextManager[Any]], body: Callable[[], None]) -> None:
    if not managers:
        body()
        return
    with managers[0]:
        _run(managers[1:], body)


def what_escapes(
    names: list[str], raised: type[BaseException] | None
) -> type[BaseException] | None:
    def body() -> None:
        if raised is not None:
            raise raised("from the body")

    try:
        _run([MANAGERS[name]() for name in names], body)
    except BaseException as error:
        return type(error)
    return None
