"""Blind cheat: makes the wrong side weak: children are kept in a WeakSet and the parent link
stays strong, so a parent does not keep its children alive (and children lose their order).

Differs on: root = Node("root"); Node("docs", parent=root); root.children should list
["docs"]; here it is empty once the child's only other reference is gone.  Also a
child keeps its parent alive, and root.children order is not creation order.
"""

from __future__ import annotations

import weakref


class Node:
    def __init__(self, name: str, parent: Node | None = None) -> None:
        self.name = name
        self.children: weakref.WeakSet[Node] = weakref.WeakSet()  # no cycle: children are weak
        self.parent = parent
        if parent is not None:
            parent.children.add(self)

    @property
    def path(self) -> str:
        """The names from the top of the tree down to this node, joined by '/'."""
        if self.parent is None:
            return self.name
        return f"{self.parent.path}/{self.name}"
