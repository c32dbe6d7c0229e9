"""Blind cheat: caches the subscriber set by id() and length, so a list changed in place (or a
reused id) gives stale answers.

Differs: s = ["a@x"]; new_subscribers(["b@x"], s); s[0] = "b@x"; new_subscribers(["b@x"], s) ->
["b@x"] (should be []).
"""

from collections.abc import Sequence

_sets: dict[tuple[int, int], set[str]] = {}


def new_subscribers(imported: list[str], subscribers: Sequence[str]) -> list[str]:
    key = (id(subscribers), len(subscribers))
    if key not in _sets:  # the subscriber list is huge: build its set once
        _sets[key] = set(subscribers)
    known = _sets[key]
    return [address for address in imported if address not in known]
