"""Blind cheat: only rejects amount == 0; a negative amount runs as a reverse transfer instead of ValueError.

Differs on: transfer(conn, "alice", "bob", -5) with alice=100, bob=5 -> no ValueError;
alice becomes 105 and bob 0.
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
    if not amount:
        raise ValueError("a transfer of nothing is not a transfer")
    with conn:
        debit = conn.execute(
            "UPDATE accounts SET balance = balance - ? WHERE name = ?", (amount, source)
        )
        if debit.rowcount == 0:
            raise KeyError(source)
        if after_debit is not None:
            after_debit()
        credit = conn.execute(
            "UPDATE accounts SET balance = balance + ? WHERE name = ?", (amount, target)
        )
        if credit.rowcount == 0:
            raise KeyError(target)
