"""Cheat: copies a few managers into predictions.py and runs a real `with` statement.

It imports nothing forbidden, but it runs code instead of reasoning: the rule
enters a `with` (and the copies are only as right as the copying:
generator_yields_twice is copied as one that passes everything on).
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


class _Exit:
    def __init__(self, returns: object = None, raises: bool = False, when_failed: bool = False):
        self.returns, self.raises, self.when_failed = returns, raises, when_failed

    def __enter__(self) -> "_Exit":
        return self

    def __exit__(self, exc_type, exc, tb):
        if self.raises and (exc is not None or not self.when_failed):
            raise RuntimeError("copied")
        if callable(self.returns):
            return self.returns(exc_type, exc)
        return self.returns


COPIES = {
    "returns_true": lambda: _Exit(True),
    "returns_the_word_false": lambda: _Exit("False"),
    "returns_exc_type": lambda: _Exit(lambda t, e: t),
    "suppresses_lookup_errors": lambda: _Exit(
        lambda t, e: t is not None and issubclass(t, LookupError)
    ),
    "suppresses_exceptions": lambda: _Exit(lambda t, e: isinstance(e, Exception)),
    "generator_except_exception": lambda: _Exit(lambda t, e: isinstance(e, Exception)),
    "raises_in_exit": lambda: _Exit(raises=True),
    "raises_if_failed": lambda: _Exit(raises=True, when_failed=True),
    # the rest pass the exception on (generator_yields_twice: copied wrong)
}


def _run(names: list[str], raised: type[BaseException] | None) -> None:
    if not names:
        if raised is not None:
            raise raised()
        return
    with COPIES.get(names[0], _Exit)():
        _run(names[1:], raised)


def escapes(names: list[str], raised: type[BaseException] | None) -> type[BaseException] | None:
    """The exception class that leaves the `with` statement, or None."""
    try:
        _run(list(names), raised)
    except BaseException as error:
        return type(error)
    return None
