"""Explain unfamiliar code: generators, descriptors, class hooks, context managers.

You just joined a team, and its code leans on idioms: generators driven by
send() and throw(), `yield from` that returns a value, descriptors with
__set_name__ and __get__, an __init_subclass__ registry, context managers
whose __exit__ returns something. Explaining such code means saying what it
does before running it.

Part 1. Write in PREDICTIONS what each snippet in snippets.py returns (the
value itself: 15 and 15.0 differ, and so do a list and a tuple), or, if it
raises, the exception class (KeyError, say). Think first: the examples run
the snippets and compare.

Part 2. escapes(names, raised) says, without running anything, what leaves

    with MANAGERS[names[0]](), MANAGERS[names[1]](), ...:   # names[0] outermost
        raise raised("from the body")                       # nothing, if raised is None

for the context managers in managers.py: the class of the exception that
leaves the `with` statement, or None when none does. `names` is a list of
keys of MANAGERS (perhaps empty, perhaps with repeats), and stays as it is;
`raised` is one of managers.RAISED (None, ValueError, KeyError or
KeyboardInterrupt).

    >>> escapes(["returns_true"], KeyError)
    >>> escapes(["returns_none"], KeyError)
    <class 'KeyError'>

It must reason: predictions.py may not import snippets.py, managers.py or
contextlib, use exec() or eval(), enter a `with`, or call __enter__,
__exit__ or a generator's throw() to find the answer.

Right now PREDICTIONS holds placeholders, and escapes() believes that only a
manager returning True stops an exception, and that nothing else changes it.
"""

PREDICTIONS: dict[str, object] = {
    # TODO: replace each ... with what the snippet returns, or the exception class it raises.
    "average_of_ten_and_twenty": ...,
    "send_without_next": ...,
    "stop_reading_after_one_chunk": ...,
    "the_whole_report": ...,
    "a_dropped_connection": ...,
    "where_price_is_kept": ...,
    "what_an_order_stores": ...,
    "price_after_writing_the_instance_dict": ...,
    "rows_read_twice": ...,
    "registered_formats": ...,
    "format_of_the_excel_exporter": ...,
    "what_as_binds": ...,
    "a_failed_transaction": ...,
}


def escapes(names: list[str], raised: type[BaseException] | None) -> type[BaseException] | None:
    """The exception class that leaves the `with` statement, or None."""
    # TODO: which __exit__ runs first, what counts as "suppress", and what if __exit__ raises?
    if raised is not None and "returns_true" in names:
        return None
    return raised
