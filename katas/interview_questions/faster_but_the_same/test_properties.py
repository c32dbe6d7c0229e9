from collections import Counter
from typing import NamedTuple

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import legacy
from .fakes import RecordedRates
from .model import Transaction, UnknownRate
from .statements import statement


class CountedId(str):
    """A transaction id that counts how often it is compared with ==."""

    comparisons = 0

    def __eq__(self, other: object) -> bool:
        CountedId.comparisons += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class Service(RecordedRates):
    """The rate service, where a table entry may also be an error it raises (a timeout, say)."""

    def rate(self, currency: str, day: str) -> float:
        answer = self.table.get((currency, day))
        if isinstance(answer, type):
            self.calls.append((currency, day))
            error = answer(f"{currency} on {day}: the provider did not answer")
            self.raised.append(error)
            raise error
        return super().rate(currency, day)


DAYS = ["2024-05-01", "2024-05-02", "2024-05-31"]
CURRENCIES = ["EUR", "USD", "CHF", "GBP"]
PAIRS = [(currency, day) for currency in CURRENCIES[1:] for day in DAYS]

ids = st.text(max_size=3)  # unicode, empty: any str
accounts = st.sampled_from(["acme", "bolt"]) | st.text(max_size=3)
cents = st.integers(-10_000, 100_000) | st.sampled_from([0, 1, -1, 3]) | st.integers()
# Rates where rounding each line matters (halves), zero (falsy), and any positive float.
rates = st.sampled_from([0.5, 1.5, 0.0, 0.92, 1.0]) | st.floats(0, 10, allow_nan=False)
entries = rates | st.none() | st.sampled_from([UnknownRate, ConnectionError, TimeoutError])


@st.composite
def months(draw: st.DrawFn) -> list[Transaction]:
    """A month of the feed: ids repeat (redeliveries, whatever they say), often the same object."""
    pool = draw(st.lists(ids, min_size=1, max_size=8, unique=True))
    month: list[Transaction] = []
    for _ in range(draw(st.integers(0, 12))):
        if month and draw(st.integers(0, 4)) == 0:
            month.append(draw(st.sampled_from(month)))  # the very same transaction again
            continue
        currency = draw(st.sampled_from(CURRENCIES))
        day = draw(st.sampled_from(DAYS))
        id_ = CountedId(draw(st.sampled_from(pool)))
        month.append(Transaction(id_, draw(accounts), day, currency, draw(cents)))
    return month


tables = st.dictionaries(st.sampled_from(PAIRS), entries).map(
    lambda table: {pair: rate for pair, rate in table.items() if rate is not None}
)


class Run(NamedTuple):
    months: list[list[Transaction]]  # statements made one after the other
    tables: list[dict]  # the rate table during each (corrected in between)


runs = st.integers(1, 3).flatmap(
    lambda n: st.builds(
        Run, st.lists(months(), min_size=n, max_size=n), st.lists(tables, min_size=n, max_size=n)
    )
)


def answer(statement, month: list[Transaction], service: Service) -> dict[str, object]:
    before = list(month)
    try:
        totals = statement(month, service)
    except Exception as error:
        own = any(error is raised for raised in service.raised)
        result = f"raises {type(error).__name__}({error})" + (
            "" if own else ", not the service's own"
        )
        unknown = "-"
    else:
        result = list(totals.items())
        try:
            totals["no such account"]
            unknown = "found"
        except KeyError:
            unknown = "KeyError"
    same = len(month) == len(before) and all(a is b for a, b in zip(month, before, strict=True))
    return {"totals": result, "an unknown account": unknown, "transactions left as they were": same}


FAST = {"rates asked twice": [], "asked about EUR": False, "id == at most 2 per transaction": True}


def run(statement, case: Run, counted: bool) -> list[dict[str, object]]:
    """Each statement's outcome, after what the counters saw (first: summaries are cut short)."""
    service = Service({})
    seen = []
    for month, table in zip(case.months, case.tables, strict=True):
        service.table = dict(table)  # the provider's corrections
        service.calls = []
        CountedId.comparisons = 0
        outcome = answer(statement, month, service)
        if counted:
            asked = Counter(service.calls)
            counts = {
                "rates asked twice": sorted(pair for pair, n in asked.items() if n > 1),
                "asked about EUR": any(currency == "EUR" for currency, _ in asked),
                "id == at most 2 per transaction": CountedId.comparisons <= 2 * len(month),
            }
            outcome = counts | outcome
        seen.append(outcome)
    return seen


def expected(case: Run) -> list[dict[str, object]]:
    return [FAST | outcome for outcome in run(legacy.statement, case, counted=False)]


def tx(id_: str, day: str, currency: str, cents: int, account: str = "acme") -> Transaction:
    return Transaction(CountedId(id_), account, day, currency, cents)


D1, D2 = DAYS[0], DAYS[1]


@settings(parent=kata_settings, max_examples=50)
@given(case=runs)
@example(case=Run([[tx("a", D1, "USD", 1), tx("b", D1, "USD", 1)]], [{("USD", D1): 0.0}]))
@example(case=Run([[tx("a", D1, "USD", 1000)]] * 2, [{("USD", D1): 0.92}, {("USD", D1): 0.95}]))
@example(case=Run([[tx("a", D1, "EUR", 1), tx("a", D2, "GBP", 1)]], [{}]))
@example(case=Run([[tx("a", D1, "USD", 1), tx("b", D1, "USD", 1)]], [{("USD", D1): 0.5}]))
@example(case=Run([[tx("a", D1, "USD", 3), tx("b", D1, "USD", -3)]], [{("USD", D1): 0.5}]))
@example(
    case=Run([[tx("a", D1, "CHF", 1), tx("b", D2, "USD", 1)]], [{("USD", D2): ConnectionError}])
)
@example(case=Run([[tx("a", D1, "EUR", 5, "bolt"), tx("b", D1, "EUR", 5)]], [{}]))
@example(case=Run([[tx(str(i), D1, "EUR", i) for i in range(20)]], [{}]))
def test_faster_and_the_same_as_legacy(case):
    months = [[tuple(transaction) for transaction in month] for month in case.months]
    assert_same(
        run(statement, case, counted=True), expected(case), months=months, rates=case.tables
    )
