from dataclasses import dataclass

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .repro import minimise


def is_subsequence(candidate: object, items: list) -> bool:
    """Is candidate a list of some of items' elements, in their original order?"""
    if not isinstance(candidate, list):
        return False
    remaining = iter(items)
    return all(any(entry == item for item in remaining) for entry in candidate)


@dataclass(frozen=True)
class ContainsAll:
    """Fails when every hidden entry is present (monotonic)."""

    needed: tuple

    def __call__(self, entries: list) -> bool:
        return all(entry in entries for entry in self.needed)


@dataclass(frozen=True)
class InOrder:
    """Fails when `first` appears somewhere before `then` (the same value twice: two copies)."""

    first: object
    then: object

    def __call__(self, entries: list) -> bool:
        return any(e == self.first and self.then in entries[i + 1 :] for i, e in enumerate(entries))


@dataclass(frozen=True)
class AtLeast:
    """Fails when `entry` appears at least `copies` times."""

    entry: object
    copies: int

    def __call__(self, entries: list) -> bool:
        return entries.count(self.entry) >= self.copies


@dataclass(frozen=True)
class OddCount:
    """Fails when `entry` appears an odd number of times (not monotonic)."""

    entry: object

    def __call__(self, entries: list) -> bool:
        return entries.count(self.entry) % 2 == 1


@dataclass(frozen=True)
class Flags:
    """Fails for the listed presence patterns of a few tracked entries (any boolean function)."""

    tracked: tuple
    failing: frozenset

    def __call__(self, entries: list) -> bool:
        return tuple(flag in entries for flag in self.tracked) in self.failing


@dataclass(frozen=True)
class OneOf:
    """Fails for exactly these inputs (as tuples): the least regular predicate there is."""

    failing: frozenset

    def __call__(self, entries: list) -> bool:
        return tuple(entries) in self.failing


entries = st.sampled_from(["GET /", "ERROR db", "cache=on", "workers=4", "", "é✓ ünï", 0, 7])
entries |= st.text(max_size=3) | st.integers(-3, 3)
inputs = st.lists(entries, max_size=20) | st.lists(st.sampled_from(["a", "b", "c"]), max_size=12)


def subsequence_of(items: list) -> st.SearchStrategy[tuple]:
    return st.lists(st.booleans(), min_size=len(items), max_size=len(items)).map(
        lambda keep: tuple(item for item, kept in zip(items, keep, strict=True) if kept)
    )


@st.composite
def failing_cases(draw: st.DrawFn) -> tuple[list, object]:
    """An input and a deterministic predicate that is true on it."""
    items = draw(inputs)
    some = st.sampled_from(items) if items else st.just("GET /")
    kind = draw(st.sampled_from(["all", "order", "count", "odd", "flags", "oneof", "always"]))
    if kind == "all" or not items:
        predicate = ContainsAll(tuple(draw(st.lists(some, max_size=4)))) if items else None
        return items, predicate or ContainsAll(())
    if kind == "order":
        i = draw(st.integers(0, len(items) - 1))
        j = draw(st.integers(i, len(items) - 1))
        return items, InOrder(items[i], items[j])
    if kind == "count":
        entry = draw(some)
        return items, AtLeast(entry, draw(st.integers(0, items.count(entry))))
    if kind == "odd":
        odd = [entry for entry in items if items.count(entry) % 2 == 1]
        if odd:
            return items, OddCount(draw(st.sampled_from(odd)))
    if kind == "flags":
        tracked = tuple(draw(st.lists(some, min_size=1, max_size=3, unique=True)))
        patterns = st.tuples(*[st.booleans()] * len(tracked))
        here = tuple(flag in items for flag in tracked)
        return items, Flags(tracked, frozenset(draw(st.lists(patterns, max_size=6))) | {here})
    if kind == "oneof":
        others = draw(st.lists(subsequence_of(items), max_size=8))
        return items, OneOf(frozenset(others) | {tuple(items)})
    return items, ContainsAll(())


class Recorder:
    """Wraps the predicate: counts calls and notes any call not given a subsequence of the input."""

    def __init__(self, items: list, predicate) -> None:
        self.items = list(items)
        self.predicate = predicate
        self.calls = 0
        self.strangers: list[object] = []

    def __call__(self, candidate: list) -> bool:
        self.calls += 1
        if not is_subsequence(candidate, self.items):
            self.strangers.append(candidate)
            return False
        return bool(self.predicate(list(candidate)))


def run(minimise, items: list, predicate) -> tuple[dict[str, object], object, int]:
    mine = list(items)
    fails = Recorder(items, predicate)
    try:
        result = minimise(mine, fails)
    except ValueError:
        result = ValueError
    n = len(items)
    unchanged = mine == items and all(a is b for a, b in zip(mine, items, strict=True))
    outcome: dict[str, object] = {
        "input left unmodified": unchanged,
        "fails only called with subsequences of the input": fails.strangers == [],
        "calls within (n + 2) ** 2": fails.calls <= (n + 2) ** 2,
    }
    if result is ValueError:
        outcome["raises ValueError"] = True
    else:
        outcome["result is a subsequence of the input"] = is_subsequence(result, items)
        outcome["result still fails"] = bool(predicate(list(result)))
        outcome["removing any single entry makes it pass"] = not any(
            predicate(result[:i] + result[i + 1 :]) for i in range(len(result))
        )
    return outcome, result, fails.calls


@kata_settings
@given(case=failing_cases())
@example(case=(["a", "b", "c"], OneOf(frozenset({("a", "b", "c"), ("b", "c"), ("c",)}))))
@example(case=(["x", "y", "x"], OneOf(frozenset({("x", "y", "x"), ("x", "y")}))))
@example(case=(["x", "y", "x"], InOrder("x", "y")))
@example(case=(["x"], ContainsAll(())))
@example(case=([], ContainsAll(())))
@example(case=(["retry", "retry"], AtLeast("retry", 2)))
@example(case=([f"line {i}" for i in range(20)], ContainsAll(tuple(f"line {i}" for i in range(6)))))
def test_the_result_is_a_1_minimal_failing_subsequence(reference, case):
    items, predicate = case
    want, _, _ = run(reference.minimise, items, predicate)
    got, result, calls = run(minimise, items, predicate)
    assert_same(got, want, items=items, fails=predicate, result=result, calls=calls)


@st.composite
def passing_cases(draw: st.DrawFn) -> tuple[list, object]:
    """An input that does not fail, so there is nothing to reproduce."""
    items = draw(inputs)
    missing = draw(st.sampled_from(["never seen", ("a", "tuple"), 10**20]))
    tracked = tuple(draw(st.lists(entries, min_size=1, max_size=3, unique=True)))
    here = tuple(flag in items for flag in tracked)
    others = draw(st.lists(st.tuples(*[st.booleans()] * len(tracked)), max_size=4))
    return items, draw(
        st.sampled_from(
            [
                ContainsAll((missing,)),
                Flags(tracked, frozenset(others) - {here}),
                OneOf(frozenset({(*items, missing)})),
            ]
        )
    )


@kata_settings
@given(case=passing_cases())
@example(case=([], ContainsAll(("never seen",))))
def test_an_input_that_does_not_fail_is_refused(reference, case):
    items, predicate = case
    want, _, _ = run(reference.minimise, items, predicate)
    got, result, calls = run(minimise, items, predicate)
    assert_same(got, want, items=items, fails=predicate, result=result, calls=calls)
