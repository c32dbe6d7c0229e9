"""Cheat: a weak link to the parent, but `path` memoised with functools.cache.

The cycle is gone, yet the cache is a hidden holder: it keeps every node
whose path was ever asked for (its key is `self`), so those nodes, and all
their children, are never freed. It also keeps answering with a parent that
has been freed.
"""

from __future__ import annotations

import functools
import weakref


class Node:
    def __init__(self, name: str, parent: Node | None = None) -> None:
        self.name = name
        self.children: list[Node] = []
        self._parent = None if parent is None else weakref.ref(parent)
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self) -> Node | None:
        """The parent node, or None for a top node or once the parent has been freed."""
        return None if self._parent is None else self._parent()

    @property
    @functools.cache  # noqa: B019 (the hidden holder this cheat shows)
    def path(self) -> str:
        """The names from the top of the tree down to this node, joined by '/'."""
        parent = self.parent
        if parent is None:
            return self.name
        return f"{parent.path}/{self.name}"
