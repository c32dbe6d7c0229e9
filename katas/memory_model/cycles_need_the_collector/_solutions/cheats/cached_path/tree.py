"""Blind cheat: weak parent link, but the path is computed once in __init__ and cached, so it
still names a parent that has been freed (or renamed).

Differs on: root = Node("root"); child = Node("c", parent=root); del root:
child.parent is None, so child.path should be "c"; here it is "root/c".
"""

from __future__ import annotations

import weakref


class Node:
    def __init__(self, name: str, parent: Node | None = None) -> None:
        self.name = name
        self.children: list[Node] = []
        self._parent = weakref.ref(parent) if parent is not None else None
        self._path = name if parent is None else f"{parent.path}/{name}"
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self) -> Node | None:
        return self._parent() if self._parent is not None else None

    @property
    def path(self) -> str:
        """The names from the top of the tree down to this node, joined by '/'."""
        return self._path  # computed once: no need to walk up every time
