import weakref

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .collector import collector_off
from .tree import Node


@st.composite
def trees(draw: st.DrawFn) -> tuple[list[int | None], list[int]]:
    """A tree as the index of each node's parent (node 0 is the root), and the
    nodes its owner holds on to."""
    size = draw(st.integers(1, 7))
    parents: list[int | None] = [None] + [draw(st.integers(0, i - 1)) for i in range(1, size)]
    kept = sorted(draw(st.sets(st.integers(0, size - 1))))
    return parents, kept


def grow(node_class: type[Node], parents: list[int | None], kept: list[int]):
    """Build the tree; hand back the kept nodes only, and a weak reference to every node."""
    nodes: list[Node] = []
    for i, parent in enumerate(parents):
        nodes.append(node_class(f"n{i}", parent=None if parent is None else nodes[parent]))
    return [nodes[i] for i in kept], [weakref.ref(node) for node in nodes]


def report(node_class: type[Node], parents: list[int | None], kept: list[int]) -> dict:
    """With the collector off: what is alive while the kept nodes are held, what the
    kept nodes see, and what is still alive once they are dropped too."""
    with collector_off():
        held, refs = grow(node_class, parents, kept)
        alive = [f"n{i}" for i, ref in enumerate(refs) if ref() is not None]
        seen = {node.name: (node.path, [child.name for child in node.children]) for node in held}
        del held
        left = [f"n{i}" for i, ref in enumerate(refs) if ref() is not None]
    return {"alive": alive, "kept nodes' (path, children)": seen, "alive once dropped": left}


@kata_settings
@given(tree=trees())
@example(tree=([None, 0], [0]))  # the owner holds the root only
def test_what_is_alive_is_what_the_owner_holds_and_everything_below_it(reference, tree):
    parents, kept = tree
    got = report(Node, parents, kept)
    want = report(reference.Node, parents, kept)
    assert_same(got, want, parents=parents, kept=kept)
