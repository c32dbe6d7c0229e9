"""The code predictions.py is about, Part 1. Read it, do not edit it: the tests run it.

Each snippet handles one upload: it loads a Buffer, does its job, and returns.
The tests call fate(snippet) (see lifetimes.py): is the buffer freed as soon
as the snippet returns, only by the garbage collector, or never?
"""

import weakref
from collections.abc import Callable

from .lifetimes import Buffer, load


class ParseError(Exception):
    pass


def parse(buffer: Buffer) -> None:
    raise ParseError(f"cannot parse {len(buffer)} bytes")


def checksum_of_upload() -> int:
    buffer = load()
    return sum(buffer.data) % 256


def error_logged_as_text() -> str:
    buffer = load()
    try:
        parse(buffer)
    except ParseError as e:
        return f"upload rejected: {e}"
    return "ok"


def error_kept_in_a_local() -> str:
    buffer = load()
    error = None
    try:
        parse(buffer)
    except ParseError as e:
        error = e
    return f"upload rejected: {error}"


last_error: Exception | None = None


def error_saved_for_the_status_page() -> None:
    global last_error
    buffer = load()
    try:
        parse(buffer)
    except ParseError as e:
        last_error = e


class Job:
    def __init__(self, buffer: Buffer) -> None:
        self.buffer = buffer
        self.on_done = self.finish  # a bound method: it refers to self

    def finish(self) -> None:
        self.buffer = None

    def __del__(self) -> None:
        pass  # say, a log line "job collected"


def job_with_a_callback_to_itself() -> str:
    job = Job(load())
    return f"job queued for {len(job.buffer)} bytes"


def checksum(buffer: Buffer, _seen: dict[int, Buffer] = {}) -> int:
    total = sum(buffer.data) % 256
    _seen[total] = buffer  # "so that we can find a duplicate upload"
    return total


def memo_in_a_default_argument() -> int:
    return checksum(load())


handlers: list[Callable[[], int]] = []


def closure_registered_as_handler() -> None:
    buffer = load()
    handlers.append(lambda: len(buffer))


def closure_called_and_dropped() -> int:
    buffer = load()
    size = lambda: len(buffer)  # noqa: E731
    return size()


recent_uploads: "weakref.WeakValueDictionary[str, Buffer]" = weakref.WeakValueDictionary()


def weak_cache_of_uploads() -> None:
    recent_uploads["latest"] = load()


#: name -> snippet
SNIPPETS: dict[str, Callable[[], object]] = {
    "checksum_of_upload": checksum_of_upload,
    "error_logged_as_text": error_logged_as_text,
    "error_kept_in_a_local": error_kept_in_a_local,
    "error_saved_for_the_status_page": error_saved_for_the_status_page,
    "job_with_a_callback_to_itself": job_with_a_callback_to_itself,
    "memo_in_a_default_argument": memo_in_a_default_argument,
    "closure_registered_as_handler": closure_registered_as_handler,
    "closure_called_and_dropped": closure_called_and_dropped,
    "weak_cache_of_uploads": weak_cache_of_uploads,
}
