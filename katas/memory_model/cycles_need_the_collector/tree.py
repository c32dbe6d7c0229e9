"""A tree of nodes that is freed the moment its owner lets go of it.

Node(name, parent) adds a node under `parent`. A parent keeps its children
(node.children); a child knows its parent (node.parent) and its path:

    >>> root = Node("root")
    >>> docs = Node("docs", parent=root)
    >>> notes = Node("notes.txt", parent=docs)
    >>> notes.path, notes.parent is docs, [child.name for child in root.children]
    ('root/docs/notes.txt', True, ['docs'])

Whoever holds a node owns it and everything below it: a node keeps its
children alive, never its parent. A node whose parent has been freed has no
parent any more: its `parent` is None, and its path starts at itself.

The service parses one such tree per request and runs with the cyclic
garbage collector switched off (gc.disable(), for steady latency), so it
relies on reference counting alone. Right now no tree is ever freed: memory
grows with every request. Make dropping the root free the whole tree, with
no help from gc.collect().
"""

from __future__ import annotations


class Node:
    def __init__(self, name: str, parent: Node | None = None) -> None:
        self.name = name
        self.children: list[Node] = []
        self.parent = parent  # TODO: the parent holds this node, and this node holds the parent
        if parent is not None:
            parent.children.append(self)

    @property
    def path(self) -> str:
        """The names from the top of the tree down to this node, joined by '/'."""
        if self.parent is None:
            return self.name
        return f"{self.parent.path}/{self.name}"
