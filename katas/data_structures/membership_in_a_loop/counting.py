"""Counts the work new_subscribers() does. The tests use it; do not edit it.

Two kinds of work are counted: comparisons (every ==, !=, <, <=, > or >=
between two addresses, so sorting counts too) and reads (every subscriber
handed out by the subscriber list, whether by iterating over it, indexing it
or testing `in` on it).
"""

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import overload


class Address(str):
    """An email address that counts every time it is compared (==, !=, <, <=, >, >=)."""

    comparisons = 0

    def __eq__(self, other: object) -> bool:
        Address.comparisons += 1
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        Address.comparisons += 1
        return str.__ne__(self, other)

    def __lt__(self, other: str) -> bool:
        Address.comparisons += 1
        return str.__lt__(self, other)

    def __le__(self, other: str) -> bool:
        Address.comparisons += 1
        return str.__le__(self, other)

    def __gt__(self, other: str) -> bool:
        Address.comparisons += 1
        return str.__gt__(self, other)

    def __ge__(self, other: str) -> bool:
        Address.comparisons += 1
        return str.__ge__(self, other)

    __hash__ = str.__hash__


class Subscribers(Sequence[str]):
    """A read-only list of subscribers that counts every subscriber it hands out."""

    def __init__(self, addresses: Iterable[str]) -> None:
        self._addresses = list(addresses)
        self.reads = 0

    def __len__(self) -> int:
        return len(self._addresses)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        found = self._addresses[index]
        self.reads += len(found) if isinstance(index, slice) else 1
        return found

    def __iter__(self) -> Iterator[str]:
        for address in self._addresses:
            self.reads += 1
            yield address

    def __repr__(self) -> str:
        return f"Subscribers({self._addresses!r})"


def measure(
    new_subscribers: Callable[[list[str], Sequence[str]], list[str]],
    imported: list[str],
    subscribers: list[str],
) -> tuple[list[str], int, int]:
    """Call new_subscribers on counting copies of the addresses.

    Returns (the addresses it returned, comparisons, subscribers read). Every
    address is a new object, as if read from a file, so no two are identical.
    """
    counted = Subscribers(Address(address) for address in subscribers)
    addresses: list[str] = [Address(address) for address in imported]
    Address.comparisons = 0
    result = new_subscribers(addresses, counted)
    comparisons = Address.comparisons
    return [str(address) for address in result], comparisons, counted.reads
