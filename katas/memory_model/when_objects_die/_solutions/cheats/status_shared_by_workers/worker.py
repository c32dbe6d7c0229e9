"""Blind cheat: keeps the message as a string, but on the class (Worker.last_error), so every
worker shows the failures of every other worker.

Differs on: a = Worker(); a fails on Job("huge.png", width=20_000, height=20_000);
Worker().status() should be 'ok'; here it is 'last error: huge.png: ...'.
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
    last_error: str | None = None  # the status page reads this

    def process(self, job: Job) -> bytes:
        try:
            image = job.decode()
            if image.width * image.height > MAX_PIXELS:
                size = f"{image.width}x{image.height}"
                raise ImageTooLarge(f"{job.name}: {size} is over {MAX_PIXELS} pixels")
            return image.resize(64, 64)
        except Exception as error:
            Worker.last_error = str(error)
            raise

    def status(self) -> str:
        """'ok', or 'last error: <message>' once a job has failed."""
        if self.last_error is None:
            return "ok"
        return f"last error: {self.last_error}"
