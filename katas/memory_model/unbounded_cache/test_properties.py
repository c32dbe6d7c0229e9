import gc
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .database import Database
from .profiles import ProfileCache


@contextmanager
def collector_off() -> Iterator[None]:
    """Only reference counting frees objects in the block: what is alive does not
    depend on when the cyclic collector happens to run."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class LoadError(Exception):
    """The database could not load this user's profile."""


#: What load() gives back, by kind of user: a Profile, a falsy value, or an error.
FALSY = {"None": None, "zero": 0, "empty": "", "False": False}
KINDS = ["profile", "profile", *FALSY, "error"]


class Source(Database):
    """A database whose users are not all alike: some profiles are falsy values,
    some users cannot be loaded. It never keeps what it returned alive."""

    def __init__(self, kinds: dict[int, str]) -> None:
        super().__init__()
        self.kinds = kinds
        self.latest: dict[int, object] = {}  # a weak reference to each user's latest load
        self.raised: LoadError | None = None

    def load_profile(self, user_id: int) -> object:
        kind = self.kinds[user_id]
        if kind == "profile":
            profile = super().load_profile(user_id)
            self.latest[user_id] = weakref.ref(profile)
            return profile
        self.loads.append(user_id)
        if kind == "error":
            self.raised = LoadError(user_id)  # no local variable: see `replay`
            raise self.raised
        self.latest[user_id] = lambda kind=kind: FALSY[kind]
        return FALSY[kind]


@st.composite
def workloads(draw: st.DrawFn) -> tuple[list[int], dict[int, str], list[tuple[int, int]]]:
    """Two caches' maxsizes, what kind each user is, and the requests: (cache, user)."""
    maxsizes = draw(st.lists(st.integers(0, 6), min_size=2, max_size=2))
    users = draw(st.lists(st.integers(), min_size=1, max_size=8, unique=True))
    kinds = {user: draw(st.sampled_from(KINDS)) for user in users}
    requests = draw(
        st.lists(st.tuples(st.sampled_from([0, 1]), st.sampled_from(users)), max_size=30)
    )
    return maxsizes, kinds, requests


def replay(
    cache_class: type[ProfileCache],
    maxsizes: list[int],
    kinds: dict[int, str],
    requests: list[tuple[int, int]],
) -> dict:
    """Serve the requests from two caches, each with its own database (keeping
    none of the profiles); report what each get() gave, which users each
    database loaded, and whose profiles are still in memory."""
    sources = [Source(kinds), Source(kinds)]
    caches = [
        cache_class(source.load_profile, maxsize=n)
        for source, n in zip(sources, maxsizes, strict=True)
    ]
    answers = []
    for which, user_id in requests:
        source = sources[which]
        try:
            got = caches[which].get(user_id)
        except LoadError as error:
            answers.append("the very LoadError" if error is source.raised else repr(error))
            source.raised = None
            continue
        latest = source.latest.get(user_id)
        fresh = latest is not None and got is latest()
        answers.append(f"{which}: user {user_id}'s latest load" if fresh else f"{got!r}")
        del got
    return {
        "answers": answers,
        "loads": [source.loads for source in sources],
        "in memory": [source.alive() for source in sources],
    }


@kata_settings
@given(workload=workloads())
@example(
    workload=([2, 2], {0: "profile", 1: "profile", 2: "profile"}, [(0, 0), (0, 1), (0, 2), (0, 1)])
)
@example(
    workload=(
        [2, 2],
        {0: "profile", 1: "profile", 2: "profile"},
        [(0, 0), (0, 1), (0, 0), (0, 2), (0, 0)],
    )
)
@example(workload=([1, 2], {0: "profile", 1: "profile"}, [(0, 0), (0, 0), (1, 0), (1, 1), (1, 0)]))
@example(workload=([2, 2], {0: "profile", 1: "profile"}, [(0, 0), (1, 0), (0, 1), (1, 1), (0, 0)]))
@example(workload=([2, 2], {0: "None", 1: "zero"}, [(0, 0), (0, 1), (0, 0), (0, 1)]))
@example(workload=([0, 2], {0: "profile"}, [(0, 0), (0, 0)]))
@example(
    workload=(
        [2, 2],
        {0: "profile", 1: "profile", 2: "error"},
        [(0, 0), (0, 1), (0, 2), (0, 0), (0, 1)],
    )
)
def test_the_least_recently_used_profile_is_the_one_forgotten(reference, workload):
    maxsizes, kinds, requests = workload
    with collector_off():
        got = replay(ProfileCache, maxsizes, kinds, requests)
        want = replay(reference.ProfileCache, maxsizes, kinds, requests)
    assert_same(got, want, maxsizes=maxsizes, kinds=kinds, requests=requests)


def test_the_default_maxsize_is_128(reference):
    requests = [*range(129), 0, 128]  # user 0 is forgotten when user 128 comes
    got, want = Database(), Database()
    cache, expected = ProfileCache(got.load_profile), reference.ProfileCache(want.load_profile)
    for user_id in requests:
        cache.get(user_id)
        expected.get(user_id)
    assert_same((got.loads, got.alive()), (want.loads, want.alive()), requests=requests)
