from collections import Counter

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .harness import Loader
from .predictions import LoadOnce
from .schedule import Interleaving


class LoadFailed(Exception):
    """The loader could not read this key's settings."""


#: What the loader makes for a key, by the key's kind: falsy values are values too.
MAKERS = {
    "dict": lambda key: {"name": key},
    "empty dict": lambda key: {},
    "None": lambda key: None,
    "zero": lambda key: 0,
    "empty string": lambda key: "",
}
keys = st.sampled_from(["acme", "globex", "", "ACME", "ß"]) | st.text(max_size=3)


def maker(kinds: dict[str, str]):
    return lambda key: MAKERS[kinds.get(key, "dict")](key)


def handed_out(loader: Loader, key: str, values: list[object]) -> str:
    """Whether every caller got the one object the loader returned for the key."""
    loaded = loader.returned.get(key, [])
    if values and loaded and all(value is loaded[0] for value in values):
        return "the first object loaded"
    return f"{sum(1 for n, v in enumerate(values) if all(v is not w for w in values[:n]))} objects"


def race(load_once_class, plans: list[list[str]], kinds: dict[str, str], switches) -> dict:
    """Each thread gets the keys of its plan in turn, switching where `switches` says;
    report how often the loader ran per key, and what the threads were handed."""
    interleaving = Interleaving(switches)
    loader = Loader(wait=interleaving.step, make=maker(kinds))
    got: dict[str, list[object]] = {}

    def script(cache, plan: list[str]) -> None:
        for key in plan:
            value = cache.get(key)
            got.setdefault(key, []).append(value)

    with interleaving.tracking_locks(load_once_class):
        cache = interleaving.stepping(load_once_class)(loader)
        interleaving.run([lambda plan=plan: script(cache, plan) for plan in plans])
    return {
        "loads per key": dict(sorted(Counter(loader.calls).items())),
        "handed out": {key: handed_out(loader, key, values) for key, values in sorted(got.items())},
    }


@kata_settings
@given(
    plans=st.lists(st.lists(keys, min_size=1, max_size=3), min_size=1, max_size=4),
    kinds=st.dictionaries(keys, st.sampled_from(list(MAKERS)), max_size=3),
    switches=st.lists(st.booleans(), max_size=40),
)
@example(plans=[["acme"], ["acme"]], kinds={}, switches=[True, True, True])  # both find it missing
@example(plans=[["acme"], ["acme"]], kinds={}, switches=[False, True, False, True] * 3)
@example(plans=[["acme", "acme"]], kinds={"acme": "empty dict"}, switches=[])  # falsy, still loaded
def test_the_loader_runs_once_per_key_however_threads_interleave(reference, plans, kinds, switches):
    got = race(LoadOnce, plans, kinds, switches)
    want = race(reference.LoadOnce, plans, kinds, switches)
    assert_same(got, want, plans=plans, kinds=kinds, switches=switches)


def calls_on(load_once_class, calls: list[tuple[int, str]], failing: set[str]) -> dict:
    """One thread, three LoadOnce objects with loaders of their own (each makes a
    different value); a key in `failing` makes a loader raise the first time only."""
    loaders = []
    raised: list[LoadFailed] = []
    for n in range(3):
        failed: set[str] = set()

        def make(key: str, n: int = n, failed: set[str] = failed) -> object:
            if key in failing and key not in failed:
                failed.add(key)
                raised.append(LoadFailed(f"cache {n}: {key}"))
                raise raised[-1]
            return {"cache": n, "name": key}

        loaders.append(Loader(wait=lambda: None, make=make))
    caches = [load_once_class(loader) for loader in loaders]
    seen = []
    for which, key in calls:
        try:
            value = caches[which].get(key)
        except LoadFailed as error:
            seen.append(f"raised {error}" + ("" if error is raised[-1] else ", not the loader's"))
            continue
        loaded = loaders[which].returned.get(key, [])
        seen.append("its loader's object" if loaded and value is loaded[0] else repr(value))
    return {"results": seen, "loads": [loader.calls for loader in loaders]}


@kata_settings
@given(
    calls=st.lists(st.tuples(st.integers(0, 2), keys), max_size=12),
    failing=st.sets(keys, max_size=2),
)
@example(calls=[(0, "a"), (1, "a")], failing=set())  # every LoadOnce has its own values
@example(calls=[(0, "a"), (0, "a")], failing={"a"})  # a failed load is tried again
def test_each_load_once_is_its_own_and_a_failed_load_is_retried(reference, calls, failing):
    got = calls_on(LoadOnce, calls, failing)
    want = calls_on(reference.LoadOnce, calls, failing)
    assert_same(got, want, calls=calls, failing=failing)
