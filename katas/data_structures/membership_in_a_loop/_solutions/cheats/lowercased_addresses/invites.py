"""Blind cheat: matches addresses case-insensitively, so "Ana@x.io" counts as the subscriber
"ana@x.io".

Differs: new_subscribers(["Ana@x.io"], ["ana@x.io"]) -> [] (should be ["Ana@x.io"]).
"""

from collections.abc import Sequence


def new_subscribers(imported: list[str], subscribers: Sequence[str]) -> list[str]:
    known = {address.lower() for address in subscribers}
    return [address for address in imported if address.lower() not in known]
