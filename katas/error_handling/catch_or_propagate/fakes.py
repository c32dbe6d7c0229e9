"""Request parameters read lazily from a connection. Read it, do not edit it: the tests use it."""

from collections.abc import Iterator, Mapping


class Unreadable(Mapping[str, str]):
    """Parameters of a request whose client went away: every read raises `error`.

    That includes `name in params`, len() and iteration: nothing can be read.
    """

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def __getitem__(self, name: str) -> str:
        raise self.error

    def __contains__(self, name: object) -> bool:
        raise self.error

    def __iter__(self) -> Iterator[str]:
        raise self.error

    def __len__(self) -> int:
        raise self.error

    def __repr__(self) -> str:
        return f"Unreadable({self.error!r})"


class LazyParams(Mapping[str, str]):
    """Parameters whose names are known, but whose values are read from the connection.

    `name in params`, len() and iteration work from the names. Reading the
    value of a name that is there raises `error` when one is given (the
    connection dropped mid-read, or the framework has a bug: any exception,
    a KeyError or a ValueError too); otherwise it gives the text. Reading a
    name that is not there raises KeyError(name), as a dict does.
    """

    def __init__(self, texts: dict[str, str], error: BaseException | None = None) -> None:
        self.texts = texts
        self.error = error

    def __getitem__(self, name: str) -> str:
        text = self.texts[name]
        if self.error is not None:
            raise self.error
        return text

    def __contains__(self, name: object) -> bool:
        return name in self.texts

    def __iter__(self) -> Iterator[str]:
        return iter(self.texts)

    def __len__(self) -> int:
        return len(self.texts)

    def __repr__(self) -> str:
        return f"LazyParams({self.texts!r}, error={self.error!r})"
