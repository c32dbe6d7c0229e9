import gc
import weakref

from .collector import collector_off
from .tree import Node


def build() -> tuple[Node, Node, Node]:
    root = Node("root")
    docs = Node("docs", parent=root)
    notes = Node("notes.txt", parent=docs)
    return root, docs, notes


def test_a_node_knows_its_parent_its_children_and_its_path():
    root, docs, notes = build()
    assert notes.path == "root/docs/notes.txt"
    assert notes.parent is docs
    assert docs.parent is root
    assert root.parent is None
    assert [child.name for child in root.children] == ["docs"]
    assert [child.name for child in docs.children] == ["notes.txt"]


def test_the_cyclic_collector_can_free_a_dropped_tree():
    root, docs, notes = build()
    refs = [weakref.ref(node) for node in (root, docs, notes)]
    del root, docs, notes
    gc.collect()  # finds the garbage that reference counting alone cannot free
    assert [ref() for ref in refs] == [None, None, None]


def test_dropping_the_tree_frees_it_without_the_collector():
    with collector_off():
        root, docs, notes = build()
        refs = {node.name: weakref.ref(node) for node in (root, docs, notes)}
        del root, docs, notes
        alive = [name for name, ref in refs.items() if ref() is not None]
    assert alive == [], f"nothing refers to these nodes from outside, yet they are alive: {alive}"
