"""Blind cheat: checks balances in Python before writing, with strict comparisons: a transfer of the whole balance (or up to exactly MAX_BALANCE) is refused.

Differs on: transfer(conn, "bob", "alice", 5) with bob=5 -> raises sqlite3.IntegrityError,
a correct transfer leaves bob at 0; likewise transfer(conn, "alice", "carol", 10) with
carol = MAX_BALANCE - 10 is refused.
"""

import sqlite3
from collections.abc import Callable

MAX_BALANCE = 1_000_000

SCHEMA = """
CREATE TABLE accounts (
    name TEXT PRIMARY KEY,
    balance INTEGER NOT NULL CHECK (balance BETWEEN 0 AND 1000000)
)
"""


def _balance(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute("SELECT balance FROM accounts WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise KeyError(name)
    return row[0]


def transfer(
    conn: sqlite3.Connection,
    source: str,
    target: str,
    amount: int,
    after_debit: Callable[[], object] | None = None,
) -> None:
    if amount <= 0:
        raise ValueError(f"a transfer moves a positive amount, not {amount}")
    with conn:
        if _balance(conn, source) <= amount:
            raise sqlite3.IntegrityError("CHECK constraint failed: insufficient balance")
        conn.execute("UPDATE accounts SET balance = balance - ? WHERE name = ?", (amount, source))
        if after_debit is not None:
            after_debit()
        if _balance(conn, target) + amount >= MAX_BALANCE:
            raise sqlite3.IntegrityError("CHECK constraint failed: balance too large")
        conn.execute("UPDATE accounts SET balance = balance + ? WHERE name = ?", (amount, target))
