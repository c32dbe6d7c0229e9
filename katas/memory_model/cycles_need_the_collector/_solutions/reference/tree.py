"""Reference: the link back to the parent is a weak reference.

Strong links only go down (parent -> children), so the tree holds no cycle:
dropping the root takes every count to zero, top to bottom.
"""

from __future__ import annotations

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
    def path(self) -> str:
        """The names from the top of the tree down to this node, joined by '/'."""
        parent = self.parent
        if parent is None:
            return self.name
        return f"{parent.path}/{self.name}"
