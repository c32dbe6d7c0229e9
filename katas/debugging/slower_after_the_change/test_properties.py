import gc
import weakref
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import before, rates
from .fakes import CountingSource


class Rate(Decimal):
    """A rate that can be watched with a weakref, to see that it is freed."""


class WatchedSource(CountingSource):
    """A CountingSource whose rates are Rate objects, each one watched."""

    def __init__(self, salt: int, failing: frozenset[str], error: type[Exception]) -> None:
        super().__init__(salt, failing, error)
        self.watched: list[weakref.ref[Rate]] = []

    def fetch(self, day: date, base: str, quote: str) -> Decimal:
        rate = Rate(super().fetch(day, base, quote))
        self.watched.append(weakref.ref(rate))
        return rate


class RatesDown(Exception):
    """An error the contract does not name: it must propagate unchanged too."""


DAY = date(2024, 5, 1)
currencies = st.sampled_from(["EUR", "USD", "GBP", "JPY", "XXX"]) | st.text(max_size=3)
amounts = st.decimals(min_value=-(10**9), max_value=10**9, places=2) | st.sampled_from(
    [Decimal("0"), Decimal("-0.005"), Decimal("0.015"), Decimal("1E+3"), Decimal("2.5")]
)
sources = st.tuples(
    st.integers(0, 5),  # salt
    st.frozensets(st.sampled_from(["XXX", "JPY", ""]), max_size=2),  # failing currencies
    st.sampled_from([LookupError, KeyError, TimeoutError, RatesDown]),
)
objects = st.tuples(st.integers(0, 3), st.integers(0, 2))  # (day offset, which source)
operation = st.one_of(
    st.tuples(st.just("rate"), st.integers(0, 2), currencies, currencies),
    st.tuples(st.just("convert"), st.integers(0, 2), amounts, currencies, currencies),
    st.tuples(
        st.just("total"),
        st.integers(0, 2),
        st.lists(st.tuples(amounts, currencies), max_size=8),
        currencies,
        st.booleans(),  # as a generator
    ),
)
operations = st.lists(operation, max_size=12)
ONE_OBJECT: dict[str, Any] = {
    "source_specs": [(0, frozenset(), LookupError)],
    "object_specs": [(0, 0)],
}


def run(
    module: Any, source_specs: list[Any], object_specs: list[Any], ops: list[Any]
) -> dict[str, Any]:
    """Runs ops on fresh objects of module.ExchangeRates; what came out, and what was fetched."""
    made_sources = [WatchedSource(*spec) for spec in source_specs]
    made = [
        module.ExchangeRates(DAY + timedelta(days=offset), made_sources[which % len(made_sources)])
        for offset, which in object_specs
    ]
    results: list[str] = []
    for name, index, *args in ops:
        target = made[index % len(made)]
        try:
            if name == "rate":
                got = target.rate(*args)
            elif name == "convert":
                got = target.convert(*args)
            else:
                pairs, quote, lazily = args
                given_pairs = list(pairs)
                got = target.total(iter(given_pairs) if lazily else given_pairs, quote)
                if given_pairs != pairs:
                    got = f"changed its input to {given_pairs}"
            results.append(repr(Decimal(got)) if isinstance(got, Decimal) else repr(got))
        except Exception as error:
            results.append(f"raised {type(error).__name__}: {error}")
    fetched = [sorted(Counter(source.fetches).items()) for source in made_sources]
    return {"results": results, "fetches per source": fetched, "sources": made_sources}


@kata_settings
@given(count=st.integers(0, 300), quote=currencies)
@example(count=130, quote="USD")  # more pairs than lru_cache's default maxsize of 128
def test_a_day_with_many_currencies_fetches_each_pair_once(count, quote):
    ops = [("rate", 0, f"C{n}", quote) for n in range(count)] * 2
    got = run(rates, **ONE_OBJECT, ops=ops)
    want = run(before, **ONE_OBJECT, ops=ops)
    assert_same(
        got["fetches per source"],
        want["fetches per source"],
        note="each pair is fetched at most once per object, however many pairs a day has",
        count=count,
        quote=quote,
    )


def are_freed(outcome: dict[str, Any]) -> str:
    """Drops everything the run made, and says what is still alive."""
    watched = [ref for source in outcome.pop("sources") for ref in source.watched]
    for generation in (0, 1, 2):  # collect only as far as needed: a full collection is slow
        if all(ref() is None for ref in watched):
            break
        gc.collect(generation)  # cycles are legitimate: the collector frees them
    alive = sum(ref() is not None for ref in watched)
    return "all freed" if alive == 0 else f"{alive} fetched rates still alive"


@kata_settings
@given(
    source_specs=st.lists(sources, min_size=1, max_size=3),
    object_specs=st.lists(objects, min_size=1, max_size=3),
    ops=operations,
)
@example(  # another direction, another rate
    source_specs=[(0, frozenset(), LookupError)],
    object_specs=[(0, 0)],
    ops=[("rate", 0, "EUR", "USD"), ("rate", 0, "USD", "EUR")],
)
@example(  # five pairs asked twice: five fetches
    source_specs=[(0, frozenset(), LookupError)],
    object_specs=[(0, 0)],
    ops=[("rate", 0, "EUR", c) for c in ["USD", "GBP", "JPY", "CHF", "SEK"]] * 2,
)
@example(**ONE_OBJECT, ops=[("rate", 0, "EUR", "USD"), ("rate", 0, "EUR", "GBP")])  # another quote
@example(**ONE_OBJECT, ops=[("total", 0, [(Decimal("1.00"), "EUR")], "USD", True)])  # read once
@example(  # the source's own error, unchanged
    source_specs=[(0, frozenset({"XXX"}), TimeoutError)],
    object_specs=[(0, 0)],
    ops=[("rate", 0, "XXX", "USD"), ("convert", 0, Decimal("1.00"), "EUR", "XXX")],
)
def test_same_results_as_before_and_each_rate_fetched_once(source_specs, object_specs, ops):
    got = run(rates, source_specs, object_specs, ops)
    want = run(before, source_specs, object_specs, ops)
    got.pop("sources")
    want.pop("sources")
    assert_same(got, want, source_specs=source_specs, object_specs=object_specs, ops=ops)


@kata_settings
@given(
    source_specs=st.lists(sources, min_size=1, max_size=3),
    object_specs=st.lists(objects, min_size=1, max_size=3),
    ops=operations,
)
@example(
    source_specs=[(0, frozenset(), LookupError)],
    object_specs=[(0, 0)],
    ops=[("rate", 0, "EUR", "USD")],
)
def test_objects_no_longer_used_are_freed_with_their_rates(source_specs, object_specs, ops):
    outcome = run(rates, source_specs, object_specs, ops)
    del outcome["results"]
    assert_same(
        are_freed(outcome),
        "all freed",
        source_specs=source_specs,
        object_specs=object_specs,
        ops=ops,
    )
