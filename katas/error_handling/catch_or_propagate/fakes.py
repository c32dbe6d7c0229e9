"""Request parameters that cannot be read. Read it, do not edit it: the tests use it."""

from collections.abc import Iterator, Mapping


class Unreadable(Mapping[str, str]):
    """Parameters of a request whose client went away: every read raises `error`."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def __getitem__(self, name: str) -> str:
        raise self.error

    def __iter__(self) -> Iterator[str]:
        raise self.error

    def __len__(self) -> int:
        raise self.error

    def __repr__(self) -> str:
        return f"Unreadable({self.error!r})"
