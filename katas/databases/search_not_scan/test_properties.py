import re
import sqlite3
from datetime import date, time

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import shop
from .test_examples import scans, sorts

text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=5)
customers = st.sampled_from([1, 2, 7]) | st.integers(-(2**63), 2**63 - 1)
statuses = st.sampled_from(["paid", "Paid", "new", "", "é"]) | text
# Days where a hand-made "next day" goes wrong: ends of months and years, a leap day, single digits.
days = st.sampled_from(
    [date(2024, 2, 28), date(2024, 2, 29), date(2023, 12, 31), date(2024, 3, 9), date(2024, 3, 10)]
) | st.dates(date(2000, 1, 1), date(2099, 12, 31))
clocks = st.sampled_from([time(0, 0, 0), time(23, 59, 59), time(23, 59, 0), time(12, 0, 0)])
clocks |= st.times().map(lambda moment: moment.replace(microsecond=0))
stamps = st.builds(lambda day, clock: f"{day.isoformat()} {clock.isoformat()}", days, clocks)
emails = st.sampled_from(
    ["ann@example.com", "Ann@Example.com", "ANN@EXAMPLE.COM", "émile@x.fr", "Émile@x.fr"]
)
emails |= st.sampled_from(["ÉMILE@X.FR", "ß@x.de", "SS@x.de", "a_b@x", "axb@x", "a%@x", ""]) | text
ids = st.lists(st.integers(-(2**40), 2**40), unique=True, min_size=12, max_size=12)


def swapped_ascii(value: str) -> str:
    return "".join(c.swapcase() if c.isascii() else c for c in value)


@st.composite
def cases(draw: st.DrawFn):
    """Orders with colliding customers, statuses, times and emails, and what to ask of them.

    Each example draws a few values of each column and reuses them, so that ties
    (same customer and time, same status in another case) are common. The
    questions often name what the data holds.
    """

    def pool(strategy, variant=None):
        values = draw(st.lists(strategy, min_size=1, max_size=3))
        values += [variant(value) for value in values] if variant else []
        return values

    def often(values, anything):
        return draw(anything if draw(st.integers(0, 3)) == 0 else st.sampled_from(values))

    day_pool, clock_pool = pool(days), pool(clocks)
    stamp_pool = [f"{day} {clock}" for day in day_pool for clock in clock_pool]
    columns = (
        pool(customers),
        pool(statuses, swapped_ascii),
        stamp_pool,
        pool(st.integers(0, 10**9)),
        pool(emails, swapped_ascii),
    )
    anything = (customers, statuses, stamps, st.integers(0, 10**9), emails)
    count = draw(st.integers(0, 12))
    order_ids = draw(ids) if draw(st.booleans()) else list(range(1, 13))
    orders = [(order_ids[n], *map(often, columns, anything)) for n in range(count)]
    first = draw(st.integers(0, count))  # the rest arrive after the first questions
    customer_pool, status_pool, _, _, email_pool = columns
    asked = {
        "customer_id": often(customer_pool, customers),
        "since": often(stamp_pool, stamps),
        "status": often(status_pool, statuses),
        "limit": draw(st.integers(0, count + 1)),
        "day": often([day.isoformat() for day in day_pool], days.map(date.isoformat)),
        "email": often(email_pool, emails),
    }
    return orders[:first], orders[first:], asked


def load(orders):
    conn = sqlite3.connect(":memory:")
    shop.create_schema(conn)
    conn.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?)", orders)
    return conn


def run_and_plan(conn, call):
    """call()'s result, and the query plan of each SELECT it ran (none: nothing to judge)."""
    statements = []
    conn.set_trace_callback(statements.append)
    try:
        result = call()
    finally:
        conn.set_trace_callback(None)
    selects = [sql for sql in statements if sql.lstrip().upper().startswith(("SELECT", "WITH"))]
    plans = [[row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)] for sql in selects]
    return result, plans


def plan_problems(plans, in_order, seek=None):
    """What is wrong with the plans: a scan, a sort after reading, a seek on the wrong columns."""
    problems = [f"scans: {step}" for step in scans(plans)]
    if in_order:
        problems += [f"sorts: {step}" for step in sorts(plans)]
    if seek and not any(re.search(seek, step) for plan in plans for step in plan):
        problems.append("does not seek on customer_id, then created_at")
    return problems


# name: (the call, must it read in order, what its index seek must show)
QUERIES = {
    "customer_orders_since": (
        lambda m, conn, a: m.customer_orders_since(conn, a["customer_id"], a["since"]),
        True,
        r"customer_id=\? AND created_at[<>]",
    ),
    "latest_by_status": (
        lambda m, conn, a: m.latest_by_status(conn, a["status"], a["limit"]),
        True,
        None,
    ),
    "orders_on_day": (lambda m, conn, a: m.orders_on_day(conn, a["day"]), False, None),
    "find_by_email": (lambda m, conn, a: m.find_by_email(conn, a["email"]), False, None),
}

PINNED = [
    (1, 7, "paid", "2024-03-01 00:00:00", 5, "a@x"),
    (2, 7, "paid", "2024-03-01 23:59:59", 6, "A@x"),
]
ASKED = {
    "customer_id": 7,
    "since": "2024-03-01 00:00:00",
    "status": "paid",
    "limit": 1,
    "day": "2024-03-01",
    "email": "A@X",
}

TIES = [
    (1, 1, "paid", "2024-02-28 00:00:00", 100, "axb@x"),
    (2, 1, "paid", "2024-02-28 00:00:00", 200, "a_b@x"),
]
ASKED_TIES = {
    "customer_id": 1,
    "since": "2024-02-28 00:00:00",
    "status": "Paid",
    "limit": 2,
    "day": "2024-02-28",
    "email": "a_b@x",
}


@settings(parent=kata_settings, max_examples=60)
@given(case=cases())
@example(case=(PINNED, [], ASKED))
@example(case=(PINNED[:1], PINNED[1:], ASKED))  # an order that arrives after the first questions
@example(case=(TIES, [], ASKED_TIES))  # ties by id; "Paid" is not "paid"; _ is not a wildcard
@example(case=(TIES, [], {**ASKED_TIES, "since": "2024-02-28 12:00:00", "day": "2023-12-31"}))
def test_each_query_keeps_its_results_and_uses_an_index(reference, case):
    orders, later, asked = case
    conn = load(orders)
    try:
        for when, arrived in (("first", []), ("after more orders arrived", later)):
            conn.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?)", arrived)
            for name, (call, in_order, seek) in QUERIES.items():
                got, plans = run_and_plan(conn, lambda call=call: call(shop, conn, asked))
                mine = {"result": got, "plan problems": plan_problems(plans, in_order, seek)}
                want = {"result": call(reference, conn, asked), "plan problems": []}
                inputs = {"orders": orders, "later": later, **asked}
                assert_same(mine, want, query=name, asked=when, **inputs)
    finally:
        conn.close()
