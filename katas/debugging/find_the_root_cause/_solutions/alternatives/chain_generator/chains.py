"""Alternative: a generator yields the chain as Python prints it; loops are found by id() of the
exceptions still alive in the chain; origin() reads the last FrameSummary of traceback.extract_tb.
"""

import traceback
from collections.abc import Iterator


def chain(error: BaseException) -> Iterator[BaseException]:
    """Each exception of the chain once, from `error` down to its root cause."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        if current.__cause__ is not None:
            current = current.__cause__
        elif current.__suppress_context__:
            current = None
        else:
            current = current.__context__


def root_cause(error: BaseException) -> BaseException:
    *_, last = chain(error)
    return last


def origin(error: BaseException) -> tuple[str, int, str] | None:
    raised = root_cause(error).__traceback__
    if raised is None:
        return None
    frame = traceback.extract_tb(raised)[-1]
    return frame.filename, frame.lineno, frame.name
