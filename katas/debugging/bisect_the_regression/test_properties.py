import math
from functools import lru_cache

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .regression import first_bad

MOST = 10**6


SPREAD = 2654435761  # odd, so i -> i * SPREAD % 2**32 is a bijection: no two hashes are equal
UNSPREAD = pow(SPREAD, -1, 2**32)


@lru_cache(maxsize=1)
def commit_hashes() -> list[str]:
    """A million distinct short commit hashes, in no textual order."""
    return [f"{i * SPREAD % 2**32:08x}" for i in range(MOST)]


def position(commit: object) -> int | None:
    """Where a commit hash sits in the history, or None for anything else."""
    if not (isinstance(commit, str) and len(commit) == 8):
        return None
    try:
        i = int(commit, 16) * UNSPREAD % 2**32
    except ValueError:
        return None
    return i if f"{i * SPREAD % 2**32:08x}" == commit else None


class Checkout:
    """is_bad for a history whose builds from index `bad_from` on are bad; it counts every probe."""

    def __init__(self, versions: list[str], bad_from: int) -> None:
        self.n = len(versions)
        self.bad_from = bad_from
        self.probes: list[object] = []
        self.strangers: list[object] = []

    def __call__(self, version: object) -> bool:
        self.probes.append(version)
        i = position(version)
        if i is None or i >= self.n:
            self.strangers.append(version)
            return False
        return i >= self.bad_from


def budget(n: int) -> int:
    return math.ceil(math.log2(n)) + 1


def bisect_with(first_bad, n: int, bad_from: int) -> dict[str, object]:
    versions = commit_hashes()[:n]
    mine = list(versions)
    checkout = Checkout(mine, bad_from)
    answer = first_bad(mine, checkout)
    return {
        "first bad": answer,
        "probes within ceil(log2(n)) + 1": len(checkout.probes) <= budget(n),
        "only versions from the list probed": checkout.strangers == [],
        "versions left unmodified": mine == versions,
    }, len(checkout.probes)


near_powers = st.integers(0, 20).flatmap(
    lambda k: st.sampled_from(sorted({max(1, 2**k - 1), 2**k, min(MOST, 2**k + 1)}))
)
sizes = st.integers(1, 9) | near_powers | st.integers(1, MOST) | st.just(MOST)


@st.composite
def histories(draw: st.DrawFn) -> tuple[int, int]:
    """n builds, and the index of the first bad one (n when none is bad)."""
    n = draw(sizes)
    ends = st.sampled_from(sorted({0, 1, n - 1, n} - {-1, n + 1}))
    return n, draw(ends | st.integers(0, n))


@kata_settings
@given(case=histories())
@example(case=(1, 1))  # a single good build: nothing is bad
@example(case=(2, 1))  # only the newest is bad
@example(case=(2, 2))
@example(case=(4, 3))
@example(case=(4, 2))  # hashes 0..3 are not in text order
@example(case=(MOST, MOST))
@example(case=(MOST, 0))
def test_finds_the_first_bad_build_within_the_probe_budget(reference, case):
    n, bad_from = case
    want, _ = bisect_with(reference.first_bad, n, bad_from)
    got, probes = bisect_with(first_bad, n, bad_from)
    assert_same(got, want, n=n, first_bad_index=bad_from, probes=probes, budget=budget(n))
