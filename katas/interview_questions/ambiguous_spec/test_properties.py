import calendar
from datetime import date
from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import billing

ROUNDINGS = ["HALF_UP", "HALF_EVEN"]
STAGES = ["TOTAL", "EACH_LINE"]
MATCHES = ["EXACT", "IGNORE_CASE"]
KEEPS = ["FIRST", "LAST"]


def member(module, enum, name):
    """The member of that name in the module's own enum (values are the module's choice)."""
    return getattr(module, enum)[name]


def in_cents(total):
    """The total as the summary shows it: a Decimal, its value, and its number of places."""
    return type(total).__name__, total, total.as_tuple().exponent


# -- round_total -----------------------------------------------------------------------

# Amounts with 0 to 6 places, mostly near a half cent, with refunds, large sums
# and exponents such as Decimal("1E+3").
half_cents = st.integers(-(10**6), 10**6).map(lambda n: Decimal(10 * n + 5).scaleb(-3))
near_half_cents = st.builds(
    lambda half, off: half + Decimal(off).scaleb(-6), half_cents, st.integers(-200, 200)
)
amount = (
    half_cents
    | near_half_cents
    | st.builds(
        lambda n, places: Decimal(n).scaleb(-places),
        st.integers(-(10**9), 10**9),
        st.integers(0, 6),
    )
    | st.sampled_from(
        [Decimal("0.005"), Decimal("-0.005"), Decimal("0.015"), Decimal("1E+3"), Decimal("-0")]
    )
)
amount_lists = st.lists(amount, max_size=8)


def round_with(module, amounts, rounding, at, as_generator):
    kwargs = {}
    if rounding is not None:
        kwargs["rounding"] = member(module, "Rounding", rounding)
    if at is not None:
        kwargs["at"] = member(module, "RoundAt", at)
    given_amounts = iter(amounts) if as_generator else list(amounts)
    return in_cents(module.round_total(given_amounts, **kwargs))


@settings(parent=kata_settings, max_examples=30)
@given(
    amounts=amount_lists,
    rounding=st.sampled_from([None, *ROUNDINGS]),
    at=st.sampled_from([None, *STAGES]),
    as_generator=st.booleans(),
)
@example(amounts=[Decimal("0.125")], rounding=None, at=None, as_generator=False)
@example(amounts=[Decimal("0.12495")], rounding=None, at=None, as_generator=False)
@example(amounts=[Decimal("0.005")] * 3, rounding="HALF_EVEN", at="EACH_LINE", as_generator=True)
@example(
    amounts=[Decimal("0.015"), Decimal("-0.025")],
    rounding="HALF_EVEN",
    at="TOTAL",
    as_generator=False,
)
@example(amounts=[Decimal("-0.005")] * 2, rounding="HALF_UP", at="EACH_LINE", as_generator=False)
@example(amounts=[Decimal("1E+3")], rounding=None, at="TOTAL", as_generator=False)
def test_every_rounding_at_every_stage(reference, amounts, rounding, at, as_generator):
    """None: the decision is left out, and its documented default applies."""
    assert_same(
        round_with(billing, amounts, rounding, at, as_generator),
        round_with(reference, amounts, rounding or "HALF_UP", at or "TOTAL", False),
        amounts=amounts,
        rounding=rounding or "(left out)",
        at=at or "(left out)",
        as_generator=as_generator,
    )


# -- unique_customers ------------------------------------------------------------------

# A few addresses, each written in several ways: as is, in another case,
# padded with whitespace (unicode too), or with letters that only casefold()
# equates ("ß" and "ss", the Kelvin sign and "k"). Plus any text at all.
base_emails = st.sampled_from(["ann@x.com", "bo.ss@y.org", "kim@x.com", "", "@"]) | st.text(
    max_size=4
)
padding = st.sampled_from(["", " ", "\t", "\xa0", "\u2003", "\n"])
rewrites = st.sampled_from(
    [
        lambda email: email,
        str.upper,
        str.swapcase,
        str.title,
        lambda email: email.replace("ss", "ß"),
        lambda email: email.upper().replace("SS", "ß").replace("K", "\u212a"),
    ]
)


@st.composite
def crowds(draw):
    """Customers whose emails often write one address in two ways; some listed twice."""
    bases = draw(st.lists(base_emails, min_size=1, max_size=3))
    people = []
    for _ in range(draw(st.integers(0, 8))):
        email = draw(rewrites)(draw(st.sampled_from(bases)))
        people.append(
            billing.Customer(draw(st.text(max_size=2)), draw(padding) + email + draw(padding))
        )
    if people and draw(st.booleans()):
        people.insert(draw(st.integers(0, len(people))), draw(st.sampled_from(people)))
    return people


