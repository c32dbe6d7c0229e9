"""A nightly batch job that survives bad items and still stops when told to.

run_batch(items, handle) calls handle(item) on each item, in order. When
handle() raises an error (any Exception: a ValueError, a KeyError, an OSError,
one of your own), the item is recorded as failed, with its error, and the
batch goes on with the next item. It returns a Report of what was done and
what failed:

    >>> report = run_batch(["1", "two", "3"], int)
    >>> report.done
    ['1', '3']
    >>> [(item, type(error).__name__) for item, error in report.failed]
    [('two', 'ValueError')]

Stopping is not failing. Ctrl-C (KeyboardInterrupt), sys.exit() (SystemExit),
a cancelled task (asyncio.CancelledError), GeneratorExit, and any other
exception that derives from BaseException but not from Exception are not
errors. When handle() raises one of them, the batch stops at once, handles
no further item, and that very exception object reaches the caller
unchanged (same object, same __cause__ and __context__). A failed item keeps
the very error object handle() raised, unchanged too.

Items need not be distinct, and any iterable of str will do (a generator is
read once). Each call handles every item it is given, and returns a new
Report: calls do not share state, and a Report from an earlier call is not
changed by a later one.

Right now Ctrl-C during a long batch is recorded as one more failed item and
the batch runs on: only `kill -9` stops it. Fix run_batch() so that it
catches the errors it can handle, and nothing else.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass
class Report:
    done: list[str] = field(default_factory=list)
    failed: list[tuple[str, Exception]] = field(default_factory=list)


def run_batch(items: Iterable[str], handle: Callable[[str], object]) -> Report:
    report = Report()
    for item in items:
        try:
            handle(item)
        except BaseException as error:  # TODO: is Ctrl-C a failed item?
            report.failed.append((item, error))
        else:
            report.done.append(item)
    return report
