"""The resize, in pure Python. Read it, do not edit it: the service and the tests use it.

An image is b"GRAY" followed by its pixels, one byte each, in one row (a
sketch of the real format). render(image, width) returns the thumbnail
`width` pixels wide, as the same kind of image: each new pixel is the average
of the old pixels it covers. An image no wider than `width` comes back as it
is. Data that does not start with b"GRAY" raises CorruptImage.

It is CPU-bound: pure Python arithmetic over every pixel, about a second per
megapixel, holding the GIL all the while. It touches nothing but its
arguments, so it can run in any thread or process.
"""

MAGIC = b"GRAY"


class CorruptImage(ValueError):
    """The data is not an image."""


def render(image: bytes, width: int) -> bytes:
    if not image.startswith(MAGIC):
        raise CorruptImage(f"not an image: starts with {image[:4]!r}")
    pixels = image[len(MAGIC) :]
    if len(pixels) <= width:
        return image
    thumbnail = bytearray(MAGIC)
    for i in range(width):
        start, stop = i * len(pixels) // width, (i + 1) * len(pixels) // width
        thumbnail.append(sum(pixels[start:stop]) // (stop - start))
    return bytes(thumbnail)
