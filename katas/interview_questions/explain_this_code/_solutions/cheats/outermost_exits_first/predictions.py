"""Blind cheat: walks the managers in the order written (outermost first) instead of innermost first.

Differs on: escapes(["returns_true", "raises_in_exit"], ValueError) -> RuntimeError
(Python: the inner raises_in_exit raises RuntimeError, the outer returns_true swallows it: None).
"""

PREDICTIONS: dict[str, object] = {
    "average_of_ten_and_twenty": 15.0,
    "send_without_next": TypeError,
    "stop_reading_after_one_chunk": ["open", "close"],
    "the_whole_report": ["header", "a", "b", "2 rows"],
    "a_dropped_connection": ("reconnecting", "connected"),
    "where_price_is_kept": "_price",
    "what_an_order_stores": ["_price", "_quantity"],
    "price_after_writing_the_instance_dict": 5,
    "rows_read_twice": (True, 1, 0),
    "registered_formats": ["csv", "excelexporter"],
    "format_of_the_excel_exporter": "excelexporter",
    "what_as_binds": None,
    "a_failed_transaction": ["begin", "write", "rollback", "after"],
}

SUPPRESS_ANY = {"returns_true", "returns_the_word_false", "returns_exc_type"}
SUPPRESS_EXCEPTION = {"suppresses_exceptions", "generator_except_exception"}


def escapes(names: list[str], raised: type[BaseException] | None) -> type[BaseException] | None:
    """The exception class that leaves the `with` statement, or None."""
    current = raised
    for name in names:  # each manager in turn
        if name == "raises_in_exit":
            current = RuntimeError
        elif name == "raises_if_failed":
            if current is not None:
                current = RuntimeError
        elif name == "generator_yields_twice":
            if current is None:
                current = RuntimeError
        elif current is None:
            continue
        elif name in SUPPRESS_ANY:
            current = None
        elif name in SUPPRESS_EXCEPTION and issubclass(current, Exception):
            current = None
        elif name == "suppresses_lookup_errors" and issubclass(current, LookupError):
            current = None
    return current