def dedupe_with(module, people, match, keep, as_generator):
    kwargs = {}
    if match is not None:
        kwargs["match"] = member(module, "EmailMatch", match)
    if keep is not None:
        kwargs["keep"] = member(module, "Keep", keep)
    before = list(people)
    result = module.unique_customers(iter(people) if as_generator else people, **kwargs)
    positions = []
    for chosen in result:
        found = [i for i, person in enumerate(people) if person is chosen]
        positions.append(found[0] if found else f"a new object: {chosen!r}")
    unchanged = len(before) == len(people) and all(
        a is b for a, b in zip(before, people, strict=True)
    )
    return {
        "kept (positions in the input)": positions,
        "input left as it was": unchanged,
        "type": type(result).__name__,
    }


def customers_with(*emails):
    return [billing.Customer(str(i), email) for i, email in enumerate(emails)]


@settings(parent=kata_settings, max_examples=30)
@given(
    people=crowds(),
    match=st.sampled_from([None, *MATCHES]),
    keep=st.sampled_from([None, *KEEPS]),
    as_generator=st.booleans(),
)
@example(
    people=customers_with("bo.ss@y.org", "BO.\u00df@Y.org"),
    match=None,
    keep=None,
    as_generator=False,
)
@example(
    people=customers_with("ann@x.com", "\tann@x.com"),
    match="IGNORE_CASE",
    keep=None,
    as_generator=False,
)
@example(
    people=customers_with("ann@x.com", " ann@x.com"), match="EXACT", keep=None, as_generator=False
)
@example(
    people=customers_with("a@x", "b@x", "A@X", "B@x"), match=None, keep="LAST", as_generator=True
)
def test_every_email_match_with_every_keep(reference, people, match, keep, as_generator):
    """None: the decision is left out, and its documented default applies."""
    assert_same(
        dedupe_with(billing, people, match, keep, as_generator),
        dedupe_with(reference, people, match or "IGNORE_CASE", keep or "FIRST", False),
        customers=[person.email for person in people],
        match=match or "(left out)",
        keep=keep or "(left out)",
        as_generator=as_generator,
    )


# -- last_business_day -----------------------------------------------------------------

months = st.tuples(st.integers(1, 9999) | st.sampled_from([1, 9999]), st.integers(1, 12))
collections = st.sampled_from([set, frozenset, sorted, tuple])


def billed_on(module, year, month, **kwargs):
    try:
        return "bills on", module.last_business_day(year, month, **kwargs)
    except ValueError:
        return "raises", "ValueError"


@st.composite
def calendars(draw):
    """A month, a weekend (any set of weekdays, none or all too), holidays in and around it.

    None for holidays or weekend: left out, so that the documented default applies.
    """
    year, month = draw(months)
    last = calendar.monthrange(year, month)[1]
    every_day = set(range(1, last + 1))
    in_month = draw(
        st.sets(st.integers(1, last), max_size=last)
        | st.just(every_day)
        | st.integers(1, last).map(lambda open_day: every_day - {open_day})
    )
    holidays = {date(year, month, day) for day in in_month}
    neighbours = [date(year, month, 1).toordinal() - 1, date(year, month, last).toordinal() + 1]
    for ordinal in draw(st.sets(st.sampled_from(neighbours))):
        if 1 <= ordinal <= date.max.toordinal():
            holidays.add(date.fromordinal(ordinal))
    weekend = draw(
        st.sets(st.integers(0, 6)) | st.sampled_from([{5, 6}, {4, 5}, {6}, set(range(7))])
    )
    holidays = draw(st.none() | collections.map(lambda kind: kind(holidays)))
    weekend = draw(st.none() | collections.map(lambda kind: kind(weekend)))
    return year, month, holidays, weekend


def only_the_first_open(year, month):
    return {date(year, month, day) for day in range(2, calendar.monthrange(year, month)[1] + 1)}


@settings(parent=kata_settings, max_examples=30)
@given(case=calendars())
@example(case=(1, 1, {date(1, 1, day) for day in range(1, 32)}, (5, 6)))
@example(case=(9999, 12, (), {5, 6}))
@example(case=(2024, 8, None, None))
@example(case=(2024, 3, (date(2024, 4, 1),), None))
@example(case=(2024, 6, None, (0, 1, 2, 3, 4, 5, 6)))
@example(case=(2024, 7, only_the_first_open(2024, 7), set()))
def test_every_weekend_and_holiday_calendar(reference, case):
    year, month, holidays, weekend = case
    mine = {
        name: value
        for name, value in [("holidays", holidays), ("weekend", weekend)]
        if value is not None
    }
    theirs = {"holidays": (), "weekend": {5, 6}, **mine}
    assert_same(
        billed_on(billing, year, month, **mine),
        billed_on(reference, year, month, **theirs),
        year=year,
        month=month,
        holidays=holidays if holidays is not None else "(left out)",
        weekend=weekend if weekend is not None else "(left out)",
    )
