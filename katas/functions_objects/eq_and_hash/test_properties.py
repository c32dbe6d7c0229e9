from types import ModuleType

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import tags

# Few letters, so that many names are equal ignoring case: "ss", "SS", "ß", "sS"...
names = st.text(alphabet="aAsSß", min_size=1, max_size=3)
colors = st.sampled_from(["grey", "blue"])
pairs = st.tuples(names, colors)


def verdict(module: ModuleType, a: tuple[str, str], b: tuple[str, str]) -> str:
    x, y = module.Tag(*a), module.Tag(*b)
    if x != y:
        return "not equal"
    return "equal, same hash" if hash(x) == hash(y) else "equal, different hashes"


@kata_settings
@given(a=pairs, b=pairs)
@example(a=("ß", "grey"), b=("SS", "grey"))  # equal once casefolded
@example(a=("a", "grey"), b=("a", "blue"))  # the color is not part of equality
def test_equal_tags_always_hash_alike(reference, a, b):
    got = verdict(tags, a, b)
    want = verdict(reference, a, b)
    assert_same(got, want, a=reference.Tag(*a), b=reference.Tag(*b))


def dedupe(module: ModuleType, made: list[tuple[str, str]], probes: list[str]) -> dict:
    """Put the tags in a set and count them in a dict; look the probes up in both."""
    tag_set = {module.Tag(*pair) for pair in made}
    counts: dict[object, int] = {}
    for pair in made:
        tag = module.Tag(*pair)
        counts[tag] = counts.get(tag, 0) + 1
    return {
        "set": sorted((tag.name, tag.color) for tag in tag_set),
        "counts": sorted((tag.name, tag.color, n) for tag, n in counts.items()),
        "found": [module.Tag(probe) in tag_set for probe in probes],
        "counted": [counts.get(module.Tag(probe), 0) for probe in probes],
    }


@kata_settings
@given(made=st.lists(pairs, max_size=6), probes=st.lists(names, max_size=3))
@example(made=[("ß", "grey"), ("SS", "grey")], probes=["ss"])
@example(made=[("a", "grey"), ("a", "blue")], probes=["A"])
def test_sets_and_dicts_keep_one_tag_per_name(reference, made, probes):
    got = dedupe(tags, made, probes)
    want = dedupe(reference, made, probes)
    assert_same(got, want, tags=made, probes=probes)
