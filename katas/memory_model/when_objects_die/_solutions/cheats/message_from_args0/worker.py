"""Blind cheat: keeps error.args[0] instead of str(error): wrong message for errors whose str()
is not their first arg (KeyError, OSError(errno, text), several args), and an IndexError
replaces an error raised with no args.

Differs on: a Job whose decode() raises OSError(2, "No such file"): status should be
'last error: [Errno 2] No such file'; here 'last error: 2'.  decode() raising
RuntimeError() makes process() raise IndexError instead of the RuntimeError.
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
            self.last_error = error.args[0]  # just the message, not the error
            raise

    def status(self) -> str:
        """'ok', or 'last error: <message>' once a job has failed."""
        if self.last_error is None:
            return "ok"
        return f"last error: {self.last_error}"
