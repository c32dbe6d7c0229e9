from types import ModuleType

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import tags

# Letters whose case folding is special: sharp s and capital sharp s fold to "ss",
# long s to "s", the Kelvin sign to "k", final sigma to sigma, the "fi" ligature to
# "fi", dotted capital I to "i" and a combining dot; so many names are equal ignoring
# case. And any other text, the empty name too.
FOLDING = "aAsS\u00df\u1e9e\u017fkK\u212a\u03c3\u03c2\u03a3\ufb01fi\u0130\u0131"
names = st.text(alphabet=FOLDING, max_size=3) | st.text(max_size=4)
colors = st.none() | st.sampled_from(["grey", "blue"]) | st.text(max_size=3)
pairs = st.tuples(names, colors)


class AlwaysEqual:
    """Not a Tag: a Tag's __eq__ must leave the answer to it."""

    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = object.__hash__


ALWAYS_EQUAL = AlwaysEqual()


def make(module: ModuleType, name: str, color: str | None) -> object:
    """A tag; with the default color when `color` is None."""
    return module.Tag(name) if color is None else module.Tag(name, color)


def verdict(module: ModuleType, a: tuple[str, str | None], b: tuple[str, str | None]) -> list:
    x, y = make(module, *a), make(module, *b)
    if x != y:
        equality = "not equal"
    else:
        equality = "equal, same hash" if hash(x) == hash(y) else "equal, different hashes"
    stable = hash(x) == hash(x) and hash(y) == hash(y)
    others = [x == a[0], x != a[0], x == ALWAYS_EQUAL, ALWAYS_EQUAL == y]
    return [equality, x == y, y == x, x != y, stable, others, repr(x), repr(y), x.name, y.color]


@kata_settings
@given(a=pairs, b=pairs)
@example(a=("ß", None), b=("SS", None))  # equal once casefolded
@example(a=("ß", None), b=("ẞ", None))  # equal, and upper() tells them apart
@example(a=("\u03c2", None), b=("\u03c3", None))  # final sigma: lower() tells them apart
@example(a=("a", "grey"), b=("a", "blue"))  # the color is not part of equality
@example(a=("Python", None), b=("python", None))  # a tag keeps its name as written
def test_equal_tags_always_hash_alike(reference, a, b):
    got = verdict(tags, a, b)
    want = verdict(reference, a, b)
    assert_same(got, want, a=make(reference, *a), b=make(reference, *b))


def dedupe(module: ModuleType, made: list[tuple[str, str | None]], probes: list[str]) -> dict:
    """Put the tags in a set and count them in a dict; look the probes up in both."""
    tag_set = {make(module, *pair) for pair in made}
    counts: dict[object, int] = {}
    for pair in made:
        tag = make(module, *pair)
        counts[tag] = counts.get(tag, 0) + 1
    return {
        "set": sorted((tag.name, tag.color) for tag in tag_set),
        "counts": sorted((tag.name, tag.color, n) for tag, n in counts.items()),
        "found": [module.Tag(probe) in tag_set for probe in probes],
        "counted": [counts.get(module.Tag(probe), 0) for probe in probes],
    }


@kata_settings
@given(made=st.lists(pairs, max_size=8), probes=st.lists(names, max_size=4))
@example(made=[("ß", "grey"), ("SS", "grey")], probes=["ss"])
@example(made=[("ß", None), ("ẞ", None)], probes=["SS"])
@example(made=[("a", "grey"), ("a", "blue")], probes=["A"])
def test_sets_and_dicts_keep_one_tag_per_name(reference, made, probes):
    got = dedupe(tags, made, probes)
    want = dedupe(reference, made, probes)
    assert_same(got, want, tags=made, probes=probes)
