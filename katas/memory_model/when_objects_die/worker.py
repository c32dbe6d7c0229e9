"""A thumbnail worker that must let go of every image as soon as it is done.

Worker.process(job) decodes an upload into an Image (tens of megabytes of
pixels), scales it down to fit 64x64 and returns the thumbnail's bytes. When a
job fails (the upload is not an image, it has more than MAX_PIXELS pixels, or
it cannot be scaled), process() raises, and the worker keeps the message of
the latest failure for its status page:

    >>> worker = Worker()
    >>> worker.process(Job("cat.png", width=800, height=600))  # Job: images.py
    b'cat.png thumbnail 64x48'
    >>> worker.status()
    'ok'
    >>> worker.process(Job("huge.png", width=20_000, height=20_000))
    Traceback (most recent call last):
    ImageTooLarge: huge.png: 20000x20000 is over 100000000 pixels
    >>> worker.status()
    'last error: huge.png: 20000x20000 is over 100000000 pixels'

The status page shows `str(error)` of the latest Exception that process()
raised, on that worker (each Worker has its own page); a later successful job
does not clear it. process() re-raises the very error it caught. A
BaseException that is not an Exception (KeyboardInterrupt, a cancellation) is
not a job failure: it passes through and leaves the status page unchanged.
A job of exactly MAX_PIXELS pixels is still scaled.

CPython frees an object the moment the last reference to it goes away
(reference counting). Nothing keeps `image` on purpose, so each Image should
be freed as soon as process() returns or raises: the worker runs for weeks.

Right now a failed job's image stays in memory until the next failure
replaces it, and the service's memory jumps after every bad upload. Find what
still refers to the image, and keep the status page working without it.
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
        try:
            image = job.decode()
            if image.width * image.height > MAX_PIXELS:
                size = f"{image.width}x{image.height}"
                raise ImageTooLarge(f"{job.name}: {size} is over {MAX_PIXELS} pixels")
            return image.resize(64, 64)
        except Exception as error:
            self.last_error = error  # TODO: the error is kept; what does it keep alive?
            raise

    def status(self) -> str:
        """'ok', or 'last error: <message>' once a job has failed."""
        if self.last_error is None:
            return "ok"
        return f"last error: {self.last_error}"
