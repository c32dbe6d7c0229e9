"""Cheat: thinks `raise RuntimeError(...) from exc` lets the original exception through.

Differs: escapes(["raises_if_failed"], KeyError) -> KeyError (Python: the RuntimeError
replaces it; the KeyError is only its __cause__).
"""

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

#: What each manager's __exit__ does to the exception in flight (None: no exception).
SUPPRESSES_ANY = {"returns_true", "returns_the_word_false", "returns_exc_type"}
SUPPRESSES_EXCEPTIONS = {"suppresses_exceptions", "generator_except_exception"}


def escapes(names: list[str], raised: type[BaseException] | None) -> type[BaseException] | None:
    """The exception class that leaves the `with` statement, or None."""
    current = raised
    for name in reversed(names):  # the innermost manager exits first
        if name == "raises_in_exit":
            current = RuntimeError
        elif name == "generator_yields_twice" and current is None:
            current = RuntimeError  # "generator didn't stop"
        elif current is None:
            continue
        elif name in SUPPRESSES_ANY:
            current = None
        elif name in SUPPRESSES_EXCEPTIONS and issubclass(current, Exception):
            current = None
        elif name == "suppresses_lookup_errors" and issubclass(current, LookupError):
            current = None
    return current
