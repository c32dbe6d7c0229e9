"""Reference: the predictions, and the rule that walks the managers from the innermost out."""

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


def suppresses(name: str, current: type[BaseException]) -> bool:
    """Whether the manager's __exit__ returns something truthy for this exception."""
    if name == "suppresses_lookup_errors":
        return issubclass(current, LookupError)
    if name in SUPPRESSES_EXCEPTIONS:
        return issubclass(current, Exception)
    return name in SUPPRESSES_ANY


def escapes(names: list[str], raised: type[BaseException] | None) -> type[BaseException] | None:
    """The exception class that leaves the `with` statement, or None."""
    current = raised
    for name in reversed(names):  # the innermost manager exits first
        if name == "raises_in_exit" or (name == "raises_if_failed" and current is not None):
            current = RuntimeError
        elif name == "generator_yields_twice" and current is None:
            current = RuntimeError  # "generator didn't stop"
        elif current is not None and suppresses(name, current):
            current = None
    return current
