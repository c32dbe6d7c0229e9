"""Cheat: checks the balances in Python first, and counts a balance of exactly MAX_BALANCE as too much.

Differs: a credit that brings the target to exactly MAX_BALANCE (carol at
MAX_BALANCE - 10 receiving 10) is refused with IntegrityError.
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
        row = conn.execute("SELECT balance FROM accounts WHERE name = ?", (source,)).fetchone()
        if row is None:
            raise KeyError(source)
        if row[0] < amount:
            raise sqlite3.IntegrityError(f"{source} has {row[0]}, not {amount}")
        conn.execute("UPDATE accounts SET balance = balance - ? WHERE name = ?", (amount, source))
        if after_debit is not None:
            after_debit()
        row = conn.execute("SELECT balance FROM accounts WHERE name = ?", (target,)).fetchone()
        if row is None:
            raise KeyError(target)
        if row[0] + amount >= MAX_BALANCE:
            raise sqlite3.IntegrityError(f"{target} would hold more than {MAX_BALANCE}")
        conn.execute("UPDATE accounts SET balance = balance + ? WHERE name = ?", (amount, target))
