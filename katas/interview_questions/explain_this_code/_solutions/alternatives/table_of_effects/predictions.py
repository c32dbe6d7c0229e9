"""Alternative: each manager as a function from the exception it sees to the one it lets out."""

from collections.abc import Callable

Outcome = type[BaseException] | None

PREDICTIONS: dict[str, object] = {
    "average_of_ten_and_twenty": 15.0,  # / always gives a float
    "send_without_next": TypeError,  # can't send non-None value to a just-started generator
    "stop_reading_after_one_chunk": ["open", "close"],  # close() raises GeneratorExit at the yield
    "the_whole_report": ["header", "a", "b", "2 rows"],  # yield from returns the return value
    "a_dropped_connection": ("reconnecting", "connected"),  # throw() returns the next yield
    "where_price_is_kept": "_price",  # __get__ with obj None returns the descriptor
    "what_an_order_stores": ["_price", "_quantity"],
    "price_after_writing_the_instance_dict": 5,  # a data descriptor beats the instance dict
    "rows_read_twice": (True, 1, 0),  # __get__ runs once; += makes an instance attribute
    "registered_formats": ["csv", "excelexporter"],  # every subclass, grandchildren too
    "format_of_the_excel_exporter": "excelexporter",  # the hook runs again, format=None
    "what_as_binds": None,  # `as` binds what __enter__ returns
    "a_failed_transaction": ["begin", "write", "rollback", "after"],  # a truthy str suppresses
}


def passes(current: Outcome) -> Outcome:
    return current


def suppresses(current: Outcome) -> Outcome:
    return None


def suppresses_if(kind: type[BaseException]) -> Callable[[Outcome], Outcome]:
    return lambda current: None if current is not None and issubclass(current, kind) else current


def replaces_if(failed: bool | None) -> Callable[[Outcome], Outcome]:
    """RuntimeError when the body failed (True), did not (False), or either way (None)."""
    return lambda current: RuntimeError if failed in (None, current is not None) else current


EFFECTS: dict[str, Callable[[Outcome], Outcome]] = {
    "returns_none": passes,
    "returns_true": suppresses,
    "returns_the_word_false": suppresses,  # a non-empty string is truthy
    "returns_zero": passes,
    "returns_exc_type": suppresses,  # None when nothing failed, a (truthy) class otherwise
    "suppresses_lookup_errors": suppresses_if(LookupError),
    "suppresses_exceptions": suppresses_if(Exception),
    "raises_in_exit": replaces_if(None),
    "raises_if_failed": replaces_if(True),
    "generator_plain": passes,
    "generator_finally": passes,
    "generator_except_exception": suppresses_if(Exception),
    "generator_yields_twice": replaces_if(False),  # "generator didn't stop"
}


def escapes(names: list[str], raised: type[BaseException] | None) -> type[BaseException] | None:
    """The exception class that leaves the `with` statement, or None."""
    current = raised
    for name in names[::-1]:
        current = EFFECTS[name](current)
    return current
