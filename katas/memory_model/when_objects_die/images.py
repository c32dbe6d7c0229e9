"""Uploads and images for the tests. Read it, do not edit it: the tests use it."""

import weakref


class DecodeError(Exception):
    """The upload's bytes are not an image."""


class ResizeError(Exception):
    """The image cannot be scaled down."""


class Image:
    """Decoded pixels: tens of megabytes each, in production."""

    def __init__(self, name: str, width: int, height: int) -> None:
        self.name = name
        self.width = width
        self.height = height

    def resize(self, width: int, height: int) -> bytes:
        """The pixels scaled down to width x height, encoded as bytes."""
        try:
            scale = min(width / self.width, height / self.height)
        except ZeroDivisionError as error:
            raise ResizeError(f"{self.name}: cannot scale an empty image") from error
        size = f"{round(self.width * scale)}x{round(self.height * scale)}"
        return f"{self.name} thumbnail {size}".encode()


class Job:
    """One upload to make a thumbnail of.

    A job remembers the image it decoded through a weak reference, which does
    not keep the image alive: `job.image_alive` tells whether it still is.
    """

    def __init__(
        self, name: str, width: int = 800, height: int = 600, corrupt: bool = False
    ) -> None:
        self.name = name
        self.width = width
        self.height = height
        self.corrupt = corrupt
        self._image: weakref.ref[Image] | None = None

    def decode(self) -> Image:
        if self.corrupt:
            raise DecodeError(f"{self.name}: not an image")
        image = Image(self.name, self.width, self.height)
        self._image = weakref.ref(image)
        return image

    @property
    def image_alive(self) -> bool:
        """True while the image this job decoded is still in memory."""
        return self._image is not None and self._image() is not None
