from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .harness import Loader, get_from_threads
from .predictions import LoadOnce


def loads_per_key(load_once_class, keys, threads):
    """How many times the loader ran for each key, with `threads` threads asking for each."""
    loader = Loader()
    get_from_threads(load_once_class(loader), keys, threads)
    return dict(sorted(Counter(loader.calls).items()))


# Each example runs threads, so a few are enough. The loader releases the GIL
# (harness.py), so a key that two threads can both find missing is loaded twice
# on practically every run: six such keys all escaping it never happens.
@settings(parent=kata_settings, max_examples=10)
@given(
    keys=st.lists(st.sampled_from(["acme", "globex", "initech", "hooli"]), max_size=6),
    threads=st.integers(1, 4),
)
@example(keys=["a", "b", "c", "d", "e", "f"], threads=4)  # six new keys, four threads each
def test_the_loader_runs_once_per_key(reference, keys, threads):
    got = loads_per_key(LoadOnce, keys, threads)
    want = loads_per_key(reference.LoadOnce, keys, threads)
    assert_same(got, want, keys=keys, threads=threads)
