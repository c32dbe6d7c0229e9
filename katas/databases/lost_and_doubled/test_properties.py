import sqlite3
from contextlib import closing

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import report
from .schema import load

QUERIES = [
    "unassigned_customers",
    "orders_per_customer",
    "customers_without_orders",
    "orphan_orders",
    "customer_overview",
]

# Ids anywhere an INTEGER PRIMARY KEY may be, 0 and negatives included; names
# shared between customers; regions that only look empty or null.
ids = st.integers(-3, 12)
names = st.sampled_from(["Ada", "Bo", "Cy"]) | st.text(max_size=3)
regions = (
    st.none() | st.sampled_from(["north", "south", "", " ", "NULL", "null"]) | st.text(max_size=3)
)
amounts = st.none() | st.integers(-(10**6), 10**6) | st.sampled_from([0, 4000])


@st.composite
def shops(draw):
    """Tables with NULLs, duplicates and orphans; any of them may be empty."""
    customer_ids = draw(st.lists(ids, unique=True, max_size=6))
    customers = [(i, draw(names), draw(regions)) for i in customer_ids]
    # An orphan is an id no customer has (a deleted customer), often a near one.
    someone = st.sampled_from(customer_ids) if customer_ids else ids
    owners = someone | st.none() | ids
    order_ids = draw(st.lists(st.integers(1, 40), unique=True, max_size=8))
    orders = [(i, draw(owners), draw(amounts)) for i in order_ids]
    if orders and draw(st.booleans()):  # an identical order, under another id
        _, owner, amount = draw(st.sampled_from(orders))
        orders.append((41, owner, amount))
    ticket_ids = draw(st.lists(st.integers(1, 40), unique=True, max_size=6))
    tickets = [(i, draw(someone | ids)) for i in ticket_ids]
    return customers, orders, tickets


def totals(shop):
    """Each customer's total, computed here, so that a minimum can sit exactly on one."""
    customers, orders, _ = shop
    return sorted(
        {sum(a for _, owner, a in orders if owner == i and a is not None) for i, _, _ in customers}
    )


def state(conn):
    """What a read-only query leaves as it was: the rows written, the schema, the transaction."""
    schema = conn.execute(
        "SELECT type, name, sql FROM sqlite_master UNION ALL "
        "SELECT type, name, sql FROM sqlite_temp_master ORDER BY 1, 2"
    ).fetchall()
    return {
        "rows written": conn.total_changes,
        "schema": schema,
        "in a transaction": conn.in_transaction,
    }


def typed(rows):
    """The rows, and the types in them: 0 and 0.0, None and "" are different answers."""
    if not isinstance(rows, list):
        return f"not a list: {rows!r}"
    kinds = {"(" + ", ".join(type(value).__name__ for value in row) + ")" for row in rows}
    return {"rows": rows, "types": sorted(kinds)}


def answers(module, shop, minimum):
    """Every query of the report on a fresh database holding the shop; and the database after."""
    with closing(load(sqlite3.connect(":memory:"), *shop)) as conn:
        before = state(conn)
        result = {name: typed(getattr(module, name)(conn)) for name in QUERIES}
        result[f"big_spenders(minimum={minimum})"] = typed(module.big_spenders(conn, minimum))
        result["database left as it was"] = state(conn) == before
    return result


@st.composite
def cases(draw):
    shop = draw(shops())
    near_a_total = st.sampled_from([t + d for t in totals(shop) for d in (-1, 0, 1)] or [0])
    return shop, draw(near_a_total | st.integers(-(10**6), 10**6) | st.sampled_from([0, -1]))


CUSTOMERS = [(1, "Ada", "north"), (2, "Bo", None)]


@settings(parent=kata_settings, max_examples=80)
@given(case=cases())
@example(case=(([(5, "Eve", "")], [], []), 0))  # '' is a region
@example(case=(([(0, "Zed", None)], [(10, None, 100)], []), 0))  # a customer whose id is 0
@example(case=((CUSTOMERS, [(10, 1, 100), (11, 2, 50)], []), 0))  # totals are ints
@example(case=((CUSTOMERS, [(10, 1, -500)], []), -100))  # a credit note makes a total negative
@example(case=((CUSTOMERS, [(10, 1, 100)], []), 100))  # a total exactly at the minimum
def test_every_query_answers_its_question(reference, case):
    shop, minimum = case
    customers, orders, tickets = shop
    mine, right = answers(report, shop, minimum), answers(reference, shop, minimum)
    for query, rows in right.items():
        assert_same(
            mine[query],
            rows,
            query=query,
            customers=customers,
            orders=orders,
            tickets=tickets,
        )
