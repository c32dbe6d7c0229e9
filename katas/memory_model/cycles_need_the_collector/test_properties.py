import weakref

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .collector import collector_off
from .tree import Node


@st.composite
def trees(draw: st.DrawFn) -> tuple[list[int | None], list[int]]:
    """A tree as the index of each node's parent (None for a top node: a list of
    them is a forest), and the nodes its owner holds on to, in the order it lets
    go of them."""
    size = draw(st.integers(1, 8))
    parents: list[int | None] = [None]
    for i in range(1, size):
        parents.append(draw(st.none() | st.integers(0, i - 1)))
    kept = draw(
        st.permutations(range(size)).flatmap(
            lambda order: st.sampled_from([list(order[:k]) for k in range(size + 1)])
        )
    )
    return parents, kept


def grow(node_class: type[Node], parents: list[int | None], kept: list[int]):
    """Build the tree; hand back the kept nodes only, and a weak reference to every node."""
    nodes: list[Node] = []
    for i, parent in enumerate(parents):
        nodes.append(node_class(f"n{i}", parent=None if parent is None else nodes[parent]))
    return [nodes[i] for i in kept], [weakref.ref(node) for node in nodes]


def look(node: Node) -> tuple[str, str | None, list[str]]:
    parent = node.parent
    return node.path, None if parent is None else parent.name, [c.name for c in node.children]


def report(node_class: type[Node], parents: list[int | None], kept: list[int]) -> list:
    """With the collector off: what is alive while the kept nodes are held and
    what they see (path, parent's name, children), then the same after the owner
    lets go of each kept node in turn."""
    steps = []
    with collector_off():
        held, refs = grow(node_class, parents, kept)
        while True:
            alive = [f"n{i}" for i, ref in enumerate(refs) if ref() is not None]
            steps.append({"alive": alive, "held": {node.name: look(node) for node in held}})
            if not held:
                break
            del held[0]
    return steps


@kata_settings
@given(tree=trees())
@example(tree=([None, 0], [0]))  # the owner holds the root only
@example(tree=([None, 0], [1]))  # the owner holds the child only: the parent is freed
@example(tree=([None, 0, 1], [0, 2]))  # the root goes first; the grandchild then stands alone
@example(tree=([None, None, 1], [1, 0]))  # a forest: two top nodes
def test_what_is_alive_is_what_the_owner_holds_and_everything_below_it(reference, tree):
    parents, kept = tree
    got = report(Node, parents, kept)
    want = report(reference.Node, parents, kept)
    assert_same(got, want, parents=parents, kept=kept)
