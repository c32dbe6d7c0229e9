"""Alternative: an explicit BEGIN, a rollback on any exception, one commit at the end.

The helper names what must not change; BaseException is caught so that Ctrl-C
rolls back too, and the very same exception is re-raised.
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
    conn.execute("BEGIN")
    try:
        _move(conn, source, -amount)
        if after_debit is not None:
            after_debit()
        _move(conn, target, amount)
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def _move(conn: sqlite3.Connection, name: str, change: int) -> None:
    cursor = conn.execute(
        "UPDATE accounts SET balance = balance + ? WHERE name = ?", (change, name)
    )
    if cursor.rowcount != 1:
        raise KeyError(name)
