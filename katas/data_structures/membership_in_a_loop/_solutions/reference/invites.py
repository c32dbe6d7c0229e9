"""Reference: build a set of the subscribers once, then each check is one hash lookup."""

from collections.abc import Sequence


def new_subscribers(imported: list[str], subscribers: Sequence[str]) -> list[str]:
    known = set(subscribers)
    return [address for address in imported if address not in known]
