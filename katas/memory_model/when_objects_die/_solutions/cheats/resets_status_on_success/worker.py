"""Blind cheat: keeps the message, but clears it when a later job succeeds, so the status page
forgets the latest failure.

Differs on: w = Worker(); a failing job (Job("huge.png", width=20_000, height=20_000)),
then a good job (Job("cat.png")): w.status() should still be
'last error: huge.png: 20000x20000 is over 100000000 pixels'; here it is 'ok'.
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
        self.last_error: str | None = None

    def process(self, job: Job) -> bytes:
        try:
            image = job.decode()
            if image.width * image.height > MAX_PIXELS:
                size = f"{image.width}x{image.height}"
                raise ImageTooLarge(f"{job.name}: {size} is over {MAX_PIXELS} pixels")
            thumbnail = image.resize(64, 64)
        except Exception as error:
            self.last_error = str(error)
            raise
        self.last_error = None  # healthy again
        return thumbnail

    def status(self) -> str:
        """'ok', or 'last error: <message>' once a job has failed."""
        if self.last_error is None:
            return "ok"
        return f"last error: {self.last_error}"
