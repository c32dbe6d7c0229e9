"""Blind cheat: weak parent link, but `path` dereferences the weakref without checking for None,
so a node whose parent was freed raises AttributeError instead of starting its path at itself.

Differs on: root = Node("root"); child = Node("c", parent=root); del root; child.path
should be "c"; here it raises AttributeError ('NoneType' object has no attribute 'path').
"""

from __future__ import annotations

import weakref


class Node:
    def __init__(self, name: str, parent: Node | None = None) -> None:
        self.name = name
        self.children: list[Node] = []
        self._parent = weakref.ref(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self) -> Node | None:
        return self._parent() if self._parent is not None else None

    @property
    def path(self) -> str:
        """The names from the top of the tree down to this node, joined by '/'."""
        if self._parent is None:
            return self.name
        return f"{self._parent().path}/{self.name}"
