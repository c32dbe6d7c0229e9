"""Blind cheat: still keeps the error, and only drops the `image` local in a finally; an error
raised inside image.resize() keeps resize()'s frame (and its `self`, the image) alive through
the kept traceback, as does a __cause__/__context__ chain.

Differs on: a Job whose image's resize() raises (e.g. ValueError("cannot scale")):
after process() raises, a correct solution has freed the image; here worker.last_error
-> __traceback__ -> resize frame -> self keeps it alive until the next failure.
"""

from typing import Protocol

MAX_PIXELS = 100_000_000


class Image(Protocol):
    width: int
    height: int

    def resize(self, width: int, height: int) -> bytes: ...


class Job(Protocol):
    name: str

    def decode(self) -> Image: ...


class ImageTooLarge(Exception):
    """The upload has more pixels than the worker will scale."""


class Worker:
    def __init__(self) -> None:
        self.last_error: Exception | None = None

    def process(self, job: Job) -> bytes:
        image = None
        try:
            image = job.decode()
            if image.width * image.height > MAX_PIXELS:
                size = f"{image.width}x{image.height}"
                raise ImageTooLarge(f"{job.name}: {size} is over {MAX_PIXELS} pixels")
            return image.resize(64, 64)
        except Exception as error:
            self.last_error = error
            raise
        finally:
            image = None  # the traceback keeps this frame: drop the big local

    def status(self) -> str:
        """'ok', or 'last error: <message>' once a job has failed."""
        if self.last_error is None:
            return "ok"
        return f"last error: {self.last_error}"
