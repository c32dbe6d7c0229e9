"""Cheat: drops its own `image` variable before keeping the error.

That frees the image when process() itself raised. But the traceback holds
every frame the error passed through: when Image.resize() raises, its frame
still holds `self`, the image, and the kept error keeps that frame alive.
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
            image = None  # drop our own reference before keeping the error
            self.last_error = error
            raise

    def status(self) -> str:
        if self.last_error is None:
            return "ok"
        return f"last error: {self.last_error}"
