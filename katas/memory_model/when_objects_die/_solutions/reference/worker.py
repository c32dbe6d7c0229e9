"""Reference: keep the failure's message, a string, not the exception.

An exception holds its traceback, the traceback holds every frame the error
passed through, and each frame holds its local variables: `image` in
process(), `self` in Image.resize(). A string holds none of that.
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
            return image.resize(64, 64)
        except Exception as error:
            self.last_error = str(error)
            raise

    def status(self) -> str:
        """'ok', or 'last error: <message>' once a job has failed."""
        if self.last_error is None:
            return "ok"
        return f"last error: {self.last_error}"
