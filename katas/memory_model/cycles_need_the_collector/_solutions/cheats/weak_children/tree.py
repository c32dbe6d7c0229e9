"""Cheat: breaks the cycle on the wrong side: weak links to the children.

No cycle, so a tree whose every node is held somewhere is freed without the
collector. But an owner holds the root only: nothing else holds the
children, so each one is freed the moment it is built, and the root is left
with no children at all.
"""

from __future__ import annotations

import weakref


class Node:
    def __init__(self, name: str, parent: Node | None = None) -> None:
        self.name = name
        self._children: list[weakref.ref[Node]] = []
        self.parent = parent
        if parent is not None:
            parent._children.append(weakref.ref(self))

    @property
    def children(self) -> list[Node]:
        return [child for ref in self._children if (child := ref()) is not None]

    @property
    def path(self) -> str:
        if self.parent is None:
            return self.name
        return f"{self.parent.path}/{self.name}"
